'use client';
// At the podium (or a challenge's end), on the player's phone: the questions this player missed (asked of the server with
// their own token; nobody else's), and one tap that makes those cards due now in this device's own
// study. Cards this device does not hold (a host's own deck) are named, not silently dropped.
import { useEffect, useState } from 'react';

import type { MissesAdded } from '@/lib/db/quiz-misses';
import { fetchMisses } from '@/lib/quiz/live-client';
import type { MissedQuestion } from '@/lib/quiz/misses';

import { useDb } from '../../db-provider';
import { Markdown } from '../../markdown';
import styles from '../shared/quiz.module.css';
import { counted } from '@/lib/text/counted';

const questions = (n: number) => counted(n, 'question');

function addedText(result: MissesAdded): string {
  const { added, kept } = result;
  const lead = added === 0 ? 'No card was added.' : `${questions(added)} ${added === 1 ? 'is' : 'are'} due in your study now.`;
  return kept.length === 0 ? lead : `${lead} ${questions(kept.length)} you had suspended or retired stay as they were.`;
}

export function PlayerMisses({ gameId, playerToken }: { gameId: string; playerToken: string }) {
  const { db, store, ready } = useDb();
  const [missed, setMissed] = useState<MissedQuestion[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<MissesAdded | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let cancelled = false;
    fetchMisses(gameId, playerToken).then(
      (reply) => !cancelled && setMissed(reply.questions),
      (e: Error) => !cancelled && setError(`Your missed questions could not be fetched: ${e.message}`),
    );
    return () => {
      cancelled = true;
    };
  }, [gameId, playerToken]);

  const add = () => {
    if (!db || !store || !missed) return;
    setBusy(true);
    store
      .addMissesToStudy(
        db,
        missed.map((m) => m.cardId),
        Date.now(),
      )
      .then(setResult, (e: Error) => setError(`Could not add them to your study: ${e.message}`))
      .finally(() => setBusy(false));
  };

  const notHere = result ? (missed ?? []).filter((m) => result.notHere.includes(m.cardId)) : [];
  return (
    <section className={styles.misses} aria-labelledby="misses-title">
      <h3 id="misses-title">Learn from this game</h3>
      {error && (
        <p className="error-text flush" role="alert">
          {error}
        </p>
      )}
      {missed === null && !error && <p className="muted flush">Finding the questions you missed…</p>}
      {missed !== null && missed.length === 0 && <p className="flush">You missed nothing this game: nothing to add to your study.</p>}
      {missed !== null && missed.length > 0 && (
        <>
          {result === null ? (
            <button type="button" className="btn btn-primary self-start" disabled={!ready || busy} onClick={add}>
              {`Add the ${questions(missed.length)} I missed to my study`}
            </button>
          ) : null}
          {!ready && result === null && <p className="muted flush">Getting the decks ready on this phone…</p>}
          <p role="status" className="flush">
            {result ? addedText(result) : ''}
          </p>
          {notHere.length > 0 && (
            <div>
              <p className="flush">
                {`${questions(notHere.length)} could not be added: ${notHere.length === 1 ? 'its card is' : 'their cards are'} from a deck this phone does not have (the host’s own):`}
              </p>
              <ul>
                {notHere.map((m) => (
                  <li key={m.cardId}>
                    <Markdown text={m.prompt} inline /> — <Markdown text={m.options[m.correct] ?? ''} inline />
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  );
}
