'use client';
// The study screen for one deck: prompt, Show answer, answer, the four ratings, Undo, progress.
import Link from 'next/link';
import { useEffect, useState } from 'react';

import { DueCounts } from '../due-counts';
import { useDb } from '../db-provider';
import { CardFace, type Outcome } from './card-face';
import { RatingButtons } from './rating-buttons';
import { SessionProgress } from './session-progress';
import { StudySummary } from './study-summary';
import { UndoButton } from './undo-button';
import { useStudyKeys } from './use-study-keys';
import { useStudySession } from './use-study-session';

export function StudySession({ deckId }: { deckId: string }) {
  const s = useStudySession(deckId);
  const { db, store, error } = useDb();
  const [answered, setAnswered] = useState<{ key: string | null; outcome: Outcome }>({ key: null, outcome: null });
  const [title, setTitle] = useState<string | null>(null);
  const currentKey = s.current ? `${s.current.row.cardId}:${s.current.row.rev}:${s.current.shownAt}` : null;

  useEffect(() => {
    if (db && store) void store.getDeck(db, deckId).then((d) => setTitle(d?.title ?? ''));
  }, [db, store, deckId]);

  useStudyKeys({
    enabled: s.keyboard,
    revealed: s.revealed,
    reveal: s.reveal,
    rate: (r) => void s.rate(r),
    undo: () => void s.undo(),
    bury: () => void s.bury(),
    suspend: () => void s.suspend(),
  });

  if (error && !s.ready)
    return (
      <p className="banner banner-error" role="alert">
        {error}
      </p>
    );
  if (title === '') {
    return (
      <div className="stack">
        <h1>No such deck</h1>
        <p>There is no deck “{deckId}”. Pick one from today’s list.</p>
        <Link className="btn btn-primary" href="/">
          Back to today
        </Link>
      </div>
    );
  }

  const counts = s.live?.counts;
  const left = counts ? counts.newCount + counts.learningCount + counts.reviewCount : 0;

  return (
    <div className="study">
      <div className="spread">
        <h1 className="study-title">{title ?? 'Study'}</h1>
        <UndoButton undoable={s.undoable} disabled={s.busy} onUndo={() => void s.undo()} />
      </div>
      <SessionProgress left={counts ? left : null} done={s.finishedCards} tally={s.tally} />
      {counts && <DueCounts counts={counts} />}
      {s.notice && (
        <p className="banner" role="status">
          {s.notice}
        </p>
      )}

      {!s.current && !s.finished && <p className="muted">Loading…</p>}
      {s.finished && !s.current && <StudySummary tally={s.tally} startedAt={s.startedAt} finished={s.finished} now={s.finished.at} />}

      {s.current && (
        <>
          <CardFace
            key={currentKey}
            card={s.current.card}
            revealed={s.revealed}
            seed={s.startedAt}
            onAnswered={(o) => {
              setAnswered({ key: currentKey, outcome: o });
              s.reveal();
            }}
          />
          <div className="study-aside" role="group" aria-label="Set this card aside">
            <button
              type="button"
              className="btn btn-small"
              onClick={() => void s.bury()}
              disabled={s.busy}
              aria-keyshortcuts={s.keyboard ? '-' : undefined}
            >
              Bury until tomorrow
            </button>
            <button
              type="button"
              className="btn btn-small"
              onClick={() => void s.suspend()}
              disabled={s.busy}
              aria-keyshortcuts={s.keyboard ? '@' : undefined}
            >
              Suspend
            </button>
          </div>
          <div className="study-actions">
            {s.revealed && s.intervals ? (
              <RatingButtons
                intervals={s.intervals}
                disabled={s.busy}
                outcome={answered.key === currentKey ? answered.outcome : null}
                onRate={(r) => void s.rate(r)}
              />
            ) : (
              <button type="button" className="btn btn-primary btn-block" onClick={s.reveal}>
                Show answer
              </button>
            )}
          </div>
        </>
      )}
    </div>
  );
}
