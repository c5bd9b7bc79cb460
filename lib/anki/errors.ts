// Why a file was refused. Every import path throws one of these before anything is written, so the
// screen can say what is wrong in plain words and the store is left as it was.

export type ImportErrorCode =
  'empty' | 'not-zip' | 'not-collection' | 'too-new' | 'too-large' | 'missing-field' | 'bad-media' | 'bad-text' | 'bad-deck' | 'no-cards';

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

/** The largest a package may unpack to (collection, media and all): beyond it the import stops while unpacking. */
export const MAX_UNPACKED_BYTES = 512 * 1024 * 1024;

export function tooLarge(maxBytes: number): ImportError {
  return new ImportError('too-large', `This file unpacks to more than ${Math.round(maxBytes / 1024 / 1024)} MB: it was not imported.`);
}
