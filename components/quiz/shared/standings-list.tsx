// Rankings: the leaderboard's top five, a full list, or the teams; and the podium's top three.
import styles from './quiz.module.css';

export interface Ranked {
  nickname: string;
  score: number;
  rank: number | null;
}

export function StandingsList({ rows, label, you }: { rows: Ranked[]; label: string; you?: string }) {
  return (
    <ol className={styles.standings} aria-label={label}>
      {rows.map((r) => (
        <li key={r.nickname} className={r.nickname === you ? styles.you : undefined}>
          <span className={styles.rank}>{r.rank ?? '–'}.</span>
          <span className={styles.name}>
            {r.nickname}
            {r.nickname === you && <span className="muted"> (you)</span>}
          </span>
          <span className={styles.score}>
            {r.score}
            <span className="sr-only"> points</span>
          </span>
        </li>
      ))}
    </ol>
  );
}

/** First, second and third on their steps; ties share a step's rank. */
export function Podium({ rows }: { rows: Ranked[] }) {
  const top = rows.slice(0, 3);
  if (top.length === 0) return <p className="muted">Nobody scored in this game.</p>;
  return (
    <ol className={styles.podium} aria-label="Podium">
      {top.map((r, i) => (
        <li key={r.nickname} className={`${styles.step} ${styles[`step${i + 1}`]}`}>
          <span className={styles.stepName}>{r.nickname}</span>
          <span className={styles.score}>
            {r.score}
            <span className="sr-only"> points, rank {r.rank ?? i + 1}</span>
          </span>
          <span className={styles.stepBlock} aria-hidden="true">
            {r.rank ?? i + 1}
          </span>
        </li>
      ))}
    </ol>
  );
}

export interface TeamRanked {
  name: string;
  score: number;
  rank: number;
}

export const teamRows = (teams: TeamRanked[]): Ranked[] => teams.map((t) => ({ nickname: t.name, score: t.score, rank: t.rank }));
