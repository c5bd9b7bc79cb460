'use client';
// Past games on this device: download a report as CSV, or send what the team missed into review.
import { useState } from 'react';

import type { QuizReportRow } from '@/lib/db/rows';

import { useDb } from '../db-provider';
import { dbModule } from '../lazy-db';

const MODE_NAMES = { live: 'Live game', 'pass-and-play': 'Pass and play', projector: 'Projector' } as const;

function download(report: QuizReportRow) {
  const csv = dbModule().quizReportCsv(report);
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `quiz-${new Date(report.createdAt).toISOString().slice(0, 16).replace(/[:T]/g, '-')}.csv`;
  a.click();
  URL.revokeObjectURL(url);
}

export function QuizReports({ reports }: { reports: QuizReportRow[] }) {
  const { db } = useDb();
  const [message, setMessage] = useState<string | null>(null);
  if (reports.length === 0) return <p className="muted">No games yet: reports of your games are kept here.</p>;
  return (
    <div className="stack">
      <ul className="deck-list">
        {reports.map((r) => {
          const winner = [...r.players].sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9))[0];
          const answered = r.questions.filter((q) => q.accuracy !== null);
          const accuracy = answered.length ? Math.round((answered.reduce((n, q) => n + (q.accuracy ?? 0), 0) / answered.length) * 100) : null;
          const label = `${MODE_NAMES[r.mode]}, ${new Date(r.createdAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}`;
          return (
            <li key={r.id} className="card stack">
              <h3 className="flush">{label}</h3>
              <p className="muted flush">
                {r.players.length} players · {r.questions.length} questions{accuracy !== null ? ` · ${accuracy}% right` : ''}
                {winner ? ` · won by ${winner.nickname}` : ''}
              </p>
              <div className="row">
                <button type="button" className="btn btn-small" onClick={() => download(r)}>
                  Download CSV<span className="sr-only"> of {label}</span>
                </button>
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={() => {
                    if (!db) return;
                    const ids = dbModule().missedCards(r);
                    void dbModule()
                      .sendMissedToReview(db, ids, Date.now())
                      .then((n) => setMessage(n > 0 ? `${n} missed card${n === 1 ? ' is' : 's are'} due in your study now.` : 'Nothing to send: every question was answered well.'));
                  }}
                >
                  Send missed cards to my review<span className="sr-only"> from {label}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <p role="status" className="muted">
        {message}
      </p>
    </div>
  );
}
