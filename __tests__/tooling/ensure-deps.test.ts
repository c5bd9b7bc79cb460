/** @jest-environment node */
// npm start and npm test install the dependencies themselves when node_modules is missing or stale.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const SCRIPT = path.join(process.cwd(), 'scripts', 'ensure-deps.mjs');

function stale(root: string): string[] {
  const code = `import(${JSON.stringify(SCRIPT)}).then((m) => process.stdout.write(JSON.stringify(m.staleDependencies(${JSON.stringify(root)}))))`;
  return JSON.parse(execFileSync(process.execPath, ['-e', code], { encoding: 'utf8' })) as string[];
}

describe('ensure-deps', () => {
  let root: string;
  const lock = (packages: Record<string, object>) => ({ lockfileVersion: 3, packages: { '': {}, ...packages } });

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'ensure-deps-'));
    writeFileSync(
      path.join(root, 'package-lock.json'),
      JSON.stringify(
        lock({
          'node_modules/a': { version: '1.2.0' },
          'node_modules/b': { version: '2.0.0' },
          'node_modules/opt': { version: '1.0.0', optional: true },
        }),
      ),
    );
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('asks for an install on a fresh clone', () => {
    expect(stale(root)).toEqual(['node_modules']);
  });

  it('names packages missing or older than the lockfile, ignoring optional ones', () => {
    mkdirSync(path.join(root, 'node_modules'));
    writeFileSync(path.join(root, 'node_modules', '.package-lock.json'), JSON.stringify(lock({ 'node_modules/a': { version: '1.1.0' } })));
    expect(stale(root)).toEqual(['a', 'b']);
  });

  it('is satisfied when node_modules matches the lockfile', () => {
    mkdirSync(path.join(root, 'node_modules'));
    writeFileSync(
      path.join(root, 'node_modules', '.package-lock.json'),
      JSON.stringify(lock({ 'node_modules/a': { version: '1.2.0' }, 'node_modules/b': { version: '2.0.0' } })),
    );
    expect(stale(root)).toEqual([]);
  });

  it('finds this checkout in sync after npm ci', () => {
    expect(stale(process.cwd())).toEqual([]);
  });
});
