'use client';
// Suspend, unsuspend, or reset a card to new (after a confirmation: it forgets the schedule).
import { useEffect, useRef, useState } from 'react';

import type { CardDetail } from '@/lib/db/browse-queries';

import { useDb } from '../db-provider';
import styles from './browse.module.css';

export function CardActions({ detail }: { detail: CardDetail }) {
  const { db, store } = useDb();
  const [confirmReset, setConfirmReset] = useState(false);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const { card, state } = detail;
  // The question appears below the fold on a phone: bring it up, with the safe answer focused.
  useEffect(() => {
    if (!confirmReset) return;
    cancel.current?.focus({ preventScroll: true });
    cancel.current?.closest('[role="group"]')?.scrollIntoView({ block: 'nearest' });
  }, [confirmReset]);
  if (!db || !store) return null;

  const act = async (done: string, run: () => Promise<unknown>) => {
    try {
      await run();
      setMessage({ text: done });
    } catch (e: unknown) {
      setMessage({ text: `That did not work: ${e instanceof Error ? e.message : String(e)}`, error: true });
    }
    setConfirmReset(false);
  };

  return (
    <>
      <h3 className={styles.section}>Actions</h3>
      <div className="row">
        {state.suspended ? (
          <button
            type="button"
            className="btn"
            onClick={() => void act('Unsuspended: it is back in study.', () => store.unsuspendCard(db, card.id))}
          >
            Unsuspend
          </button>
        ) : (
          <button
            type="button"
            className="btn"
            onClick={() => void act('Suspended: study will skip it until you unsuspend it.', () => store.suspendCard(db, card.id))}
          >
            Suspend
          </button>
        )}
        {state.sched.phase !== 'new' && !confirmReset && (
          <button type="button" className="btn" onClick={() => setConfirmReset(true)}>
            Reset to new
          </button>
        )}
      </div>
      {confirmReset && (
        <div className={styles.confirm} role="group" aria-labelledby="reset-question">
          <p id="reset-question" className="flush">
            Forget this card’s schedule and study it as new? Its review history is kept.
          </p>
          <div className="row">
            <button
              type="button"
              className="btn btn-danger"
              onClick={() => void act('Reset to new. Its history is kept.', () => store.resetCard(db, card.id, Date.now()))}
            >
              Yes, reset to new
            </button>
            <button type="button" className="btn" ref={cancel} onClick={() => setConfirmReset(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <p role="status" className={message?.error ? 'error-text flush' : 'muted flush'}>
        {message?.text}
      </p>
    </>
  );
}
