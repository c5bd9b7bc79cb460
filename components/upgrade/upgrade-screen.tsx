'use client';
// The upgrade screen: choose the version you run and the one you move to (remembered in Settings'
// prefs), then study the cards that change between them.
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useState } from 'react';

import { isStudyLine, resolveLine, STUDY_LINES, studyLineLabel, type StudyLine } from '@/lib/decks/releases';

import { useDb, usePrefs } from '../db-provider';
import { UpgradeSession } from './upgrade-session';

export function UpgradeScreen() {
  const params = useSearchParams();
  const prefs = usePrefs();
  const fromParam = params.get('from');
  const toParam = params.get('to');
  const started = isStudyLine(fromParam) && isStudyLine(toParam) ? { from: fromParam, to: toParam } : null;
  if (started) return <UpgradeSession key={`${started.from}-${started.to}`} from={started.from} to={started.to} />;
  // A fresh chooser once the stored prefs arrive, so it starts from the upgrade chosen in Settings.
  return <UpgradeChooser key={JSON.stringify([prefs.upgrade, prefs.studyLine])} />;
}

function UpgradeChooser() {
  const router = useRouter();
  const path = usePathname();
  const prefs = usePrefs();
  const { db, store } = useDb();
  const [from, setFrom] = useState<StudyLine>(prefs.upgrade?.from ?? (prefs.studyLine === 'latest' ? '1.7' : prefs.studyLine));
  const [to, setTo] = useState<StudyLine>(prefs.upgrade?.to ?? 'latest');
  const [problem, setProblem] = useState<string | null>(null);

  const start = async () => {
    if (resolveLine(from) === resolveLine(to)) {
      setProblem('Choose two different versions.');
      return;
    }
    setProblem(null);
    if (db && store) await store.writePrefs(db, { ...prefs, upgrade: { from, to } });
    router.push(`${path}?from=${from}&to=${to}`);
  };
  const select = (id: string, label: string, value: StudyLine, set: (v: StudyLine) => void) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => isStudyLine(e.target.value) && set(e.target.value)}>
        {STUDY_LINES.map((line) => (
          <option key={line} value={line}>
            {studyLineLabel(line)}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form
      className="stack"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void start();
      }}
    >
      <p>
        Study exactly the cards whose answers change between two versions: deprecation warnings first, then the configuration version, what
        is removed, renamed or moved, new defaults, and what is new — the order of containerd’s upgrade notes.
      </p>
      {select('upgrade-from', 'I run', from, setFrom)}
      {select('upgrade-to', 'I am moving to', to, setTo)}
      {problem && (
        <p className="error-text" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="btn btn-primary">
        Study what changes
      </button>
    </form>
  );
}
