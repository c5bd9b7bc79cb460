// The live-game use cases: create, join, rejoin, host commands, answers, and challenges. Every change goes
// through the engine inside one atomic store update; limits and the game budget are checked here.
import {
  CHALLENGE_MAX_MS,
  CHALLENGE_MIN_MS,
  applyCommand,
  asChallenge,
  challengeAnswer,
  challengeAnswerEvent,
  challengeQuestion,
  challengeView,
  createQuiz,
  playerMisses,
  quizReport,
  toQuizCard,
  type AnswerAccepted,
  type ChallengeAnswerResult,
  type GameCreated,
  type GameJoined,
  type GameReport,
  type PlayerMissesReply,
  type PlayerSession,
  type QuizCard,
  type QuizCommand,
  type QuizResult,
  type QuizState,
  type AnswerResponse,
} from '@/lib/quiz';

import { challengeBytes, gameBytes, requestBytes, type GameBudget } from './budget';
import { HttpError, engineStatus } from './http-error';
import { JoinGuard } from './join-guard';
import type { GameServiceOptions } from './options';
import { retryAfterSeconds, type RateStore } from './rate-limit';
import { LIMITS, type AnswerBody, type CreateGameBody, type HostCommandBody } from '@/lib/quiz/requests';
import { holdThroughOutage, isStoreUnavailable } from './store-errors';
import type { GameRecord, GameStore, UpdateResult } from './store';
import { hashToken, newGameId, newJoinCode, newPlayerId, newToken, sameHash, TOKEN_PATTERN } from './tokens';

const CODE_ATTEMPTS = 20;

/** What *create* answers before the route adds the join URL and its QR code. */
export type CreatedGame = Omit<GameCreated, 'joinUrl' | 'qrSvg'>;

const modeOf = (quiz: QuizState) =>
  quiz.challenge === undefined
    ? { mode: 'live' as const, deadline: null }
    : { mode: 'challenge' as const, deadline: quiz.challenge.deadline };

export interface ServiceLimits {
  rates: RateStore;
  budget: GameBudget;
}

const fullMessage = (reason: 'games' | 'bytes') =>
  reason === 'games'
    ? 'this server is running as many games as it can; try again in a few minutes'
    : 'this server has no room for another game right now; try again in a few minutes';

export class GameService {
  private joins: JoinGuard;

  constructor(
    readonly store: GameStore,
    readonly options: GameServiceOptions,
    readonly limits: ServiceLimits,
  ) {
    this.joins = new JoinGuard(limits.rates, options);
  }

  /**
   * Checked before a create request's body is read: the address's rate, and room in the budget
   * for a game as big as the request (budget.ts, requestBytes).
   */
  async admitCreate(ip: string, contentLength: number | undefined): Promise<void> {
    const now = this.options.now();
    const rule = this.options.createPerIp;
    if ((await this.limits.rates.hit(`create:${ip}`, rule, now)) > rule.limit) {
      throw new HttpError(429, 'too many games created; wait a minute', { retryAfter: retryAfterSeconds(rule) });
    }
    const room = await this.limits.budget.check(requestBytes(contentLength, LIMITS.createBodyBytes), now);
    if (!room.ok) throw new HttpError(503, fullMessage(room.reason), { retryAfter: Math.ceil(room.retryAfterMs / 1000) });
  }

  /**
   * A challenge: the same game, played alone by each player until `deadline`. It lives until the deadline
   * plus finishedTtlMs (the host's time to read the report); then the store drops it (Redis: key TTL).
   */
  async createChallenge(body: CreateGameBody, deadline: number): Promise<CreatedGame> {
    const now = this.options.now();
    if (!Number.isFinite(deadline) || deadline < now + CHALLENGE_MIN_MS) throw new HttpError(400, 'deadline: at least 5 minutes from now');
    if (deadline > now + CHALLENGE_MAX_MS) throw new HttpError(400, 'deadline: at most 14 days from now');
    return this.createGame(body, deadline);
  }

  async createGame(body: CreateGameBody, deadline?: number): Promise<CreatedGame> {
    const now = this.options.now();
    const wanted = body.decks === undefined ? undefined : new Set(body.decks);
    const cards = body.cards
      .map((c) => toQuizCard(c))
      .filter((c): c is QuizCard => c !== undefined && (wanted === undefined || wanted.has(c.deckId)));
    if (cards.length === 0) throw new HttpError(400, 'no playable cards in the chosen decks');
    const created = createQuiz(
      cards,
      { ...body.settings, graceMs: this.options.graceMs, maxPlayers: body.settings?.maxPlayers ?? this.options.maxPlayersPerGame },
      { now, ...(this.options.random ? { random: this.options.random } : {}) },
    );
    const quiz = deadline === undefined ? created : asChallenge(created, deadline);
    const gameId = newGameId();
    const hostToken = newToken();
    // Until someone joins, the game lives only lobbyTtlMs; the first join extends it. A challenge lives
    // until its deadline and the report window after it.
    const lobbyTtl =
      deadline === undefined ? Math.min(this.options.lobbyTtlMs, this.options.gameTtlMs) : deadline + this.options.finishedTtlMs - now;
    const record: GameRecord = {
      id: gameId,
      code: '',
      hostTokenHash: hashToken(hostToken),
      quiz,
      seq: 0,
      createdAt: now,
      expiresAt: now + lobbyTtl,
    };
    const bytes = deadline === undefined ? gameBytes(record) : challengeBytes(record);
    const admitted = await this.limits.budget.admit(gameId, bytes, record.expiresAt, now);
    if (!admitted.ok) throw new HttpError(503, fullMessage(admitted.reason), { retryAfter: Math.ceil(admitted.retryAfterMs / 1000) });
    try {
      record.code = await this.reserveCode(gameId, Math.max(this.options.gameTtlMs, record.expiresAt - now));
      await this.store.create(record);
    } catch (error) {
      await this.limits.budget.release(gameId).catch(() => undefined);
      throw error;
    }
    return {
      gameId,
      code: record.code,
      hostToken,
      questionCount: quiz.questions.length,
      expiresAt: record.expiresAt,
      ...(deadline === undefined ? {} : { deadline }),
    };
  }

  private async reserveCode(gameId: string, ttlMs: number): Promise<string> {
    for (let i = 0; i < CODE_ATTEMPTS; i++) {
      const code = newJoinCode();
      if (await this.store.reserveCode(code, gameId, ttlMs)) return code;
    }
    throw new HttpError(503, 'no free join code; try again', { retryAfter: 1 });
  }

  /** A refused join is charged to the address that sent it (join-guard.ts), never to the game. */
  async join(code: string, nickname: string, ip: string, deviceId?: string): Promise<GameJoined> {
    const now = this.options.now();
    await this.joins.admit(ip, now);
    try {
      const gameId = await this.store.gameIdForCode(code);
      if (gameId === undefined) throw new HttpError(404, 'no game with this code');
      const playerId = newPlayerId();
      const result = await this.apply(
        gameId,
        { type: 'join', playerId, nickname, ...(deviceId === undefined ? {} : { deviceId }) },
        now,
      ).catch((error: unknown) => {
        throw error instanceof HttpError && error.statusCode === 404 ? new HttpError(404, 'no game with this code') : error;
      });
      const player = result.record.quiz.players.find((p) => p.id === playerId);
      if (player === undefined) throw new HttpError(500, 'join lost');
      const playerToken = newToken();
      await this.store.bindToken(hashToken(playerToken), { gameId, playerId }, Math.max(1, result.record.expiresAt - now));
      return { gameId, playerId, playerToken, nickname: player.nickname, team: player.team, ...modeOf(result.record.quiz) };
    } catch (error) {
      if (error instanceof HttpError && error.statusCode >= 400 && error.statusCode < 500) await this.joins.failed(ip, now);
      throw error;
    }
  }

  /** Finds a player by token alone; a removed player or an expired game is refused. */
  async rejoin(token: string | undefined): Promise<PlayerSession> {
    const binding = token !== undefined && TOKEN_PATTERN.test(token) ? await this.store.lookupToken(hashToken(token)) : undefined;
    if (binding === undefined) throw new HttpError(401, 'unknown or expired player token');
    const record = await this.store.get(binding.gameId);
    if (record === undefined) throw new HttpError(404, 'the game is over');
    const player = record.quiz.players.find((p) => p.id === binding.playerId);
    if (player === undefined) {
      const departed = record.quiz.departed.find((p) => p.id === binding.playerId);
      throw new HttpError(403, departed?.status === 'kicked' ? 'you were removed from this game' : 'you left this game');
    }
    return { gameId: record.id, playerId: player.id, nickname: player.nickname, team: player.team, ...modeOf(record.quiz) };
  }

  async authenticatePlayer(gameId: string, token: string | undefined): Promise<string> {
    const binding = token !== undefined && TOKEN_PATTERN.test(token) ? await this.store.lookupToken(hashToken(token)) : undefined;
    if (binding === undefined || binding.gameId !== gameId) throw new HttpError(401, 'bad player token');
    return binding.playerId;
  }

  async authenticateHost(gameId: string, token: string | undefined): Promise<GameRecord> {
    const record = await this.store.get(gameId);
    if (record === undefined) throw new HttpError(404, 'no such game');
    if (token === undefined || !TOKEN_PATTERN.test(token) || !sameHash(hashToken(token), record.hostTokenHash)) {
      throw new HttpError(401, 'bad host token');
    }
    return record;
  }

  async hostCommand(gameId: string, token: string | undefined, body: HostCommandBody): Promise<GameRecord> {
    await this.authenticateHost(gameId, token);
    const command: QuizCommand =
      body.type === 'kick'
        ? { type: 'kick', playerId: body.playerId }
        : body.type === 'extend'
          ? { type: 'extend', playerId: body.playerId, seconds: body.seconds }
          : body.type === 'lock' || body.type === 'unlock'
            ? { type: 'lock', locked: body.type === 'lock' }
            : { type: body.type };
    return (await this.apply(gameId, command)).record;
  }

  /**
   * Records an answer as of `receivedAt`, when the request arrived: that time decides whether it
   * was on time and how fast it was. While the store is unreachable the answer is held (up to
   * answerHoldMs) and retried, so an answer sent before the deadline counts once the store is back.
   */
  async answer(gameId: string, token: string | undefined, body: AnswerBody, receivedAt = this.options.now()): Promise<AnswerAccepted> {
    const { index, ...response } = body;
    let interrupted = false;
    const attempt = async (): Promise<AnswerAccepted> => {
      try {
        const playerId = await this.authenticatePlayer(gameId, token);
        try {
          await this.apply(gameId, { type: 'answer', playerId, index, ...response }, receivedAt);
        } catch (error) {
          // A write that timed out may still have reached the store: it counts once, not twice.
          if (!(
            interrupted &&
            error instanceof HttpError &&
            error.statusCode === 409 &&
            (await this.answerCounted(gameId, playerId, index, response))
          ))
            throw error;
        }
        return { accepted: true, index, ...response };
      } catch (error) {
        if (isStoreUnavailable(error)) interrupted = true;
        throw error;
      }
    };
    return holdThroughOutage(attempt, this.options.answerHoldMs, this.options.now);
  }

  private async answerCounted(gameId: string, playerId: string, index: number, response: AnswerResponse): Promise<boolean> {
    const quiz = (await this.store.get(gameId))?.quiz;
    if (quiz === undefined || quiz.index !== index) return false;
    const revealed = quiz.phase === 'reveal' || quiz.phase === 'leaderboard';
    const recorded =
      quiz.phase === 'answering' ? quiz.answers[playerId] : revealed ? quiz.players.find((p) => p.id === playerId)?.last : undefined;
    if (recorded === undefined || recorded === null) return false;
    if ('option' in response) return recorded.option === response.option;
    if ('text' in response) return recorded.text === response.text.trim();
    return recorded.order?.join() === response.order.join();
  }

  private async challengeRecord(gameId: string, token: string | undefined) {
    const playerId = await this.authenticatePlayer(gameId, token);
    const record = await this.store.get(gameId);
    if (record === undefined) throw new HttpError(404, 'the challenge is over');
    if (record.quiz.challenge === undefined) throw new HttpError(409, 'this game is not a challenge');
    if (!record.quiz.players.some((p) => p.id === playerId)) throw new HttpError(403, 'you left this challenge');
    return { playerId, record };
  }

  /** Where a challenge player stands: the deadline, the next question, their answers so far. */
  async challengeProgress(gameId: string, token: string | undefined) {
    const { playerId, record } = await this.challengeRecord(gameId, token);
    return challengeView(record.quiz, playerId);
  }

  /** One question of a challenge, without its answer (a phone fetches them one at a time, then may go offline). */
  async challengeQuestion(gameId: string, token: string | undefined, index: number) {
    const { record } = await this.challengeRecord(gameId, token);
    const question = challengeQuestion(record.quiz, index);
    if (question === undefined) throw new HttpError(404, 'no such question');
    return question;
  }

  /**
   * Records a challenge answer as of `receivedAt` and returns its outcome with the right answer (the
   * answer is stored first). An answer sent again (an offline queue) returns the recorded outcome.
   */
  async challengeAnswer(gameId: string, token: string | undefined, body: AnswerBody, receivedAt = this.options.now()) {
    const { index, ...response } = body;
    const attempt = async () => {
      const playerId = await this.authenticatePlayer(gameId, token);
      const result = await this.store.update(gameId, (record) => {
        const out: ChallengeAnswerResult =
          record.quiz.challenge === undefined
            ? { ok: false, error: 'this game is not a challenge', status: 'conflict' }
            : challengeAnswer(record.quiz, playerId, index, response, receivedAt);
        if (!out.ok || out.repeated) return { value: out };
        return { record: { ...record, quiz: out.state }, events: [challengeAnswerEvent(out, receivedAt)], value: out };
      });
      if (result === undefined) throw new HttpError(404, 'the challenge is over');
      if (!result.value.ok) throw new HttpError(engineStatus(result.value.status), result.value.error);
      return { accepted: true as const, repeated: result.value.repeated, ...result.value.outcome };
    };
    return holdThroughOutage(attempt, this.options.answerHoldMs, this.options.now);
  }

  async leave(gameId: string, token: string | undefined): Promise<void> {
    const playerId = await this.authenticatePlayer(gameId, token);
    await this.apply(gameId, { type: 'leave', playerId });
  }

  async report(gameId: string, token: string | undefined): Promise<GameReport> {
    const record = await this.authenticateHost(gameId, token);
    return { gameId, code: record.code, createdAt: record.createdAt, ...quizReport(record.quiz) };
  }

  /**
   * The questions one player missed, for their own study: authorised by that player's token (a
   * player who left or was kicked may still take theirs), and about that player only.
   */
  async misses(gameId: string, token: string | undefined): Promise<PlayerMissesReply> {
    const playerId = await this.authenticatePlayer(gameId, token);
    const record = await this.store.get(gameId);
    if (record === undefined) throw new HttpError(404, 'the game is over');
    const questions = playerMisses(record.quiz, playerId);
    if (questions === undefined) throw new HttpError(404, 'no such player in this game');
    return { questions };
  }

  /** Runs one engine command atomically; refusals become 4xx HttpErrors. */
  async apply(gameId: string, command: QuizCommand, now = this.options.now()): Promise<UpdateResult<QuizResult>> {
    const { random, finishedTtlMs, gameTtlMs } = this.options;
    let movedExpiry: number | undefined;
    const result = await this.store.update(gameId, (record) => {
      const out = applyCommand(record.quiz, command, { now, ...(random ? { random } : {}) });
      if (!out.ok || (out.state === record.quiz && out.events.length === 0)) return { value: out };
      // A lobby someone joined lives the full game time; a finished game only finishedTtlMs more.
      const full = record.createdAt + gameTtlMs;
      const expiresAt =
        out.state.phase === 'podium'
          ? Math.min(record.expiresAt, now + finishedTtlMs)
          : out.state.challenge === undefined && out.state.players.length > 0 && record.expiresAt < full
            ? full
            : record.expiresAt;
      movedExpiry = expiresAt === record.expiresAt ? undefined : expiresAt;
      return { record: { ...record, quiz: out.state, expiresAt }, events: out.events, value: out };
    });
    if (result === undefined) throw new HttpError(404, 'no such game');
    if (movedExpiry !== undefined) await this.limits.budget.setExpiry(gameId, movedExpiry).catch(() => undefined);
    if (!result.value.ok) throw new HttpError(engineStatus(result.value.status), result.value.error);
    return result;
  }
}
