'use client';
// Joining a live game: the 6-digit code (prefilled from the QR code's ?code=) and a nickname.
import { useState } from 'react';

import { JOIN_CODE_PATTERN } from '@/lib/quiz/join-errors';
import { NICKNAME_MAX } from '@/lib/quiz/nickname';

import styles from '../shared/lobby.module.css';

interface Props {
  initialCode: string;
  error: string | null;
  busy: boolean;
  onJoin: (code: string, nickname: string) => void;
}

export function JoinForm({ initialCode, error, busy, onJoin }: Props) {
  const [code, setCode] = useState(initialCode.replace(/\D/g, '').slice(0, 6));
  const [nickname, setNickname] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = () => {
    if (!JOIN_CODE_PATTERN.test(code)) return setProblem('The game code is the 6 digits on the host’s screen.');
    if (nickname.trim() === '') return setProblem('Choose a nickname.');
    setProblem(null);
    onJoin(code, nickname);
  };
  const shown = problem ?? error;
  return (
    <form
      className="stack"
      aria-label="Join a game"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div className="field">
        <label htmlFor="join-code">Game code</label>
        <input
          id="join-code"
          className={styles.codeInput}
          inputMode="numeric"
          autoComplete="off"
          maxLength={6}
          value={code}
          onChange={(e) => setCode(e.target.value.replace(/\D/g, '').slice(0, 6))}
        />
      </div>
      <div className="field">
        <label htmlFor="join-name">Nickname</label>
        <input
          id="join-name"
          autoComplete="nickname"
          maxLength={NICKNAME_MAX}
          autoFocus={initialCode !== ''}
          value={nickname}
          onChange={(e) => setNickname(e.target.value)}
        />
        <span className="hint">1 to {NICKNAME_MAX} characters; the host and the other players see it.</span>
      </div>
      {shown && (
        <p className="error-text flush" role="alert">
          {shown}
        </p>
      )}
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {busy ? 'Joining…' : 'Join the game'}
      </button>
    </form>
  );
}
