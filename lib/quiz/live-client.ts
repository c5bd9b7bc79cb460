// The browser's client of the live-game API (protocol.ts, server/README.md): one function per
// route, typed by the protocol, and the two event streams. A refusal is an ApiError carrying the
// status and, for a refused join, its code. EventSource retries a dropped connection by itself with
// Last-Event-ID; when it gives up (an HTTP error, or the server was down when it retried), the
// stream opens a new one with ?lastEventId= so the server replays what was missed.
import { isJoinErrorCode, type JoinErrorCode } from './join-errors';
import type { JoinLinks } from './join-links';
import {
  FINAL_EVENTS,
  HOST_EVENT_NAMES,
  PLAYER_EVENT_NAMES,
  ROUTES,
  routeUrl,
  type AnswerAccepted,
  type AnswerRequest,
  type ChallengeAnswered,
  type ChallengeCreated,
  type ChallengeProgressView,
  type ChallengeQuestionView,
  type CreateChallengeRequest,
  type CreateGameRequest,
  type ErrorBody,
  type GameCreated,
  type GameJoined,
  type GameReport,
  type HostCommand,
  type HostCommandDone,
  type HostEvent,
  type JoinRequest,
  type LeftGame,
  type PlayerMissesReply,
  type PlayerEvent,
  type PlayerSession,
  type WireEvent,
} from './protocol';
import type { AnswerResponse } from './types';

export class ApiError extends Error {
  constructor(
    message: string,
    /** 0 when the server could not be reached at all. */
    readonly status: number,
    /** Why a join was refused (lib/quiz/join-errors.ts); other refusals carry none. */
    readonly code?: JoinErrorCode,
  ) {
    super(message);
  }
}

export const UNREACHABLE = 'The live quiz server cannot be reached (offline, or this copy of the app is served without it).';

async function call<T>(method: 'GET' | 'POST', url: string, token?: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers: {
        ...(method === 'POST' ? { 'Content-Type': 'application/json' } : {}),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      ...(method === 'POST' ? { body: JSON.stringify(body ?? {}) } : {}),
    });
  } catch {
    throw new ApiError(UNREACHABLE, 0);
  }
  // A static host answers /api/… with its 404 page or the app shell, not with our JSON.
  if (!(res.headers.get('content-type') ?? '').includes('application/json')) throw new ApiError(UNREACHABLE, res.status);
  const data = (await res.json()) as unknown;
  if (!res.ok) {
    const refusal = (data ?? {}) as Partial<Record<keyof ErrorBody, unknown>>;
    const message = typeof refusal.error === 'string' ? refusal.error : `request failed (${res.status})`;
    throw new ApiError(message, res.status, isJoinErrorCode(refusal.code) ? refusal.code : undefined);
  }
  return data as T;
}

export const createGame = (body: CreateGameRequest) => call<GameCreated>('POST', ROUTES.createGame, undefined, body);

/** Refused: an ApiError whose `code` says why (game_not_found, nickname_taken, …). */
export const joinGame = (code: string, nickname: string, deviceId?: string) =>
  call<GameJoined>('POST', ROUTES.join, undefined, { code, nickname, ...(deviceId ? { deviceId } : {}) } satisfies JoinRequest);

/** Is this player token still in its game? 401 when the game is gone, 403 when the player was removed. */
export const rejoinGame = (playerToken: string) => call<PlayerSession>('POST', ROUTES.rejoin, playerToken);

/** An answer: an option, a typed command or an order of the options (the question's kind decides). */
export const sendAnswer = (gameId: string, playerToken: string, index: number, response: AnswerResponse) =>
  call<AnswerAccepted>('POST', routeUrl(ROUTES.answer, gameId), playerToken, { index, ...response } satisfies AnswerRequest);

export const createChallenge = (body: CreateChallengeRequest) => call<ChallengeCreated>('POST', ROUTES.createChallenge, undefined, body);

export const fetchChallengeProgress = (gameId: string, playerToken: string) =>
  call<ChallengeProgressView>('GET', routeUrl(ROUTES.challengeProgress, gameId), playerToken);

/** One question of a challenge, without its answer. */
export const fetchChallengeQuestion = (gameId: string, playerToken: string, index: number) =>
  call<ChallengeQuestionView>('GET', routeUrl(ROUTES.challengeQuestion, gameId).replace(':index', String(index)), playerToken);

/** Records a challenge answer; the reply carries its outcome and the right answer. */
export const sendChallengeAnswer = (gameId: string, playerToken: string, index: number, response: AnswerResponse) =>
  call<ChallengeAnswered>('POST', routeUrl(ROUTES.challengeAnswer, gameId), playerToken, { index, ...response } satisfies AnswerRequest);

/** The questions this player missed (their token only; nobody else's). */
export const fetchMisses = (gameId: string, playerToken: string) =>
  call<PlayerMissesReply>('GET', routeUrl(ROUTES.misses, gameId), playerToken);

export const leaveGame = (gameId: string, playerToken: string) => call<LeftGame>('POST', routeUrl(ROUTES.leave, gameId), playerToken);

export const sendHostCommand = (gameId: string, hostToken: string, command: HostCommand) =>
  call<HostCommandDone>('POST', routeUrl(ROUTES.hostCommand, gameId), hostToken, command);

export const fetchReport = (gameId: string, hostToken: string) => call<GameReport>('GET', routeUrl(ROUTES.report, gameId), hostToken);

/** The join addresses, checked against the shared schema (loaded, with zod, only once a lobby asks). */
export async function fetchJoinLinks(gameId: string, hostToken: string): Promise<JoinLinks> {
  const [{ joinLinksSchema }, body] = await Promise.all([
    import('./join-links'),
    call<unknown>('GET', routeUrl(ROUTES.joinLinks, gameId), hostToken),
  ]);
  const parsed = joinLinksSchema.safeParse(body);
  if (!parsed.success) throw new ApiError('the server sent join links this app does not understand', 200);
  return parsed.data;
}

/** The QR code image of the join URL at `origin` (the server's default origin without one). */
export const qrCodeUrl = (gameId: string, origin?: string) => routeUrl(ROUTES.qrCode, gameId, { origin });

export type StreamStatus = 'open' | 'reconnecting' | 'gone';

export interface StreamHandlers<E extends WireEvent> {
  onEvent: (event: E, receivedAt: number) => void;
  onStatus?: (status: StreamStatus) => void;
}

interface StreamOptions<E extends WireEvent> extends StreamHandlers<E> {
  events: readonly E['name'][];
  /** Asked before opening a new stream: false when the game or the token is gone. */
  stillValid: () => Promise<boolean>;
}

const MAX_RETRY_MS = 15_000;
const FINAL: readonly string[] = FINAL_EVENTS;

/** The host token or its game is gone (not a network failure). */
const hostGone = (e: unknown) => e instanceof ApiError && (e.status === 401 || e.status === 404);

/** The host screen's stream; returns the function that closes it. */
export function openHostStream(gameId: string, hostToken: string, handlers: StreamHandlers<HostEvent>): () => void {
  return openStream(routeUrl(ROUTES.hostEvents, gameId, { token: hostToken }), {
    ...handlers,
    events: HOST_EVENT_NAMES,
    stillValid: () =>
      fetchReport(gameId, hostToken).then(
        () => true,
        (e: unknown) => !hostGone(e),
      ),
  });
}

/** A player's stream; returns the function that closes it. */
export function openPlayerStream(gameId: string, playerToken: string, handlers: StreamHandlers<PlayerEvent>): () => void {
  return openStream(routeUrl(ROUTES.playerEvents, gameId, { token: playerToken }), {
    ...handlers,
    events: PLAYER_EVENT_NAMES,
    stillValid: () =>
      rejoinGame(playerToken).then(
        () => true,
        (e: unknown) => !(e instanceof ApiError) || e.status === 0,
      ),
  });
}

function openStream<E extends WireEvent>(url: string, options: StreamOptions<E>): () => void {
  let source: EventSource | null = null;
  let lastId = '';
  let closed = false;
  let delay = 1000;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const stop = () => {
    closed = true;
    clearTimeout(timer);
    source?.close();
  };

  const retry = async () => {
    if (closed) return;
    const valid = await options.stillValid().catch(() => true);
    if (closed) return;
    if (!valid) {
      stop();
      options.onStatus?.('gone');
      return;
    }
    connect();
  };

  const connect = () => {
    const es = new EventSource(lastId ? `${url}${url.includes('?') ? '&' : '?'}lastEventId=${encodeURIComponent(lastId)}` : url);
    source = es;
    for (const name of options.events) {
      es.addEventListener(name, (e) => {
        const message = e as MessageEvent<string>;
        if (message.lastEventId) lastId = message.lastEventId;
        delay = 1000;
        // The one place the wire is trusted: the server builds every event against protocol.ts.
        options.onEvent({ name, data: JSON.parse(message.data) as unknown } as E, Date.now());
        if (FINAL.includes(name)) stop();
      });
    }
    es.onopen = () => options.onStatus?.('open');
    es.onerror = () => {
      if (closed) return;
      options.onStatus?.('reconnecting');
      if (es.readyState !== EventSource.CLOSED) return;
      timer = setTimeout(() => void retry(), delay);
      delay = Math.min(delay * 2, MAX_RETRY_MS);
    };
  };

  connect();
  return stop;
}
