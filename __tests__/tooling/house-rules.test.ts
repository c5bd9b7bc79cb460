/** @jest-environment node */
// The layering rules of DESIGN.md are enforced by ESLint (eslint.config.mjs); this pins that they fire.
// ESLint runs in a child process: its flat config is an ES module, which Jest's VM cannot import.
import { spawn } from 'node:child_process';
import path from 'node:path';

const ESLINT = path.join(process.cwd(), 'node_modules', '.bin', 'eslint');

function messages(filePath: string, code: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(ESLINT, ['--format', 'json', '--stdin', '--stdin-filename', filePath], { cwd: process.cwd() });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', () => {
      try {
        const [result] = JSON.parse(out) as { messages: { message: string }[] }[];
        resolve((result?.messages ?? []).map((m) => m.message));
      } catch (e) {
        reject(e);
      }
    });
    child.stdin.end(code);
  });
}

jest.setTimeout(60_000);

describe('house rules', () => {
  it.each([
    ['lib/srs/probe.ts', "import { useState } from 'react';\nexport const x = useState;\n", /no React or Next/],
    ['lib/quiz/probe.ts', "import { Dexie } from 'dexie';\nexport const x = Dexie;\n", /no store/],
    ['lib/decks/probe.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", /no Node APIs/],
    ['lib/insight/probe.ts', "import { getDb } from '@/lib/db';\nexport const x = getDb;\n", /no store/],
    ['components/home/probe.ts', "import { Dexie } from 'dexie';\nexport const x = Dexie;\n", /Only lib\/db imports Dexie/],
    ['components/probe.ts', "import { useLiveQuery } from 'dexie-react-hooks';\nexport const x = useLiveQuery;\n", /One live-query hook/],
    ['lib/db/probe.ts', "import { fsrs } from 'ts-fsrs';\nexport const x = fsrs;\n", /only behind lib\/srs\/fsrs-adapter/],
    [
      'components/home/probe.ts',
      "import { createScheduler } from '@/lib/srs';\nexport const x = createScheduler;\n",
      /barrel pulls ts-fsrs/,
    ],
    ['components/study/probe.ts', "import { answerCard } from '@/lib/db';\nexport const x = answerCard;\n", /one way: useDb\(\)\.store/],
  ])('%s: %s is refused', async (file, code, message) => {
    expect((await messages(file, code)).some((m) => message.test(m))).toBe(true);
  });

  it('allows what the layers may do', async () => {
    expect(
      await messages(
        'components/home/probe.ts',
        "import type { Rating } from '@/lib/srs';\nimport { studyDayStart } from '@/lib/srs/study-day';\nexport const x = (r: Rating) => [r, studyDayStart];\n",
      ),
    ).toEqual([]);
    expect(await messages('lib/db/probe.ts', "import { Dexie } from 'dexie';\nexport const x = Dexie;\n")).toEqual([]);
    expect(await messages('lib/srs/fsrs-adapter-probe.ts', "import { useState } from 'react';\nexport const x = useState;\n")).not.toEqual(
      [],
    );
  });
});
