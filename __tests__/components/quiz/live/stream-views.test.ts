/** @jest-environment node */
// The live screens' state, folded from the server's event streams (host and player).
import { hostReducer, INITIAL_HOST_VIEW, type HostView } from '@/components/quiz/live/host-view';
import { INITIAL_PLAYER_VIEW, playerReducer, type PlayerView } from '@/components/quiz/live/player-view';
import { DEFAULT_SETTINGS } from '@/lib/quiz';
import type { HostEvent, HostSnapshot, PlayerEvent } from '@/lib/quiz/protocol';

import { playerSnapshot } from '../wire-fixtures';

type Step<E> = [event: E, receivedAt: number];

const foldHost = (steps: Step<HostEvent>[], from: HostView = INITIAL_HOST_VIEW) => steps.reduce((v, [e, t]) => hostReducer(v, e, t), from);
const foldPlayer = (steps: Step<PlayerEvent>[], from: PlayerView = INITIAL_PLAYER_VIEW) =>
  steps.reduce((v, [e, t]) => playerReducer(v, e, t), from);

const OPEN = { index: 0, total: 5, deckId: 'runc', prompt: 'Which?', kind: 'choice' as const, options: ['a', 'b', 'c'] };
const ANA = { playerId: 'p1', nickname: 'Ana', team: null };

const hostSnapshot = (data: Partial<HostSnapshot>): HostEvent => ({
  name: 'snapshot',
  data: {
    gameId: 'g1',
    code: '123456',
    seq: 1,
    phase: 'lobby',
    locked: false,
    settings: DEFAULT_SETTINGS,
    total: 5,
    question: null,
    answered: null,
    expected: null,
    players: [],
    top: [],
    standings: null,
    teams: [],
    challenge: null,
    ...data,
  },
});

describe('host view', () => {
  it('follows the lobby, a question on the server’s clock, the reveal and the podium', () => {
    const lobby = foldHost([
      [hostSnapshot({}), 0],
      [{ name: 'player-joined', data: { at: 10, ...ANA, players: 1 } }, 10],
      [{ name: 'player-joined', data: { at: 11, playerId: 'p2', nickname: 'Bo', team: null, players: 2 } }, 11],
      [{ name: 'player-connection', data: { at: 12, playerId: 'p2', connected: false } }, 12],
      [{ name: 'lobby-locked', data: { at: 13, locked: true } }, 13],
    ]);
    expect(lobby).toMatchObject({
      phase: 'lobby',
      locked: true,
      players: [
        { nickname: 'Ana', connected: true },
        { nickname: 'Bo', connected: false },
      ],
    });

    // The server's clock runs 5 s ahead of this device: the deadline is moved onto ours.
    const open = foldHost([[{ name: 'question-open', data: { ...OPEN, at: 105_000, endsAt: 125_000 } }, 100_000]], lobby);
    expect(open).toMatchObject({
      phase: 'answering',
      answered: 0,
      expected: 1,
      question: { prompt: 'Which?', options: ['a', 'b', 'c'], deadline: 120_000 },
    });
    expect(open.reveal).toBeNull();

    const revealed = foldHost(
      [
        [{ name: 'answer-count', data: { at: 106_000, index: 0, answered: 1, expected: 1 } }, 101_000],
        [
          { name: 'reveal', data: { at: 106_100, index: 0, kind: 'choice', correct: 2, counts: [0, 0, 1], answered: 1, right: 1 } },
          101_100,
        ],
      ],
      open,
    );
    expect(revealed).toMatchObject({ phase: 'reveal', reveal: { correct: 2, counts: [0, 0, 1], right: 1 }, question: { deadline: null } });

    const end = foldHost(
      [
        [{ name: 'player-left', data: { at: 1, playerId: 'p2', reason: 'kicked', players: 1 } }, 1],
        [{ name: 'podium', data: { at: 2, standings: [{ ...ANA, score: 900, rank: 1 }], teams: [] } }, 2],
      ],
      revealed,
    );
    expect(end).toMatchObject({ phase: 'podium', players: [{ nickname: 'Ana' }], standings: [{ nickname: 'Ana', score: 900 }] });
  });

  it('rebuilds the screen from a snapshot after a reconnect, the reveal included', () => {
    const view = foldHost([
      [
        hostSnapshot({
          phase: 'reveal',
          locked: true,
          players: [{ ...ANA, connected: true, score: 950, rank: 1, extraSeconds: 0 }],
          question: { ...OPEN, endsAt: null, correct: 1, counts: [0, 1, 0], answered: 1, right: 1 },
          top: [{ ...ANA, score: 950, rank: 1 }],
        }),
        0,
      ],
    ]);
    expect(view).toMatchObject({ phase: 'reveal', locked: true, reveal: { correct: 1, counts: [0, 1, 0] }, question: { deadline: null } });
  });

  it('stops at a stream another tab took over', () => {
    expect(
      foldHost([
        [hostSnapshot({}), 0],
        [{ name: 'replaced', data: {} }, 1],
      ]).phase,
    ).toBe('replaced');
  });
});

describe('player view', () => {
  it('locks an answer, then shows right or wrong, points and rank', () => {
    const view = foldPlayer([
      [playerSnapshot({ you: { ...ANA, team: 1, score: 0, rank: 1 } }), 0],
      [{ name: 'question-preview', data: { index: 0, total: 5, deckId: 'runc', prompt: 'Which?', at: 1000, endsAt: 4000 } }, 1000],
      [{ name: 'question-open', data: { ...OPEN, at: 4000, endsAt: 24_000 } }, 3000],
      [{ name: 'answer-locked', data: { at: 5000, index: 0, option: 2 } }, 4000],
    ]);
    expect(view).toMatchObject({ phase: 'answering', team: 1, locked: 2, question: { deadline: 23_000, seconds: 20 } });
    const revealed = foldPlayer(
      [
        [
          {
            name: 'reveal',
            data: {
              at: 6000,
              index: 0,
              kind: 'choice',
              correct: 2,
              counts: [0, 0, 1],
              answered: 1,
              right: 1,
              you: { option: 2, correct: true, points: 950, score: 950, rank: 1, streak: 1 },
            },
          },
          5000,
        ],
      ],
      view,
    );
    expect(revealed).toMatchObject({
      phase: 'reveal',
      rightOption: 2,
      result: { correct: true, points: 950 },
      you: { score: 950, rank: 1 },
    });
    const next = foldPlayer([[{ name: 'question-preview', data: { ...OPEN, index: 1, at: 9000, endsAt: 12_000 } }, 8000]], revealed);
    expect(next).toMatchObject({ phase: 'preview', locked: null, result: null, rightOption: null });
  });

  it('comes back from a refresh mid-question with the locked answer, and after the reveal with the result', () => {
    const answering = foldPlayer([
      [
        playerSnapshot({
          phase: 'answering',
          hostConnected: false,
          question: { ...OPEN, endsAt: 50_000 },
          yourAnswer: 1,
          you: { ...ANA, score: 400, rank: 2 },
        }),
        40_000,
      ],
    ]);
    expect(answering).toMatchObject({
      phase: 'answering',
      locked: 1,
      hostConnected: false,
      you: { score: 400, rank: 2 },
      question: { deadline: 50_000, seconds: 10 },
    });
    const reveal = foldPlayer([
      [
        playerSnapshot({
          phase: 'reveal',
          question: { ...OPEN, endsAt: null, correct: 0 },
          last: { option: 1, correct: false, points: 0 },
          you: { ...ANA, score: 400, rank: 2 },
        }),
        0,
      ],
    ]);
    expect(reveal).toMatchObject({ phase: 'reveal', rightOption: 0, result: { option: 1, correct: false } });
  });

  it('says so when the player was removed, and keeps the podium when the game expires', () => {
    expect(foldPlayer([[{ name: 'snapshot', data: { gameId: 'g1', seq: 3, phase: 'removed', reason: 'kicked' } }, 0]])).toMatchObject({
      phase: 'removed',
      removedReason: 'kicked',
    });
    const podium = foldPlayer([
      [
        {
          name: 'podium',
          data: { at: 1, top: [{ nickname: 'Ana', team: null, score: 1, rank: 1 }], you: { score: 1, rank: 1 }, teams: [] },
        },
        1,
      ],
    ]);
    expect(foldPlayer([[{ name: 'expired', data: {} }, 2]], podium).phase).toBe('podium');
    expect(foldPlayer([[{ name: 'replaced', data: {} }, 2]], podium).phase).toBe('replaced');
  });
});
