// npm test runs this before anything slow: the browser tests drive Debian's Chromium (never a downloaded
// browser). When it is missing, root (as in CI) installs it; anyone else is told the one command, at once.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const INSTALL = 'apt-get update && apt-get install -y chromium';

if (!existsSync(CHROMIUM)) {
  if (typeof process.getuid === 'function' && process.getuid() === 0) {
    console.log(`The browser tests need Debian's Chromium at ${CHROMIUM}: installing it (${INSTALL})…`);
    const result = spawnSync('sh', ['-c', INSTALL], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (result.status !== 0 || !existsSync(CHROMIUM)) {
      console.error(`Installing Chromium failed. Install it by hand: sudo sh -c '${INSTALL}'`);
      process.exit(1);
    }
  } else {
    console.error(
      `The browser tests need Debian's Chromium at ${CHROMIUM}. Install it with:\n\n  sudo sh -c '${INSTALL}'\n\n(or set CHROMIUM_PATH to a Chromium you have), then run npm test again.`,
    );
    process.exit(1);
  }
}
