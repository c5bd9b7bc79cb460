// Whole events of the live protocol for screen tests: a player's snapshot with every field the server
// sends, changed where a test says.
import type { PlayerEvent, PlayerSnapshot } from '@/lib/quiz/protocol';

type PlayingSnapshot = Extract<PlayerSnapshot, { hostConnected: boolean }>;

export const playerSnapshot = (data: Partial<PlayingSnapshot> = {}): Extract<PlayerEvent, { name: 'snapshot' }> => ({
  name: 'snapshot',
  data: {
    gameId: 'g1',
    seq: 1,
    phase: 'lobby',
    hostConnected: true,
    total: 5,
    question: null,
    yourAnswer: null,
    yourText: null,
    yourOrder: null,
    timer: true,
    reducedMotion: false,
    last: null,
    you: { playerId: 'p1', nickname: 'Ana', team: null, score: 0, rank: null },
    top: null,
    teams: [],
    ...data,
  },
});
