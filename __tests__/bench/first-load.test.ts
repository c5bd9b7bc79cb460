/** @jest-environment node */
// The audit's first-load figure: the scripts a page's HTML loads on arrival, gzipped.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { firstLoadJsGzip } from '@/bench/audit';

it('counts each script the HTML loads once, and skips nomodule polyfills and inline scripts', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'first-load-'));
  try {
    mkdirSync(path.join(out, '_next'));
    const a = 'console.log("a");'.repeat(50);
    const b = 'console.log("b");'.repeat(80);
    writeFileSync(path.join(out, '_next', 'a.js'), a);
    writeFileSync(path.join(out, '_next', 'b.js'), b);
    writeFileSync(path.join(out, '_next', 'polyfill.js'), 'x'.repeat(5000));
    writeFileSync(
      path.join(out, 'index.html'),
      '<script src="/_next/a.js" async=""></script><script src="/_next/b.js?v=1"></script>' +
        '<script src="/_next/a.js"></script><script src="/_next/polyfill.js" noModule=""></script><script>self.inline=1</script>',
    );
    const expected = gzipSync(a, { level: 9 }).length + gzipSync(b, { level: 9 }).length;
    expect(firstLoadJsGzip(out, 'index.html')).toBe(expected);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
