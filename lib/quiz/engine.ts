// The quiz state machine: applyCommand(state, command, context) → new state and events, or a refusal.
import {
  answeringDeadline,
  currentQuestion,
  expectedAnswers,
  extraMsOf,
  leaderboard,
  openAnswering,
  openQuestion,
  podium,
  reveal,
  skip,
  type Step,
} from './flow';
import { gradeResponse } from './grading';
import { checkNickname, nicknameKeys, sameNickname } from './nickname';
import { buildQuestions } from './questions';
import { cryptoRandom, shuffle, type RandomSource } from './random';
import { activePlayers, smallestTeam } from './standings';
import type { DepartedPlayer, Player, QuizCard, QuizCommand, QuizResult, QuizSettings, QuizState } from './types';

export interface QuizContext {
  now: number;
  random?: RandomSource;
}

/** Departed players kept for the report, and kicked names kept out; the oldest go first. */
export const DEPARTED_MAX = 200;
export const BANNED_NAMES_MAX = 200;

export const DEFAULT_SETTINGS: QuizSettings = {
  questionCount: 10,
  secondsPerQuestion: 20,
  previewSeconds: 4,
  scoring: 'speed',
  streakBonus: false,
  teamCount: 0,
  maxPlayers: 200,
  graceMs: 250,
  timer: true,
  reducedMotion: false,
};

/** The most extra seconds the host may grant one player per question. */
export const EXTRA_SECONDS_MAX = 240;

export function createQuiz(cards: readonly QuizCard[], settings: Partial<QuizSettings>, context: QuizContext): QuizState {
  const full: QuizSettings = { ...DEFAULT_SETTINGS, ...settings };
  return {
    phase: 'lobby',
    settings: full,
    questions: buildQuestions(cards, full.questionCount, context.random ?? cryptoRandom),
    index: -1,
    players: [],
    departed: [],
    bannedNames: [],
    locked: false,
    hostConnected: true,
    phaseStartedAt: context.now,
    answeringEndsAt: null,
    deadline: null,
    answers: {},
    results: [],
    extraSeconds: {},
    createdAt: context.now,
  };
}

type Refusal = Extract<QuizResult, { ok: false }>;

const refuse = (error: string, status: Refusal['status'] = 'conflict'): Refusal => ({ ok: false, error, status });
const done = (step: Step): QuizResult => ({ ok: true, state: step.state, events: step.events });
const unchanged = (state: QuizState): QuizResult => ({ ok: true, state, events: [] });

function findActive(state: QuizState, playerId: string): Player | undefined {
  return state.players.find((p) => p.id === playerId && p.status === 'active');
}

function replacePlayer(state: QuizState, player: Player): QuizState {
  return { ...state, players: state.players.map((p) => (p.id === player.id ? player : p)) };
}

/** Closes the question early once every connected player has answered. */
function closeIfAllAnswered(state: QuizState, now: number, events: Step['events']): QuizResult {
  const expected = expectedAnswers(state);
  const answeredByExpected = activePlayers(state).filter((p) => p.connected && state.answers[p.id]).length;
  if (state.phase === 'answering' && expected > 0 && answeredByExpected >= expected) {
    const step = reveal(state, now);
    return { ok: true, state: step.state, events: [...events, ...step.events] };
  }
  return { ok: true, state, events };
}

function join(state: QuizState, command: Extract<QuizCommand, { type: 'join' }>, now: number): QuizResult {
  if (state.phase === 'podium') return refuse('the game is over');
  if (state.challenge !== undefined && now > state.challenge.deadline) return refuse('the challenge is over: its deadline has passed');
  if (state.locked) return refuse('the lobby is locked', 'forbidden');
  if (state.players.some((p) => p.id === command.playerId)) return refuse('player id already used');
  const checked = checkNickname(command.nickname);
  if (!checked.ok) return refuse(checked.error, 'invalid');
  const { nickname } = checked;
  const keys = nicknameKeys(nickname);
  if (sameNickname(keys, state.bannedNames)) return refuse('the host removed this nickname from the game', 'forbidden');
  const active = activePlayers(state);
  if (active.some((p) => sameNickname(p.nicknameKeys, keys))) return refuse('nickname taken');
  if (active.length >= state.settings.maxPlayers) return refuse('the game is full');
  const team = state.settings.teamCount >= 2 && state.phase !== 'lobby' ? smallestTeam(state) : null;
  const player: Player = {
    id: command.playerId,
    nickname,
    nicknameKeys: keys,
    team,
    status: 'active',
    connected: true,
    joinedAt: now,
    score: 0,
    streak: 0,
    rightCount: 0,
    answeredCount: 0,
    last: null,
    ...(command.deviceId === undefined ? {} : { deviceId: command.deviceId }),
  };
  const next = { ...state, players: [...state.players, player] };
  return {
    ok: true,
    state: next,
    events: [{ at: now, type: 'player-joined', playerId: player.id, nickname, team, players: active.length + 1 }],
  };
}

const keepLast = <T>(list: T[], max: number) => (list.length > max ? list.slice(list.length - max) : list);

/**
 * Takes a player out of the game record. Their answer to the open question still counts in its
 * numbers; their score stays in the report when they had answered anything (or were kicked), so
 * join-and-leave cycles do not grow the record. A kicked player's name is kept out of the game.
 */
function removePlayer(state: QuizState, playerId: string, reason: 'left' | 'kicked', now: number): QuizResult {
  const player = findActive(state, playerId);
  if (player === undefined) return refuse('no such player', 'not-found');
  const { id, nickname, team, score, rightCount, answeredCount } = player;
  const summary: DepartedPlayer = {
    id,
    nickname,
    team,
    status: reason,
    score,
    rightCount,
    answeredCount,
    ...(player.picks ? { picks: player.picks } : {}),
    ...(player.credits ? { credits: player.credits } : {}),
    ...(player.deviceId === undefined ? {} : { deviceId: player.deviceId }),
  };
  const keep = reason === 'kicked' || answeredCount > 0 || state.answers[id] !== undefined;
  const next: QuizState = {
    ...state,
    players: state.players.filter((p) => p.id !== playerId),
    departed: keep ? keepLast([...state.departed, summary], DEPARTED_MAX) : state.departed,
    bannedNames: reason === 'kicked' ? keepLast([...state.bannedNames, ...player.nicknameKeys], BANNED_NAMES_MAX) : state.bannedNames,
  };
  const event = { at: now, type: 'player-left' as const, playerId, reason, players: activePlayers(next).length };
  return closeIfAllAnswered(next, now, [event]);
}

function start(state: QuizState, now: number, random: RandomSource): QuizResult {
  if (state.phase !== 'lobby') return refuse('the game has already started');
  const players = activePlayers(state);
  if (players.length === 0) return refuse('nobody has joined yet');
  if (state.questions.length === 0) return refuse('there are no questions', 'invalid');
  let teams: Record<string, number> | null = null;
  let next: QuizState = { ...state, locked: state.locked };
  if (state.settings.teamCount >= 2) {
    teams = {};
    const order = shuffle(players, random);
    for (const [i, p] of order.entries()) teams[p.id] = i % state.settings.teamCount;
    const assigned = teams;
    next = { ...next, players: state.players.map((p) => (p.id in assigned ? { ...p, team: assigned[p.id] ?? null } : p)) };
  }
  const step = openQuestion(next, 0, now);
  return {
    ok: true,
    state: step.state,
    events: [
      {
        at: now,
        type: 'game-started',
        total: state.questions.length,
        teams,
        timer: state.settings.timer !== false,
        reducedMotion: state.settings.reducedMotion === true,
      },
      ...step.events,
    ],
  };
}

function answer(state: QuizState, command: Extract<QuizCommand, { type: 'answer' }>, now: number): QuizResult {
  if (state.phase !== 'answering') return refuse('answers are not open');
  if (command.index !== undefined && command.index !== state.index) return refuse('that question is closed');
  const player = findActive(state, command.playerId);
  if (player === undefined) return refuse('not a player in this game', 'forbidden');
  const question = currentQuestion(state);
  if (question === undefined) return refuse('answers are not open');
  const graded = gradeResponse(question, command);
  if (!graded.ok) return refuse(graded.error, 'invalid');
  if (state.answers[player.id] !== undefined) return refuse('already answered');
  const extraMs = extraMsOf(state, player.id);
  if (state.answeringEndsAt !== null && now > state.answeringEndsAt + extraMs + state.settings.graceMs) return refuse('too late');
  const durationMs = state.settings.secondsPerQuestion * 1000 + extraMs;
  const elapsedMs = Math.min(Math.max(now - state.phaseStartedAt, 0), durationMs);
  const next = { ...state, answers: { ...state.answers, [player.id]: { ...graded.answer, elapsedMs } } };
  const answered = Object.keys(next.answers).length;
  const event = {
    at: now,
    type: 'answer-received' as const,
    playerId: player.id,
    index: state.index,
    option: graded.answer.option,
    ...(graded.answer.text === undefined ? {} : { text: graded.answer.text }),
    ...(graded.answer.order === undefined ? {} : { order: graded.answer.order }),
    answered,
    expected: expectedAnswers(next),
  };
  return closeIfAllAnswered(next, now, [event]);
}

/**
 * Grants a player extra answering seconds from the next question on (0 takes them back); during an
 * open question their window grows at once and the timer waits for it.
 */
function extend(state: QuizState, command: Extract<QuizCommand, { type: 'extend' }>, now: number): QuizResult {
  if (state.challenge !== undefined) return refuse('a challenge has no timer');
  if (findActive(state, command.playerId) === undefined) return refuse('no such player', 'not-found');
  if (!Number.isInteger(command.seconds) || command.seconds < 0 || command.seconds > EXTRA_SECONDS_MAX) {
    return refuse(`extra time is 0 to ${EXTRA_SECONDS_MAX} seconds`, 'invalid');
  }
  const extraSeconds = { ...state.extraSeconds };
  if (command.seconds === 0) delete extraSeconds[command.playerId];
  else extraSeconds[command.playerId] = command.seconds;
  let next: QuizState = { ...state, extraSeconds };
  if (next.phase === 'answering' && next.answeringEndsAt !== null)
    next = { ...next, deadline: answeringDeadline(next, next.answeringEndsAt) };
  return { ok: true, state: next, events: [{ at: now, type: 'time-extended', playerId: command.playerId, seconds: command.seconds }] };
}

function next(state: QuizState, now: number): QuizResult {
  switch (state.phase) {
    case 'lobby':
      return refuse('start the game first');
    case 'challenge':
      return refuse("a challenge moves at each player's own pace");
    case 'preview':
      return done(openAnswering(state, now));
    case 'answering':
      return done(reveal(state, now));
    case 'reveal':
      return done(leaderboard(state, now));
    case 'leaderboard':
      return done(openQuestion(state, state.index + 1, now));
    case 'podium':
      return refuse('the game is over');
  }
}

function tick(state: QuizState, now: number): QuizResult {
  if (state.deadline === null || now < state.deadline) return unchanged(state);
  if (state.phase === 'preview') return done(openAnswering(state, now));
  if (state.phase === 'answering') return done(reveal(state, now));
  return unchanged(state);
}

function end(state: QuizState, now: number): QuizResult {
  if (state.phase === 'podium') return refuse('the game is over');
  if (state.phase === 'preview' || state.phase === 'answering') {
    const question = currentQuestion(state);
    if (question !== undefined) {
      const skipped = { index: state.index, cardId: question.cardId, deckId: question.deckId, skipped: true };
      const result = { ...skipped, counts: question.options.map(() => 0), answered: 0, right: 0, players: activePlayers(state).length };
      return done(podium({ ...state, results: [...state.results, result] }, now));
    }
  }
  return done(podium(state, now));
}

export function applyCommand(state: QuizState, command: QuizCommand, context: QuizContext): QuizResult {
  const { now } = context;
  switch (command.type) {
    case 'join':
      return join(state, command, now);
    case 'leave':
      return removePlayer(state, command.playerId, 'left', now);
    case 'kick':
      return removePlayer(state, command.playerId, 'kicked', now);
    case 'lock':
      if (state.locked === command.locked) return unchanged(state);
      return { ok: true, state: { ...state, locked: command.locked }, events: [{ at: now, type: 'lobby-locked', locked: command.locked }] };
    case 'connection': {
      const player = findActive(state, command.playerId);
      if (player === undefined) return refuse('no such player', 'not-found');
      if (player.connected === command.connected) return unchanged(state);
      const updated = replacePlayer(state, { ...player, connected: command.connected });
      const event = { at: now, type: 'player-connection' as const, playerId: player.id, connected: command.connected };
      return closeIfAllAnswered(updated, now, [event]);
    }
    case 'host-connection':
      if (state.hostConnected === command.connected) return unchanged(state);
      return {
        ok: true,
        state: { ...state, hostConnected: command.connected },
        events: [{ at: now, type: 'host-connection', connected: command.connected }],
      };
    case 'start':
      return start(state, now, context.random ?? cryptoRandom);
    case 'answer':
      return answer(state, command, now);
    case 'extend':
      return extend(state, command, now);
    case 'next':
      return next(state, now);
    case 'skip':
      if (state.phase !== 'preview' && state.phase !== 'answering') return refuse('only an open question can be skipped');
      return done(skip(state, now));
    case 'end':
      return end(state, now);
    case 'tick':
      return tick(state, now);
  }
}
