'use client';
// The live lobby on the projector: how to join (URL, code, QR code) and who has joined.
import { useState } from 'react';

import { qrCodeUrl } from '@/lib/quiz/live-client';

import styles from '../shared/lobby.module.css';
import type { HostPlayer } from './host-view';
import { JoinAddress } from './join-address';
import { useJoinLinks } from './use-join-links';
import { counted } from '@/lib/text/counted';

/** Extra seconds per question the host may grant a player (e.g. for accessibility). */
const EXTRA_TIME = [0, 10, 20, 40, 60];

export function PlayerChips({
  players,
  onKick,
  onExtend,
}: {
  players: HostPlayer[];
  onKick: (playerId: string) => void;
  onExtend?: (playerId: string, seconds: number) => void;
}) {
  return (
    <ul className={styles.lobby} aria-label="Players">
      {players.map((p) => (
        <li key={p.playerId} className={p.connected ? undefined : styles.offline}>
          {p.nickname}
          {!p.connected && <span className="muted"> (offline)</span>}
          {onExtend && (
            <select
              aria-label={`Extra time for ${p.nickname}`}
              value={String(p.extraSeconds ?? 0)}
              onChange={(e) => onExtend(p.playerId, Number(e.target.value))}
            >
              {EXTRA_TIME.map((s) => (
                <option key={s} value={String(s)}>
                  {s === 0 ? 'No extra time' : `+${s} s`}
                </option>
              ))}
            </select>
          )}
          <button type="button" className={`btn ${styles.chipButton}`} onClick={() => onKick(p.playerId)}>
            Remove<span className="sr-only"> {p.nickname}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

interface Props {
  gameId: string;
  hostToken: string;
  code: string;
  joinUrl: string;
  players: HostPlayer[];
  locked: boolean;
  onKick: (playerId: string) => void;
  /** Grants a player extra seconds per question. */
  onExtend?: (playerId: string, seconds: number) => void;
  onLock: (locked: boolean) => void;
  onStart: () => void;
}

export function HostLobby({ gameId, hostToken, code, joinUrl, players, locked, onKick, onExtend, onLock, onStart }: Props) {
  const links = useJoinLinks(gameId, hostToken);
  const [picked, setPicked] = useState<string | null>(null);
  // The server's first origin is the one its QR code uses unless asked for another.
  const origin = picked ?? links?.origins[0] ?? joinUrl.replace(/\/play\?.*$/, '');
  const page = `${origin}/play`;
  const qr = qrCodeUrl(gameId, picked !== null && picked !== links?.origins[0] ? picked : undefined);
  const spaced = `${code.slice(0, 3)} ${code.slice(3)}`;
  return (
    <>
      <div className={styles.join}>
        {/* The server draws the QR code; next/image adds nothing to an SVG from our own origin. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img className={styles.qr} src={qr} alt={`QR code for ${page}?code=${code}`} width={280} height={280} />
        <div className="stack">
          <h2 id="host-title" className={styles.joinTitle}>
            Join at <span className={styles.joinUrl}>{page}</span>
          </h2>
          <p className="flush">
            <span className="muted">Game code</span>
            <span className={styles.joinCode} data-testid="join-code" aria-hidden="true">
              {spaced}
            </span>
            <span className="sr-only">{code.split('').join(' ')}</span>
          </p>
          {links && <JoinAddress links={links} chosen={origin} onChoose={setPicked} />}
        </div>
      </div>
      <p className="flush" aria-live="polite">
        {players.length === 0 ? 'Waiting for players…' : `${counted(players.length, 'player')} in the lobby.`}
        {locked ? ' The lobby is locked: nobody else can join.' : ''}
      </p>
      <PlayerChips players={players} onKick={onKick} onExtend={onExtend} />
      <div className="row">
        <button type="button" className="btn btn-primary" disabled={players.length === 0} onClick={onStart}>
          Start the game
        </button>
        <button type="button" className="btn" onClick={() => onLock(!locked)}>
          {locked ? 'Unlock the lobby' : 'Lock the lobby'}
        </button>
      </div>
    </>
  );
}
