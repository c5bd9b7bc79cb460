'use client';
// One card in Browse: content, upstream source, schedule, review history, and its actions.
import { useState } from 'react';

import type { CardDetail as Detail } from '@/lib/db/browse-queries';
import { clozeBack } from '@/lib/decks/answers';
import { formatInterval } from '@/lib/srs/format-interval';
import { RATING_NAMES } from '@/lib/srs/types';

import { useDb } from '../db-provider';
import { dbModule } from '../lazy-db';
import { CardSource } from '../card-source';
import { Markdown } from '../markdown';

const when = (ms: number) => new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function CardDetail({ detail, now, onClose }: { detail: Detail; now: number; onClose: () => void }) {
  const { db } = useDb();
  const [confirmReset, setConfirmReset] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const { card, state, status, logs } = detail;
  const s = state.sched;

  const act = async (label: string, run: () => Promise<unknown>) => {
    await run();
    setMessage(label);
    setConfirmReset(false);
  };

  return (
    <section className="card stack" aria-labelledby="detail-title">
      <div className="spread">
        <h2 id="detail-title" className="flush">
          Card <code>{card.id}</code>
        </h2>
        <button type="button" className="btn btn-small" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="muted flush">
        {detail.deckTitle} · {card.kind === 'choice' ? 'multiple choice' : card.kind} · <span className="badge">{status}</span>
      </p>
      <Markdown text={card.kind === 'cloze' ? clozeBack(card.prompt) : card.prompt} />
      {card.choices && (
        <ul className="detail-choices">
          {card.choices.map((c) => (
            <li key={c.text} className={c.correct ? 'right' : ''}>
              {c.correct ? '✓ ' : '✗ '}
              <Markdown text={c.text} inline />
              <span className="sr-only">{c.correct ? ' (right)' : ' (wrong)'}</span>
            </li>
          ))}
        </ul>
      )}
      {card.accept && <p className="flush">Accepted answers: {card.accept.map((a) => <code key={a}>{a} </code>)}</p>}
      {card.answer && <Markdown text={card.answer} />}
      <CardSource card={card} />

      <h3 className="flush">Schedule</h3>
      <dl className="facts">
        <dt>State</dt>
        <dd>{s.phase}</dd>
        <dt>Due</dt>
        <dd>{s.phase === 'new' ? 'when introduced' : `${when(s.due)} (${s.due > now ? `in ${formatInterval(s.due - now)}` : 'now'})`}</dd>
        <dt>Interval</dt>
        <dd>{s.scheduledDays} days</dd>
        <dt>Stability</dt>
        <dd>{s.stability.toFixed(2)} days</dd>
        <dt>Difficulty</dt>
        <dd>{s.difficulty.toFixed(2)} / 10</dd>
        <dt>Reviews</dt>
        <dd>
          {s.reps}, lapses {s.lapses}
        </dd>
      </dl>

      <h3 className="flush">History</h3>
      {logs.length === 0 ? (
        <p className="muted flush">Not reviewed yet.</p>
      ) : (
        <table className="history">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Rating</th>
              <th scope="col">Next interval</th>
              <th scope="col">Time</th>
            </tr>
          </thead>
          <tbody>
            {logs.map((l) => (
              <tr key={l.id}>
                <td>{when(l.reviewedAt)}</td>
                <td>{RATING_NAMES[l.rating]}</td>
                <td>{formatInterval(l.after.due - l.reviewedAt)}</td>
                <td>{(l.durationMs / 1000).toFixed(1)} s</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {db && (
        <div className="row">
          {state.suspended ? (
            <button type="button" className="btn btn-small" onClick={() => void act('Unsuspended.', () => dbModule().unsuspendCard(db, card.id))}>
              Unsuspend
            </button>
          ) : (
            <button type="button" className="btn btn-small" onClick={() => void act('Suspended: it will not be shown until you unsuspend it.', () => dbModule().suspendCard(db, card.id))}>
              Suspend
            </button>
          )}
          {confirmReset ? (
            <>
              <button type="button" className="btn btn-small btn-danger" onClick={() => void act('Reset to new. Its history is kept.', () => dbModule().resetCard(db, card.id, Date.now()))}>
                Yes, reset to new
              </button>
              <button type="button" className="btn btn-small" onClick={() => setConfirmReset(false)}>
                Keep schedule
              </button>
            </>
          ) : (
            <button type="button" className="btn btn-small" onClick={() => setConfirmReset(true)}>
              Reset to new
            </button>
          )}
        </div>
      )}
      <p role="status" className="muted flush">
        {message}
      </p>
    </section>
  );
}
