'use client';
// Who is playing on this device: names are added before the quiz starts (and can be removed).
import { useState } from 'react';

import lobby from '../shared/lobby.module.css';
import styles from '../shared/quiz.module.css';
import setup from '../shared/setup.module.css';
import { counted } from '@/lib/text/counted';

interface Props {
  mode: 'pass-and-play' | 'projector';
  players: { id: string; nickname: string }[];
  questionCount: number;
  error: string | null;
  onAdd: (nickname: string) => void;
  onRemove: (playerId: string) => void;
  onStart: () => void;
  onBack: () => void;
}

export function LocalLobby({ mode, players, questionCount, error, onAdd, onRemove, onStart, onBack }: Props) {
  const [name, setName] = useState('');
  return (
    <section className={styles.stage} aria-labelledby="local-title">
      <h2 id="local-title">{mode === 'pass-and-play' ? 'Pass and play: who is playing?' : 'Projector mode: who is playing?'}</h2>
      <p className="muted flush">
        {mode === 'pass-and-play'
          ? 'Players take turns on this device; the question stays hidden until each player taps their name.'
          : 'Show this screen to the room. Players answer aloud; you reveal each answer and mark who got it right.'}
      </p>
      <form
        className={setup.addForm}
        onSubmit={(e) => {
          e.preventDefault();
          onAdd(name);
          setName('');
        }}
      >
        <div className="field">
          <label htmlFor="local-name">Player name</label>
          <input id="local-name" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" maxLength={40} />
        </div>
        <button type="submit" className="btn">
          Add player
        </button>
      </form>
      {error && (
        <p className="error-text flush" role="alert">
          {error}
        </p>
      )}
      <p className="flush" aria-live="polite">
        {players.length === 0 ? 'No players yet.' : `${counted(players.length, 'player')}:`}
      </p>
      <ul className={lobby.lobby} aria-label="Players">
        {players.map((p) => (
          <li key={p.id}>
            {p.nickname}
            <button type="button" className={`btn ${lobby.chipButton}`} onClick={() => onRemove(p.id)}>
              Remove<span className="sr-only"> {p.nickname}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="row">
        <button type="button" className="btn btn-primary" disabled={players.length === 0} onClick={onStart}>
          Start the quiz ({counted(questionCount, 'question')})
        </button>
        <button type="button" className="btn" onClick={onBack}>
          Back
        </button>
      </div>
    </section>
  );
}
