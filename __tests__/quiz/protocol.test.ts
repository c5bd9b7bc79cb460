/**
 * @jest-environment node
 */
// The live-game protocol: one description of routes, bodies and events that both the server and the
// browser compile against. The `@ts-expect-error` lines are the proof that a renamed or mistyped field
// fails `npm run typecheck`: if any of them compiled, tsc would report the unused directive.
import { eventForHost, eventForPlayer, type QuizEvent } from '@/lib/quiz';
import {
  FINAL_EVENTS,
  HOST_EVENT_NAMES,
  PLAYER_EVENT_NAMES,
  ROUTES,
  routeUrl,
  type AnswerRequest,
  type CreateGameRequest,
  type EventData,
  type HostCommand,
  type HostEvent,
  type JoinRequest,
  type PlayerEvent,
} from '@/lib/quiz/protocol';

import { Game } from './helpers';

describe('routes', () => {
  it('fills in the game and leaves out empty query values', () => {
    expect(routeUrl(ROUTES.answer, 'g/1')).toBe('/api/games/g%2F1/answer');
    expect(routeUrl(ROUTES.hostEvents, 'g1', { token: 'a b', lastEventId: undefined })).toBe('/api/games/g1/host/events?token=a+b');
    expect(routeUrl(ROUTES.qrCode, 'g1', { origin: '' })).toBe('/api/games/g1/qr.svg');
    expect(routeUrl(ROUTES.join)).toBe('/api/join');
  });
});

describe('events', () => {
  it('names every event the server sends to each audience in a whole game', () => {
    const g = new Game({ teamCount: 2 });
    g.join('ana', 'bo', 'cy');
    g.do({ type: 'connection', playerId: 'p-cy', connected: false });
    g.do({ type: 'host-connection', connected: false });
    g.do({ type: 'lock', locked: true });
    g.startAnswering();
    g.do({ type: 'answer', playerId: 'p-ana', option: g.rightOption() });
    g.do({ type: 'answer', playerId: 'p-bo', option: g.wrongOption() });
    g.do({ type: 'next' });
    g.do({ type: 'next' });
    g.do({ type: 'kick', playerId: 'p-cy' });
    g.do({ type: 'leave', playerId: 'p-bo' });
    g.do({ type: 'end' });
    const events: QuizEvent[] = g.events;
    const host = events.map(eventForHost).flatMap((e) => (e ? [e.name] : []));
    const player = ['p-ana', 'p-bo', 'p-cy'].flatMap((id) => events.map((e) => eventForPlayer(e, id)?.name).filter((n) => n !== undefined));
    for (const name of host) expect(HOST_EVENT_NAMES).toContain(name);
    for (const name of player) expect(PLAYER_EVENT_NAMES).toContain(name);
    expect(new Set(host)).toEqual(
      new Set([
        'player-joined',
        'player-connection',
        'host-connection',
        'lobby-locked',
        'game-started',
        'question-preview',
        'question-open',
        'answer-count',
        'reveal',
        'leaderboard',
        'player-left',
        'podium',
      ]),
    );
    expect(new Set(player)).toEqual(
      new Set([
        'joined',
        'host-connection',
        'game-started',
        'question-preview',
        'question-open',
        'answer-locked',
        'reveal',
        'leaderboard',
        'removed',
        'podium',
      ]),
    );
    expect(FINAL_EVENTS).toEqual(['removed', 'expired', 'replaced']);
  });

  it('types each event’s data by its name, so a renamed field does not compile', () => {
    const reveal: HostEvent = {
      name: 'reveal',
      data: { at: 1, index: 0, kind: 'choice', correct: 2, counts: [0, 0, 1], answered: 1, right: 1 },
    };
    const renamed: HostEvent = {
      name: 'reveal',
      // @ts-expect-error `counts` renamed: the host's reveal has no `count`.
      data: { at: 1, index: 0, kind: 'choice', correct: 2, count: [0, 0, 1], answered: 1, right: 1 },
    };
    // @ts-expect-error A player's reveal carries the player's own result (`you`); the host's does not.
    const missing: PlayerEvent = { name: 'reveal', data: reveal.data };
    const leak: EventData<PlayerEvent, 'leaderboard'> = {
      at: 1,
      index: 0,
      total: 1,
      // @ts-expect-error Players never get each other's ids: `top` holds public standings only.
      top: [{ playerId: 'p1', nickname: 'Ana', team: null, score: 1, rank: 1 }],
      you: null,
      teams: [],
    };
    // @ts-expect-error No such event in the host's stream.
    const unknown: HostEvent = { name: 'answer-locked', data: { at: 1, index: 0, option: 1 } };
    const read = (event: PlayerEvent) => {
      if (event.name !== 'question-open') return null;
      // @ts-expect-error Reading a renamed field fails as well.
      return event.data.choices;
    };
    expect([renamed, missing, leak, unknown, read({ name: 'expired', data: {} })]).toHaveLength(5);
  });

  it('types each request body by the server’s schema', () => {
    const join: JoinRequest = { code: '123456', nickname: 'Ana' };
    const answer: AnswerRequest = { index: 0, option: 1 };
    const kick: HostCommand = { type: 'kick', playerId: 'p1' };
    const create: CreateGameRequest = { cards: [{ id: 'c', deckId: 'd', prompt: 'p', choices: ['a', 'b'], correct: 0 }] };
    // @ts-expect-error `nickname` renamed.
    const renamed: JoinRequest = { code: '123456', name: 'Ana' };
    // @ts-expect-error A kick names its player.
    const kickNobody: HostCommand = { type: 'kick' };
    // @ts-expect-error No such command.
    const pause: HostCommand = { type: 'pause' };
    expect([join, answer, kick, create, renamed, kickNobody, pause]).toHaveLength(7);
  });
});
