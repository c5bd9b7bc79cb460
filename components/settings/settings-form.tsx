'use client';
// Settings: scheduling (retention, steps, weights), daily limits, the study day, theme, shortcuts.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

import { STUDY_LINES, studyLineLabel, type StudyLine } from '@/lib/decks/releases';
import type { Prefs, Theme } from '@/lib/db';
import { systemTimeZone } from '@/lib/srs/study-day';
import type { DeckOrder, NewCardOrder } from '@/lib/srs/study-order';

import { useDb, usePrefs } from '../db-provider';
import { fromDraft, toDraft, type Draft, type DraftErrors } from './settings-draft';
import { useThemePreview } from './use-theme-preview';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** What a field's control needs: its id, what describes it (hint, then the error) and whether it is bad. */
interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

function Field(props: { id: keyof Draft; label: string; hint?: string; error?: string; children: (control: ControlProps) => ReactNode }) {
  const base = useId();
  const id = `${base}-${props.id}`;
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.children({ id, 'aria-describedby': describedBy, 'aria-invalid': props.error ? true : undefined })}
      {props.hint && (
        <span id={hintId} className="hint">
          {props.hint}
        </span>
      )}
      {props.error && (
        <span id={errorId} className="error">
          {props.error}
        </span>
      )}
    </div>
  );
}

export function SettingsForm() {
  const prefs = usePrefs();
  const [saved, setSaved] = useState<string | null>(null);
  const previewTheme = useThemePreview();
  // A new key when the stored prefs change (saved here or in another tab) starts a fresh draft.
  return <SettingsEditor key={JSON.stringify(prefs)} prefs={prefs} saved={saved} setSaved={setSaved} previewTheme={previewTheme} />;
}

interface EditorProps {
  prefs: Prefs;
  saved: string | null;
  setSaved: (message: string | null) => void;
  previewTheme: (theme: Theme) => void;
}

function SettingsEditor({ prefs, saved, setSaved, previewTheme }: EditorProps) {
  const { db, store } = useDb();
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<Draft>(() => toDraft(prefs));
  const [errors, setErrors] = useState<DraftErrors>({});
  // Counts refused Saves: each one moves focus to the first bad field once its message is shown.
  const [refused, setRefused] = useState(0);
  useEffect(() => {
    if (refused > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refused]);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setSaved(null);
  };
  const text = (key: keyof Draft, control: ControlProps, extra: Record<string, unknown> = {}) => (
    <input {...control} value={String(draft[key])} onChange={(e) => set(key, e.target.value as never)} {...extra} />
  );

  const lineSelect = (control: ControlProps, key: 'upgradeFrom' | 'upgradeTo') => (
    <select {...control} value={draft[key]} onChange={(e) => set(key, e.target.value as StudyLine | '')}>
      <option value="">Not upgrading</option>
      {STUDY_LINES.map((line) => (
        <option key={line} value={line}>
          {studyLineLabel(line)}
        </option>
      ))}
    </select>
  );

  const save = async () => {
    const result = fromDraft(draft, prefs);
    if ('errors' in result) {
      setErrors(result.errors);
      setRefused((n) => n + 1);
      setSaved('Some settings need fixing; nothing was saved.');
      return;
    }
    setErrors({});
    if (db && store) await store.writePrefs(db, result.prefs);
    setSaved('Settings saved.');
  };

  return (
    <form
      ref={form}
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      noValidate
    >
      <fieldset className="stack">
        <legend>Scheduling (FSRS)</legend>
        <Field
          id="retention"
          label="Desired retention"
          hint="The chance you still recall a card when it is due. 0.90 is a good default."
          error={errors.retention}
        >
          {(a) => text('retention', a, { inputMode: 'decimal' })}
        </Field>
        <Field id="maxInterval" label="Maximum interval (days)" error={errors.maxInterval}>
          {(a) => text('maxInterval', a, { inputMode: 'numeric' })}
        </Field>
        <Field id="learningSteps" label="Learning steps" hint="For new cards, like 1m 10m." error={errors.learningSteps}>
          {(a) => text('learningSteps', a)}
        </Field>
        <Field id="relearningSteps" label="Relearning steps" hint="For forgotten cards, like 10m." error={errors.relearningSteps}>
          {(a) => text('relearningSteps', a)}
        </Field>
        <Field
          id="weights"
          label="FSRS weights"
          hint="Leave empty for the FSRS-6 defaults, or paste 17, 19 or 21 numbers from an optimizer."
          error={errors.weights}
        >
          {(a) => <textarea {...a} rows={3} value={draft.weights} onChange={(e) => set('weights', e.target.value)} />}
        </Field>
      </fieldset>

      <fieldset className="stack">
        <legend>Daily limits (each deck)</legend>
        <Field id="newPerDay" label="New cards per day" error={errors.newPerDay}>
          {(a) => text('newPerDay', a, { inputMode: 'numeric' })}
        </Field>
        <Field id="reviewsPerDay" label="Reviews per day" error={errors.reviewsPerDay}>
          {(a) => text('reviewsPerDay', a, { inputMode: 'numeric' })}
        </Field>
      </fieldset>

      <fieldset className="stack">
        <legend>Study all (every deck, or the decks you choose)</legend>
        <Field
          id="overallNewPerDay"
          label="New cards per day, all decks together"
          hint="Each deck’s own limit applies too. 20 a day settles at about 200 reviews a day."
          error={errors.overallNewPerDay}
        >
          {(a) => text('overallNewPerDay', a, { inputMode: 'numeric' })}
        </Field>
        <Field id="overallReviewsPerDay" label="Reviews per day, all decks together" error={errors.overallReviewsPerDay}>
          {(a) => text('overallReviewsPerDay', a, { inputMode: 'numeric' })}
        </Field>
        <Field id="deckOrder" label="Deck order" hint="How a session over several decks takes their cards.">
          {(a) => (
            <select {...a} value={draft.deckOrder} onChange={(e) => set('deckOrder', e.target.value as DeckOrder)}>
              <option value="deck">Deck by deck, in list order</option>
              <option value="interleaved">Interleaved: the decks take turns</option>
              <option value="random">Random (the same order all day)</option>
            </select>
          )}
        </Field>
        <Field id="newCardOrder" label="New card order" hint="Which of today’s new cards in a deck comes first.">
          {(a) => (
            <select {...a} value={draft.newCardOrder} onChange={(e) => set('newCardOrder', e.target.value as NewCardOrder)}>
              <option value="deck">The deck’s order</option>
              <option value="random">Random (the same order all day)</option>
            </select>
          )}
        </Field>
      </fieldset>

      <fieldset className="stack">
        <legend>containerd version</legend>
        <Field
          id="studyLine"
          label="containerd version I run"
          hint="Cards that do not hold for it leave your queues; your progress on them is kept for when you change this."
        >
          {(a) => (
            <select {...a} value={draft.studyLine} onChange={(e) => set('studyLine', e.target.value as StudyLine)}>
              {STUDY_LINES.map((line) => (
                <option key={line} value={line}>
                  {studyLineLabel(line)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="upgradeFrom" label="Upgrading from" hint="Today then offers a session of the cards whose answers change.">
          {(a) => lineSelect(a, 'upgradeFrom')}
        </Field>
        <Field id="upgradeTo" label="Upgrading to" error={errors.upgradeTo}>
          {(a) => lineSelect(a, 'upgradeTo')}
        </Field>
      </fieldset>

      <fieldset className="stack">
        <legend>Workload</legend>
        <label className="check">
          <input type="checkbox" checked={draft.loadBalance} onChange={(e) => set('loadBalance', e.target.checked)} />
          Balance the load: move a review a day or two within its fuzz range to a day with fewer cards due
        </label>
        <fieldset className="weekdays">
          <legend>Light days</legend>
          <p className="hint">Fewer reviews land on these days, as long as other days nearby can take them.</p>
          <div className="row">
            {WEEKDAYS.map((name, day) => (
              <label key={name} className="check">
                <input
                  type="checkbox"
                  checked={draft.lightDays.includes(day)}
                  onChange={(e) =>
                    set('lightDays', e.target.checked ? [...draft.lightDays, day] : draft.lightDays.filter((d) => d !== day))
                  }
                />
                {name}
              </label>
            ))}
          </div>
        </fieldset>
      </fieldset>

      <fieldset className="stack">
        <legend>Study day</legend>
        <Field id="dayStartHour" label="Next day starts at" hint="Cards due before this hour count as today’s." error={errors.dayStartHour}>
          {(a) => (
            <select {...a} value={draft.dayStartHour} onChange={(e) => set('dayStartHour', e.target.value)}>
              {Array.from({ length: 24 }, (_, h) => (
                <option key={h} value={String(h)}>
                  {`${String(h).padStart(2, '0')}:00`}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="timeZone" label="Time zone" hint={`Empty follows this device (${systemTimeZone()}).`} error={errors.timeZone}>
          {(a) => text('timeZone', a, { placeholder: systemTimeZone(), autoCapitalize: 'off', spellCheck: false })}
        </Field>
      </fieldset>

      <fieldset className="stack">
        <legend>Appearance and keyboard</legend>
        <div className="row" role="radiogroup" aria-label="Theme">
          {(['system', 'light', 'dark'] as const).map((t) => (
            <label key={t} className="btn btn-small theme-option">
              <input
                type="radio"
                name="theme"
                value={t}
                checked={draft.theme === t}
                onChange={() => {
                  set('theme', t);
                  previewTheme(t);
                }}
              />
              {t === 'system' ? 'System' : t === 'light' ? 'Light' : 'Dark'}
            </label>
          ))}
        </div>
        <label className="check">
          <input type="checkbox" checked={draft.keyboardShortcuts} onChange={(e) => set('keyboardShortcuts', e.target.checked)} />
          Keyboard shortcuts while studying (Space or Enter: show answer; 1–4: rate; -: bury; @: suspend; i: card details; Z: undo)
        </label>
      </fieldset>

      <div className="row">
        <button type="submit" className="btn btn-primary">
          Save settings
        </button>
        <span role="status" className={saved?.startsWith('Some') ? 'error-text' : 'muted'}>
          {saved}
        </span>
      </div>
    </form>
  );
}
