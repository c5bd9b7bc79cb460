'use client';
// A kept report on screen, not only as CSV: each question by player and each player by question
// (a grid that scrolls inside itself on a narrow phone), and the players seen in several games with
// their accuracy game by game.
import type { QuizReportRow } from '@/lib/db/rows';

import { Markdown } from '../markdown';
import { outcomeAt, playerAccuracy, playerTrends, type Outcome } from './report-compare';
import styles from './shared/setup.module.css';

const MARK: Record<Outcome, { symbol: string; words: string }> = {
  right: { symbol: '✓', words: 'right' },
  wrong: { symbol: '✗', words: 'wrong' },
  none: { symbol: '–', words: 'no answer' },
  absent: { symbol: '', words: 'not in this question' },
};

const percent = (accuracy: number | null) => (accuracy === null ? '–' : `${Math.round(accuracy * 100)}%`);

export function ReportBreakdown({ report, label }: { report: QuizReportRow; label: string }) {
  const players = [...report.players].sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9));
  if (players.length === 0 || !players.some((p) => p.picks || p.credits)) return null;
  return (
    <details className={styles.disclosure}>
      <summary>
        Players by question<span className="sr-only"> of {label}</span>
      </summary>
      <div className={styles.scroller} role="region" aria-label={`Players by question, ${label}`} tabIndex={0}>
        <table className={styles.accuracy}>
          <thead>
            <tr>
              <th scope="col">Player</th>
              {report.questions.map((q, i) => (
                <th scope="col" key={`${q.cardId}-${i}`}>
                  Q{i + 1}
                </th>
              ))}
              <th scope="col">Right</th>
            </tr>
          </thead>
          <tbody>
            {players.map((p, row) => (
              <tr key={`${p.nickname}-${row}`}>
                <th scope="row">{p.nickname}</th>
                {report.questions.map((q, i) => {
                  const { symbol, words } = MARK[outcomeAt(report, p, i)];
                  return (
                    <td key={`${q.cardId}-${i}`}>
                      <span aria-hidden="true">{symbol}</span>
                      <span className="sr-only">{words}</span>
                    </td>
                  );
                })}
                <td>{percent(playerAccuracy(report, p))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ol className={styles.byQuestion} aria-label={`Questions by player, ${label}`}>
        {report.questions.map((q, i) => {
          const missed = players.filter((p) => ['wrong', 'none'].includes(outcomeAt(report, p, i))).map((p) => p.nickname);
          return (
            <li key={`${q.cardId}-${i}`}>
              <Markdown text={q.prompt} inline />
              <span className="muted">
                {' '}
                {q.skipped ? '· skipped' : missed.length === 0 ? '· everyone right' : `· missed by ${missed.join(', ')}`}
              </span>
            </li>
          );
        })}
      </ol>
    </details>
  );
}

/** The players who played several of these games (by device), with their accuracy per game. */
export function PlayerComparison({ reports }: { reports: readonly QuizReportRow[] }) {
  const trends = playerTrends(reports);
  if (trends.length === 0) return null;
  return (
    <section aria-labelledby="compare-title" className="stack">
      <h3 id="compare-title" className="flush">
        Players across games
      </h3>
      <p className="muted flush">Recognised by their device, not their nickname: accuracy in each of their last games, oldest first.</p>
      <ul className="flush">
        {trends.map((t) => (
          <li key={t.deviceId}>
            <strong>{t.nickname}</strong>
            {t.games.some((g) => g.nickname !== t.nickname)
              ? ` (also as ${[...new Set(t.games.map((g) => g.nickname))].filter((n) => n !== t.nickname).join(', ')})`
              : ''}
            {': '}
            {t.games.map((g) => percent(g.accuracy)).join(' → ')}
          </li>
        ))}
      </ul>
    </section>
  );
}
