// A ranked list of players (leaderboard top 5, or the podium's full standings).
export interface Ranked {
  nickname: string;
  score: number;
  rank: number | null;
}

export function StandingsList({ rows, label }: { rows: Ranked[]; label: string }) {
  return (
    <ol className="standings" aria-label={label}>
      {rows.map((r) => (
        <li key={r.nickname} className="spread">
          <span>
            <span className="rank">{r.rank ?? '–'}.</span> {r.nickname}
          </span>
          <strong>{r.score}</strong>
        </li>
      ))}
    </ol>
  );
}
