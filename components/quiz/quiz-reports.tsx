'use client';
// Past games on this device: each question's accuracy, the report as CSV, and the team's misses
// sent into the host's own review.
import { useState } from 'react';

import type { QuizReportRow } from '@/lib/db/rows';

import { useDb } from '../db-provider';
import type { Db } from '../lazy-db';
import { Markdown } from '../markdown';
import { saveFile } from '../save-file';
import styles from './shared/setup.module.css';

const MODE_NAMES = { live: 'Live game', 'pass-and-play': 'Pass and play', projector: 'Projector' } as const;

function download(store: Db, report: QuizReportRow) {
  const csv = store.quizReportCsv(report);
  saveFile(
    new Blob([csv], { type: 'text/csv;charset=utf-8' }),
    `quiz-${new Date(report.createdAt).toISOString().slice(0, 16).replace(/[:T]/g, '-')}.csv`,
  );
}

const percent = (accuracy: number | null) => (accuracy === null ? 'skipped' : `${Math.round(accuracy * 100)}%`);

function ReportItem({ report, store }: { report: QuizReportRow; store: Db }) {
  const { db } = useDb();
  const [message, setMessage] = useState('');
  const winner = [...report.players].sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9))[0];
  const scored = report.questions.filter((q) => q.accuracy !== null);
  const accuracy = scored.length ? scored.reduce((n, q) => n + (q.accuracy ?? 0), 0) / scored.length : null;
  const label = `${MODE_NAMES[report.mode]}, ${new Date(report.createdAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}`;
  const missed = store.missedCards(report);

  const sendMissed = () => {
    if (!db) return;
    store.sendMissedToReview(db, missed, Date.now()).then(
      (n) =>
        setMessage(
          n === 0
            ? 'Those cards are suspended or no longer in their decks.'
            : `${n} missed card${n === 1 ? ' is' : 's are'} due in your study now.`,
        ),
      () => setMessage('The cards could not be moved.'),
    );
  };

  const remove = () => {
    if (db && report.id !== undefined && window.confirm(`Delete the report of this game (${label})?`))
      void store.deleteQuizReport(db, report.id);
  };

  return (
    <li className="card stack">
      <h3 className="flush">{label}</h3>
      <p className="muted flush">
        {report.players.length} player{report.players.length === 1 ? '' : 's'} · {report.questions.length} question
        {report.questions.length === 1 ? '' : 's'}
        {accuracy !== null ? ` · ${percent(accuracy)} right` : ''}
        {winner ? ` · won by ${winner.nickname}` : ''}
      </p>
      <details className={styles.disclosure}>
        <summary>
          Questions<span className="sr-only"> of {label}</span>
        </summary>
        <table className={styles.accuracy}>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Question</th>
              <th scope="col">Right</th>
            </tr>
          </thead>
          <tbody>
            {report.questions.map((q, i) => (
              <tr key={`${q.cardId}-${i}`}>
                <td>{i + 1}</td>
                <td>
                  <Markdown text={q.prompt} inline />
                </td>
                <td>{q.accuracy === null ? 'skipped' : `${q.right} of ${q.players} (${percent(q.accuracy)})`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <div className="row">
        <button type="button" className="btn btn-small" onClick={() => download(store, report)}>
          Download CSV<span className="sr-only"> of {label}</span>
        </button>
        <button type="button" className="btn btn-small" disabled={missed.length === 0} onClick={sendMissed}>
          {missed.length === 0 ? 'Nothing missed' : `Send ${missed.length} missed card${missed.length === 1 ? '' : 's'} to my review`}
          <span className="sr-only"> from {label}</span>
        </button>
        <button type="button" className="btn btn-small" onClick={remove}>
          Delete<span className="sr-only"> {label}</span>
        </button>
      </div>
      <p role="status" className="muted flush">
        {message}
      </p>
    </li>
  );
}

export function QuizReports({ reports }: { reports: QuizReportRow[] }) {
  const { store } = useDb();
  if (!store) return null;
  if (reports.length === 0) return <p className="muted">No games yet: the report of each game is kept here, on this device.</p>;
  return (
    <ul className="deck-list" aria-label="Past games">
      {reports.map((r) => (
        <ReportItem key={r.id} report={r} store={store} />
      ))}
    </ul>
  );
}
