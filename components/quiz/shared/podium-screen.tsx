'use client';
// The end of a game on the host's screen: the podium, every player's standing, the teams.
import type { ReactNode } from 'react';

import styles from './quiz.module.css';
import { Podium, StandingsList, teamRows, type Ranked, type TeamRanked } from './standings-list';

interface Props {
  rows: Ranked[];
  teams: TeamRanked[];
  saved: 'saving' | 'saved' | 'failed';
  onDone: () => void;
  children?: ReactNode;
}

export function PodiumScreen({ rows, teams, saved, onDone, children }: Props) {
  return (
    <section className={`${styles.stage} ${styles.projector}`} aria-labelledby="podium-title">
      <h2 id="podium-title">Podium</h2>
      <Podium rows={rows} />
      {teams.length > 0 && <StandingsList rows={teamRows(teams)} label="Teams" />}
      <StandingsList rows={rows} label="Final standings" />
      {children}
      <p role="status" className="muted flush">
        {saved === 'saved' ? 'Report saved on this device.' : saved === 'failed' ? 'The report could not be saved.' : 'Saving the report…'}
      </p>
      <button type="button" className="btn btn-primary self-start" onClick={onDone}>
        Done
      </button>
    </section>
  );
}
