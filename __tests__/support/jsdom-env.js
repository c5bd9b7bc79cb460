// jsdom lacks structuredClone, which fake-indexeddb needs; copy Node's into the window.
const JsdomEnvironment = require('jest-environment-jsdom').default;

class JsdomWithClone extends JsdomEnvironment {
  async setup() {
    await super.setup();
    this.global.structuredClone = structuredClone;
    this.global.BroadcastChannel = BroadcastChannel;
    this.global.TextEncoder = TextEncoder;
    this.global.TextDecoder = TextDecoder;
  }
}

module.exports = JsdomWithClone;
