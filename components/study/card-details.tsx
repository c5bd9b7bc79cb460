'use client';
// The card on screen, in a dialog over the session: its deck, upstream source and the versions it
// holds for, its schedule and every review of it. Opening and closing it leaves the session where it
// was (the card, revealed or not); Escape closes it and focus returns to what opened it.
import { useRef } from 'react';

import type { CardDetail } from '@/lib/db/browse-queries';

import { CardSchedule } from '../browse/card-schedule';
import { CardSource } from '../card-source';
import { useDb } from '../db-provider';
import { useLiveValue } from '../use-live-value';
import { useModalKeys } from '../use-modal-keys';

export function CardDetails({ cardId, onClose }: { cardId: string; onClose: () => void }) {
  const { db, store } = useDb();
  const close = useRef<HTMLButtonElement>(null);
  const { dialog, onKeyDown } = useModalKeys<HTMLDivElement>(onClose, close);
  // The time is read with the card, so "due in" is said from the moment the dialog opened.
  const read = useLiveValue<{ detail: CardDetail | null; now: number } | undefined>(
    db && store ? async () => ({ detail: await store.cardDetail(db, cardId), now: Date.now() }) : null,
    [db, store, cardId],
    undefined,
  );
  const detail = read?.detail;
  return (
    <div className="dialog-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={dialog}
        className="dialog dialog-wide card"
        role="dialog"
        aria-modal="true"
        aria-labelledby="card-details-title"
        onKeyDown={onKeyDown}
      >
        <div className="spread">
          <h2 id="card-details-title">Card details</h2>
          <button ref={close} type="button" className="btn btn-small" onClick={onClose} aria-keyshortcuts="Escape">
            Close
          </button>
        </div>
        {detail === undefined && <p className="muted flush">Loading…</p>}
        {detail === null && <p className="flush">This card is no longer in your decks.</p>}
        {detail && (
          <>
            <p className="muted flush">
              <code>{detail.card.id}</code> in {detail.deckTitle}
            </p>
            <CardSource card={detail.card} />
            <CardSchedule detail={detail} now={read.now} />
          </>
        )}
      </div>
    </div>
  );
}
