// Normalises a typed shell command so that forms the CLI treats alike compare equal: quoting and
// whitespace, a leading `$ ` prompt or `sudo`, the subcommand aliases of ctr, nerdctl and crictl
// (`ls`/`list`, `rm`/`remove`/`delete`, `c`/`container`/`containers`, `nerdctl ps` = `nerdctl container ls`…),
// short and long flag names (`-n` = `--namespace`), `--flag=value` = `--flag value`, combined short
// flags (`-aq` = `-a -q`) and flag order. Positional arguments keep their order. Used by the quiz's
// typed-command questions and the study screen's typed answers (typed-compare.ts).

/** Subcommand aliases per program: each word maps to its canonical name. */
const GROUPS: Record<string, Record<string, string>> = {
  ctr: {
    c: 'containers',
    container: 'containers',
    i: 'images',
    image: 'images',
    t: 'tasks',
    task: 'tasks',
    ns: 'namespaces',
    namespace: 'namespaces',
    snapshot: 'snapshots',
    plugin: 'plugins',
    event: 'events',
    lease: 'leases',
    sb: 'sandboxes',
    sandbox: 'sandboxes',
  },
  nerdctl: {
    containers: 'container',
    images: 'image',
    volumes: 'volume',
    networks: 'network',
    namespaces: 'namespace',
  },
  crictl: {
    image: 'images',
    img: 'images',
  },
};

/** Verb aliases shared by the three CLIs (urfave/cli and cobra aliases). */
const VERBS: Record<string, string> = {
  ls: 'list',
  rm: 'delete',
  remove: 'delete',
  del: 'delete',
};

/** Top-level shortcuts that stand for a group and verb. */
const SHORTCUTS: Record<string, Record<string, string[]>> = {
  nerdctl: {
    ps: ['container', 'list'],
    rmi: ['image', 'delete'],
    rm: ['container', 'delete'],
    images: ['image', 'list'],
  },
};

/** Short flags and their long names per program, for the flags the decks' commands use. */
const LONG_NAMES: Record<string, Record<string, string>> = {
  ctr: { '-n': '--namespace', '-a': '--address', '-q': '--quiet' },
  nerdctl: { '-n': '--namespace', '-a': '--all', '-q': '--quiet', '-f': '--force' },
  crictl: { '-a': '--all', '-q': '--quiet', '-o': '--output', '-r': '--runtime-endpoint', '-i': '--image-endpoint' },
};

/** Flags that take the next word as their value (so `--namespace k8s.io` is one flag). */
const VALUED = new Set([
  '--namespace',
  '--address',
  '--output',
  '--format',
  '--label',
  '--snapshotter',
  '--platform',
  '--runtime',
  '--filter',
  '--mount',
  '--env',
  '--runtime-endpoint',
  '--image-endpoint',
  '--config',
  '--name',
]);

const PROGRAMS = new Set(['ctr', 'nerdctl', 'crictl']);

/** Splits like a POSIX shell: single and double quotes, backslash escapes; no expansion. */
export function shellWords(input: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i] as string;
    if (quote !== null) {
      if (ch === quote) quote = null;
      else if (ch === '\\' && quote === '"' && i + 1 < input.length) word += input[++i];
      else word += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (ch === '\\' && i + 1 < input.length) {
      word += input[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

const quoteWord = (w: string) => (w === '' || /[\s'"\\]/.test(w) ? `'${w.replace(/'/g, `'\\''`)}'` : w);

function expandFlag(program: string, word: string): string[] {
  const names = LONG_NAMES[program] ?? {};
  if (/^-[A-Za-z]{2,}$/.test(word)) return [...word.slice(1)].map((c) => names[`-${c}`] ?? `-${c}`);
  return [names[word] ?? word];
}

/** Canonical command words: the program, its (aliased) subcommands, then sorted flags, then positionals. */
export function normalizeCommand(input: string): string {
  let words = shellWords(
    input
      .trim()
      .replace(/^`+|`+$/g, '')
      .replace(/^\$\s+/, ''),
  );
  if (words[0] === 'sudo') words = words.slice(1);
  const program = words[0];
  if (program === undefined) return '';
  if (!PROGRAMS.has(program)) return words.map(quoteWord).join(' ');
  const path: string[] = [program];
  const flags: string[] = [];
  const positionals: string[] = [];
  let rest = words.slice(1);
  // Global flags may come before the subcommand (`ctr -n k8s.io images ls`).
  let pathOpen = true;
  const shortcut = SHORTCUTS[program];
  while (rest.length > 0) {
    const word = rest[0] as string;
    rest = rest.slice(1);
    if (word === '--') {
      positionals.push(...rest);
      break;
    }
    if (word.startsWith('-') && word.length > 1) {
      const eq = word.indexOf('=');
      if (word.startsWith('--') && eq > 0) {
        flags.push(`${word.slice(0, eq)} ${quoteWord(word.slice(eq + 1))}`);
        continue;
      }
      for (const flag of expandFlag(program, word)) {
        if (VALUED.has(flag) && rest.length > 0) {
          flags.push(`${flag} ${quoteWord(rest[0] as string)}`);
          rest = rest.slice(1);
        } else flags.push(flag);
      }
      continue;
    }
    if (pathOpen && path.length === 1 && shortcut?.[word] !== undefined) {
      path.push(...shortcut[word]);
      pathOpen = false;
      continue;
    }
    if (pathOpen && path.length === 1) {
      path.push(GROUPS[program]?.[word] ?? word);
      continue;
    }
    if (pathOpen && path.length === 2) {
      path.push(VERBS[word] ?? word);
      pathOpen = false;
      continue;
    }
    positionals.push(word);
  }
  return [...path, ...flags.sort(), ...positionals.map(quoteWord)].join(' ');
}

/** True when the typed command is one of the accepted forms once both are normalised. */
export function sameCommand(given: string, accept: readonly string[]): boolean {
  const key = normalizeCommand(given);
  return key !== '' && accept.some((a) => normalizeCommand(a) === key);
}
