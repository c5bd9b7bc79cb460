// zstd-codec ships no types; the tests and the bench use only its one-shot compressor.
declare module 'zstd-codec' {
  interface Simple {
    compress(bytes: Uint8Array, level?: number): Uint8Array;
  }
  export const ZstdCodec: { run(callback: (zstd: { Simple: new () => Simple }) => void): void };
}
