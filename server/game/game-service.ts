// The live-game use cases: create, join, rejoin, host commands, answers. Every change goes
// through the engine inside one atomic store update.
import { applyCommand, createQuiz, quizReport, toQuizCard, type QuizCard, type QuizCommand, type QuizResult } from '@/lib/quiz';

import { HttpError, engineStatus } from './http-error';
import type { GameServiceOptions } from './options';
import { RateLimiter } from './rate-limit';
import type { CreateGameBody, HostCommandBody } from './schemas';
import type { GameRecord, GameStore, UpdateResult } from './store';
import { hashToken, newGameId, newJoinCode, newPlayerId, newToken, sameHash, TOKEN_PATTERN } from './tokens';

const CODE_ATTEMPTS = 20;

export interface CreatedGame {
  gameId: string;
  code: string;
  hostToken: string;
  questionCount: number;
  expiresAt: number;
}

export interface PlayerSession {
  gameId: string;
  playerId: string;
  nickname: string;
  team: number | null;
}

export class GameService {
  private joinPerIp: RateLimiter;
  private joinPerCode: RateLimiter;
  private createPerIp: RateLimiter;

  constructor(
    readonly store: GameStore,
    readonly options: GameServiceOptions,
  ) {
    this.joinPerIp = new RateLimiter(options.joinPerIp);
    this.joinPerCode = new RateLimiter(options.joinPerCode);
    this.createPerIp = new RateLimiter(options.createPerIp);
  }

  async createGame(body: CreateGameBody, ip: string): Promise<CreatedGame> {
    const now = this.options.now();
    if (!this.createPerIp.attempt(ip, now)) throw new HttpError(429, 'too many games created; wait a minute');
    const wanted = body.decks === undefined ? undefined : new Set(body.decks);
    const cards = body.cards
      .map((c) => toQuizCard(c))
      .filter((c): c is QuizCard => c !== undefined && (wanted === undefined || wanted.has(c.deckId)));
    if (cards.length === 0) throw new HttpError(400, 'no playable multiple-choice cards in the chosen decks');
    const quiz = createQuiz(
      cards,
      { ...body.settings, graceMs: this.options.graceMs, maxPlayers: body.settings?.maxPlayers ?? this.options.maxPlayersPerGame },
      { now, ...(this.options.random ? { random: this.options.random } : {}) },
    );
    const gameId = newGameId();
    const code = await this.reserveCode(gameId);
    const hostToken = newToken();
    const record: GameRecord = {
      id: gameId,
      code,
      hostTokenHash: hashToken(hostToken),
      quiz,
      seq: 0,
      createdAt: now,
      expiresAt: now + this.options.gameTtlMs,
    };
    await this.store.create(record);
    return { gameId, code, hostToken, questionCount: quiz.questions.length, expiresAt: record.expiresAt };
  }

  private async reserveCode(gameId: string): Promise<string> {
    for (let i = 0; i < CODE_ATTEMPTS; i++) {
      const code = newJoinCode();
      if (await this.store.reserveCode(code, gameId, this.options.gameTtlMs)) return code;
    }
    throw new HttpError(503, 'no free join code; try again');
  }

  async join(code: string, nickname: string, ip: string): Promise<PlayerSession & { playerToken: string }> {
    const now = this.options.now();
    if (!this.joinPerIp.attempt(ip, now)) throw new HttpError(429, 'too many join attempts from this address; wait a minute');
    if (!this.joinPerCode.attempt(code, now)) throw new HttpError(429, 'too many join attempts for this code; wait a minute');
    const gameId = await this.store.gameIdForCode(code);
    if (gameId === undefined) throw new HttpError(404, 'no game with this code');
    const playerId = newPlayerId();
    const result = await this.apply(gameId, { type: 'join', playerId, nickname }, now);
    const player = result.record.quiz.players.find((p) => p.id === playerId);
    if (player === undefined) throw new HttpError(500, 'join lost');
    const playerToken = newToken();
    await this.store.bindToken(hashToken(playerToken), { gameId, playerId }, Math.max(1, result.record.expiresAt - now));
    return { gameId, playerId, playerToken, nickname: player.nickname, team: player.team };
  }

  /** Finds a player by token alone; a removed player or an expired game is refused. */
  async rejoin(token: string): Promise<PlayerSession> {
    const binding = TOKEN_PATTERN.test(token) ? await this.store.lookupToken(hashToken(token)) : undefined;
    if (binding === undefined) throw new HttpError(401, 'unknown or expired player token');
    const record = await this.store.get(binding.gameId);
    const player = record?.quiz.players.find((p) => p.id === binding.playerId);
    if (record === undefined || player === undefined) throw new HttpError(404, 'the game is over');
    if (player.status !== 'active') throw new HttpError(403, player.status === 'kicked' ? 'you were removed from this game' : 'you left this game');
    return { gameId: record.id, playerId: player.id, nickname: player.nickname, team: player.team };
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
        : body.type === 'lock' || body.type === 'unlock'
          ? { type: 'lock', locked: body.type === 'lock' }
          : { type: body.type };
    return (await this.apply(gameId, command)).record;
  }

  async answer(gameId: string, token: string | undefined, index: number, option: number) {
    const now = this.options.now();
    const playerId = await this.authenticatePlayer(gameId, token);
    await this.apply(gameId, { type: 'answer', playerId, option, index }, now);
    return { accepted: true, index, option };
  }

  async leave(gameId: string, token: string | undefined): Promise<void> {
    const playerId = await this.authenticatePlayer(gameId, token);
    await this.apply(gameId, { type: 'leave', playerId });
  }

  async report(gameId: string, token: string | undefined) {
    const record = await this.authenticateHost(gameId, token);
    return { gameId, code: record.code, createdAt: record.createdAt, ...quizReport(record.quiz) };
  }

  /** Runs one engine command atomically; refusals become 4xx HttpErrors. */
  async apply(gameId: string, command: QuizCommand, now = this.options.now()): Promise<UpdateResult<QuizResult>> {
    const random = this.options.random;
    const result = await this.store.update(gameId, (record) => {
      const out = applyCommand(record.quiz, command, { now, ...(random ? { random } : {}) });
      if (!out.ok || (out.state === record.quiz && out.events.length === 0)) return { value: out };
      const expiresAt = out.state.phase === 'podium' ? Math.min(record.expiresAt, now + this.options.finishedTtlMs) : record.expiresAt;
      return { record: { ...record, quiz: out.state, expiresAt }, events: out.events, value: out };
    });
    if (result === undefined) throw new HttpError(404, 'no such game');
    if (!result.value.ok) throw new HttpError(engineStatus(result.value.status), result.value.error);
    return result;
  }
}
