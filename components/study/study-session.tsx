'use client';
// The study screen for one deck, several decks or a custom study session: prompt, Show answer, answer,
// the four ratings, Undo, progress, and the card's details in a dialog over the session.
import Link from 'next/link';
import { useCallback, useEffect, useState } from 'react';

import { DueCounts } from '../due-counts';
import { useDb } from '../db-provider';
import { useFingerTap } from '../use-finger-tap';
import { CardDetails } from './card-details';
import { CardFace, type Outcome } from './card-face';
import { RatingButtons } from './rating-buttons';
import { SessionProgress } from './session-progress';
import { customStudyHref, type StudyPlan } from './study-plan';
import { StudyShortcuts } from './study-shortcuts';
import { StudySummary } from './study-summary';
import { UndoButton } from './undo-button';
import { useStudyKeys } from './use-study-keys';
import { useStudySession } from './use-study-session';
import { counted } from '@/lib/text/counted';

const CUSTOM_TITLES = { ahead: 'Review ahead', forgotten: 'Forgotten cards', preview: 'Preview' } as const;

/** The session's heading, from its plan and (when it has one) its deck's title. */
function sessionTitle(plan: StudyPlan, deckTitle: string | null): string {
  if (plan.kind === 'deck') return deckTitle ?? 'Study';
  if (plan.kind === 'decks') return plan.deckIds ? counted(plan.deckIds.length, 'deck') : 'All decks';
  const { spec } = plan;
  const of = spec.deckId ? (deckTitle ?? '…') : 'all decks';
  return spec.kind === 'preview' && spec.text ? `${CUSTOM_TITLES.preview}: “${spec.text}”` : `${CUSTOM_TITLES[spec.kind]}: ${of}`;
}

export function StudySession({ plan }: { plan: StudyPlan }) {
  const s = useStudySession(plan);
  const { db, store, error } = useDb();
  const [answered, setAnswered] = useState<{ key: string | null; outcome: Outcome }>({ key: null, outcome: null });
  const [title, setTitle] = useState<string | null>(null);
  const [details, setDetails] = useState(false);
  const tap = useFingerTap();
  const currentKey = s.current ? `${s.current.row.cardId}:${s.current.row.rev}:${s.current.shownAt}` : null;
  const deckId = plan.kind === 'deck' ? plan.deckId : plan.kind === 'custom' ? plan.spec.deckId : null;
  const { reveal } = s;
  // Stable for the card on screen, so the memoised card face re-renders only when its card or side changes.
  const onAnswered = useCallback(
    (o: Outcome) => {
      setAnswered({ key: currentKey, outcome: o });
      reveal();
    },
    [currentKey, reveal],
  );

  useEffect(() => {
    if (db && store && deckId) void store.getDeck(db, deckId).then((d) => setTitle(d?.title ?? ''));
  }, [db, store, deckId]);

  useStudyKeys({
    enabled: s.keyboard && !details,
    details: () => {
      if (s.current) setDetails(true);
    },
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
  const left = s.listLeft ?? (counts ? counts.newCount + counts.learningCount + counts.reviewCount : null);
  const customHref = plan.kind === 'custom' ? null : customStudyHref(plan.kind === 'deck' ? plan.deckId : null);
  const scope = plan.kind === 'deck' ? 'this deck' : plan.kind === 'decks' ? 'these decks' : 'this session';

  return (
    <div className="study">
      <div className="spread">
        <h1 className="study-title">{sessionTitle(plan, title)}</h1>
        <UndoButton undoable={s.undoable} disabled={s.busy} onUndo={() => void s.undo()} />
      </div>
      <SessionProgress left={left} done={s.finishedCards} tally={s.tally} until={plan.kind === 'custom' ? 'in this session' : 'today'} />
      {counts && <DueCounts counts={counts} />}
      {!s.writes && <p className="muted flush">A preview: your answers change no card’s schedule.</p>}
      {s.notice && (
        <p className="banner" role="status">
          {s.notice}
        </p>
      )}

      {!s.current && !s.finished && <p className="muted">Loading…</p>}
      {s.finished && !s.current && (
        <StudySummary
          tally={s.tally}
          startedAt={s.startedAt}
          finished={s.finished}
          now={s.finished.at}
          scope={scope}
          customHref={customHref}
        />
      )}

      {s.current && (
        <>
          <CardFace key={currentKey} card={s.current.card} revealed={s.revealed} seed={s.startedAt} onAnswered={onAnswered} />
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
            <button
              type="button"
              className="btn btn-small"
              onClick={() => setDetails(true)}
              aria-haspopup="dialog"
              aria-keyshortcuts={s.keyboard ? 'i' : undefined}
            >
              Card details
            </button>
          </div>
          <div className="study-actions">
            {s.revealed ? (
              <RatingButtons
                intervals={s.intervals}
                disabled={s.busy}
                outcome={answered.key === currentKey ? answered.outcome : null}
                onRate={s.rate}
                onPrepare={s.prepare}
              />
            ) : (
              <button type="button" className="btn btn-primary btn-block" {...tap(s.reveal)}>
                Show answer
              </button>
            )}
          </div>
          {details && <CardDetails cardId={s.current.row.cardId} onClose={() => setDetails(false)} />}
        </>
      )}
      {s.keyboard && <StudyShortcuts />}
    </div>
  );
}
