// npm start and npm test run this first: on a fresh clone (or after a pull that changed the lockfile)
// it installs the dependencies the lockfile names, so the README's two commands need nothing before them.
// Plain Node with no dependencies of its own, since node_modules may not exist yet.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/** The packages the lockfile wants but node_modules lacks or holds at another version. */
export function staleDependencies(root = ROOT) {
  const wanted = readJson(join(root, 'package-lock.json'))?.packages ?? {};
  // npm keeps what it installed in node_modules/.package-lock.json.
  const installed = readJson(join(root, 'node_modules', '.package-lock.json'))?.packages;
  if (!installed) return ['node_modules'];
  return Object.entries(wanted)
    .filter(([path, spec]) => path !== '' && !spec.optional && installed[path]?.version !== spec.version)
    .map(([path]) => path.replace(/^.*node_modules\//, ''));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const stale = staleDependencies();
  if (stale.length > 0) {
    const what =
      stale[0] === 'node_modules'
        ? 'No dependencies installed'
        : `${stale.length} dependencies missing or older than the lockfile (${stale.slice(0, 3).join(', ')}${stale.length > 3 ? ', …' : ''})`;
    console.log(`${what}: running npm ci…`);
    const args = existsSync(join(ROOT, 'package-lock.json')) ? ['ci', '--no-audit', '--no-fund'] : ['install', '--no-audit', '--no-fund'];
    const result = spawnSync('npm', args, { cwd: ROOT, stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}
