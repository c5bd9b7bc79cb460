// What each audience may see. Players never get the right option or anyone else's answer
// before the reveal; the host screen (often on a projector) gets no answers early either.
import { challengeProgressForHost } from './challenge';
import { answerKey, currentQuestion, expectedAnswers, extraMsOf } from './flow';
import { kindOf } from './grading';
import { teachingOf } from './protocol';
import { LEADERBOARD_SIZE, activePlayers, rankOf, standings, teamStandings } from './standings';
import type {
  HostEvent,
  HostSnapshot,
  PlayerEvent,
  PlayerSnapshot,
  PublicStanding,
  QuestionState,
  RevealCounts,
  ScoreAndRank,
} from './protocol';
import type { QuizEvent, QuizState, Standing } from './types';

/** A player's snapshot before the server adds the game's id and event number. */
export type PlayerSnapshotData = PlayerSnapshot extends infer S ? (S extends unknown ? Omit<S, 'gameId' | 'seq'> : never) : never;

const publicStanding = (s: Standing): PublicStanding => ({ nickname: s.nickname, team: s.team, score: s.score, rank: s.rank });

/** Engine events that go out as they are: the tag names the wire event, the rest is its data. */
type AsIs<E extends QuizEvent> = E extends QuizEvent ? { name: E['type']; data: Omit<E, 'type'> } : never;

function asIs<E extends QuizEvent>(event: E): AsIs<E> {
  const { type, ...data } = event;
  // Distributes over the union E: each tag keeps its own data (the caller's return type checks it).
  return { name: type, data } as AsIs<E>;
}

export function eventForHost(event: QuizEvent): HostEvent | null {
  switch (event.type) {
    case 'answer-received':
      return { name: 'answer-count', data: { at: event.at, index: event.index, answered: event.answered, expected: event.expected } };
    case 'reveal':
      return { name: 'reveal', data: revealCounts(event) };
    case 'leaderboard':
      return {
        name: 'leaderboard',
        data: {
          at: event.at,
          index: event.index,
          total: event.total,
          top: event.standings.slice(0, LEADERBOARD_SIZE),
          players: event.standings.length,
          teams: event.teams,
        },
      };
    default:
      return asIs(event);
  }
}

function revealCounts(event: Extract<QuizEvent, { type: 'reveal' }>): RevealCounts {
  const { at, index, kind, correct, accept, order, typed, counts, answered, right } = event;
  return {
    at,
    index,
    kind,
    correct,
    ...(accept === undefined ? {} : { accept }),
    ...(order === undefined ? {} : { order }),
    ...(typed === undefined ? {} : { typed }),
    counts,
    answered,
    right,
    ...teachingOf(event),
  };
}

export function eventForPlayer(event: QuizEvent, playerId: string): PlayerEvent | null {
  switch (event.type) {
    case 'player-joined':
      return event.playerId === playerId
        ? { name: 'joined', data: { at: event.at, playerId, nickname: event.nickname, team: event.team } }
        : null;
    case 'player-left':
      return event.playerId === playerId ? { name: 'removed', data: { at: event.at, reason: event.reason } } : null;
    case 'player-connection':
    case 'lobby-locked':
    case 'challenge-answer':
      return null;
    case 'time-extended':
      return event.playerId === playerId ? { name: 'time-extended', data: { at: event.at, seconds: event.seconds } } : null;
    case 'host-connection':
      return { name: 'host-connection', data: { at: event.at, connected: event.connected } };
    case 'game-started':
      return {
        name: 'game-started',
        data: {
          at: event.at,
          total: event.total,
          team: event.teams?.[playerId] ?? null,
          timer: event.timer,
          reducedMotion: event.reducedMotion,
        },
      };
    case 'answer-received': {
      if (event.playerId !== playerId) return null;
      const { at, index, option, text, order } = event;
      return {
        name: 'answer-locked',
        data: { at, index, option, ...(text === undefined ? {} : { text }), ...(order === undefined ? {} : { order }) },
      };
    }
    case 'question-open': {
      // Each player sees their own end of answering (extra time granted); the map stays on the server.
      const { extraMs, ...data } = asIs(event).data;
      const extra = extraMs?.[playerId] ?? 0;
      return { name: 'question-open', data: { ...data, endsAt: data.endsAt === null ? null : data.endsAt + extra } };
    }
    case 'reveal':
      return { name: 'reveal', data: { ...revealCounts(event), you: event.results[playerId] ?? null } };
    case 'leaderboard':
      return {
        name: 'leaderboard',
        data: {
          at: event.at,
          index: event.index,
          total: event.total,
          top: event.standings.slice(0, LEADERBOARD_SIZE).map(publicStanding),
          you: youIn(event.standings, playerId),
          teams: event.teams,
        },
      };
    case 'podium':
      return {
        name: 'podium',
        data: {
          at: event.at,
          top: event.standings.slice(0, LEADERBOARD_SIZE).map(publicStanding),
          you: youIn(event.standings, playerId),
          teams: event.teams,
        },
      };
    default:
      return asIs(event);
  }
}

function youIn(list: Standing[], playerId: string): ScoreAndRank | null {
  const own = list.find((s) => s.playerId === playerId);
  return own === undefined ? null : { score: own.score, rank: own.rank };
}

/** The current question as an audience may see it in this phase (`extraMs`: the player's extra time). */
function questionView(state: QuizState, extraMs = 0): QuestionState | null {
  const question = currentQuestion(state);
  if (question === undefined || state.phase === 'lobby' || state.phase === 'podium') return null;
  const revealed = state.phase === 'reveal' || state.phase === 'leaderboard';
  const result = revealed ? state.results.at(-1) : undefined;
  return {
    index: state.index,
    total: state.questions.length,
    deckId: question.deckId,
    prompt: question.prompt,
    kind: kindOf(question),
    options: state.phase === 'preview' ? null : question.options,
    ...(question.diagram && state.phase !== 'preview' ? { diagram: question.diagram } : {}),
    endsAt:
      state.phase === 'preview'
        ? state.deadline
        : state.phase === 'answering' && state.answeringEndsAt !== null
          ? state.answeringEndsAt + extraMs
          : null,
    ...(result !== undefined && !result.skipped
      ? {
          ...answerKey(question),
          counts: result.counts,
          ...(result.typed === undefined ? {} : { typed: result.typed }),
          answered: result.answered,
          right: result.right,
          ...teachingOf(question),
        }
      : {}),
  };
}

export function hostSnapshot(state: QuizState): Omit<HostSnapshot, 'gameId' | 'code' | 'seq'> {
  const list = standings(state);
  return {
    phase: state.phase,
    locked: state.locked,
    settings: state.settings,
    total: state.questions.length,
    question: questionView(state),
    answered: state.phase === 'answering' ? Object.keys(state.answers).length : null,
    expected: state.phase === 'answering' ? expectedAnswers(state) : null,
    players: activePlayers(state).map((p) => ({
      playerId: p.id,
      nickname: p.nickname,
      team: p.team,
      connected: p.connected,
      score: p.score,
      rank: rankOf(list, p.id),
      extraSeconds: state.extraSeconds?.[p.id] ?? 0,
    })),
    top: list.slice(0, LEADERBOARD_SIZE),
    standings: state.phase === 'podium' ? list : null,
    teams: teamStandings(state),
    challenge: state.challenge === undefined ? null : { deadline: state.challenge.deadline, progress: challengeProgressForHost(state) },
  };
}

export function playerSnapshot(state: QuizState, playerId: string): PlayerSnapshotData {
  const player = state.players.find((p) => p.id === playerId);
  if (player === undefined || player.status !== 'active') {
    const departed = state.departed.find((p) => p.id === playerId);
    return { phase: 'removed' as const, reason: departed?.status ?? 'left' };
  }
  const list = standings(state);
  const answer = state.phase === 'answering' ? state.answers[playerId] : undefined;
  const showLast = state.phase === 'reveal' || state.phase === 'leaderboard' || state.phase === 'podium';
  return {
    phase: state.phase,
    hostConnected: state.hostConnected,
    total: state.questions.length,
    question: questionView(state, extraMsOf(state, playerId)),
    yourAnswer: answer === undefined ? null : answer.option,
    yourText: answer?.text ?? null,
    yourOrder: answer?.order ?? null,
    timer: state.settings.timer !== false,
    reducedMotion: state.settings.reducedMotion === true,
    last: showLast ? player.last : null,
    you: { playerId, nickname: player.nickname, team: player.team, score: player.score, rank: rankOf(list, playerId) },
    top: state.phase === 'leaderboard' || state.phase === 'podium' ? list.slice(0, LEADERBOARD_SIZE).map(publicStanding) : null,
    teams: teamStandings(state),
  };
}
