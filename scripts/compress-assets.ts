// Runs after `next build`: writes Brotli (.br) and gzip (.gz) copies of the export's hashed assets
// (out/_next/static), which the server sends to browsers that accept them. Only content-hashed files
// are compressed: their bytes never change under the same name, so a compressed copy can never go
// stale when someone edits a page or the deck bundle in out/ by hand.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const COMPRESSED_DIR = path.join('_next', 'static');
const COMPRESSIBLE = /\.(js|css|txt|json|svg)$/;
/** Below this, headers and framing outweigh what compression saves. */
const MIN_BYTES = 1024;

export interface CompressResult {
  files: number;
  bytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

export function compressAssets(outDir: string): CompressResult {
  const result: CompressResult = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
  const root = path.join(outDir, COMPRESSED_DIR);
  const files = existsSync(root) ? readdirSync(root, { recursive: true, encoding: 'utf8' }).map((f) => path.join(root, f)) : [];
  for (const file of files) {
    if (!COMPRESSIBLE.test(file)) continue;
    const stat = statSync(file);
    if (!stat.isFile() || stat.size < MIN_BYTES) continue;
    const raw = readFileSync(file);
    const br = brotliCompressSync(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    });
    const gz = gzipSync(raw, { level: 9 });
    writeFileSync(`${file}.br`, br);
    writeFileSync(`${file}.gz`, gz);
    result.files += 1;
    result.bytes += raw.length;
    result.brotliBytes += br.length;
    result.gzipBytes += gz.length;
  }
  return result;
}

if (require.main === module) {
  const outDir = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'out'));
  const { files, bytes, brotliBytes, gzipBytes } = compressAssets(outDir);
  const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
  console.log(`compressed ${files} assets: ${kib(bytes)} → brotli ${kib(brotliBytes)}, gzip ${kib(gzipBytes)}`);
}
