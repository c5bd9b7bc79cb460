// Starts a real server on 127.0.0.1 with a temp out/ and drives games through the HTTP API.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { FastifyInstance } from 'fastify';

import { buildServer, type ServerOptions } from '@/server/app';

import { choiceCards } from './cards';
import { listenLocal, request, type RawResponse } from './http';

export { choiceCards };

export interface Created {
  gameId: string;
  code: string;
  hostToken: string;
  joinUrl: string;
  qrSvg: string;
  questionCount: number;
}

export interface Joined {
  gameId: string;
  playerId: string;
  playerToken: string;
  nickname: string;
}

export class Harness {
  app!: FastifyInstance;
  base!: string;
  private out = mkdtempSync(path.join(tmpdir(), 'quiz-out-'));

  async start(opts: Partial<ServerOptions> = {}): Promise<this> {
    writeFileSync(path.join(this.out, 'index.html'), '<h1>home</h1>');
    this.app = await buildServer({ outDir: this.out, ...opts });
    this.base = await listenLocal(this.app);
    return this;
  }

  async stop(): Promise<void> {
    await this.app.close();
    rmSync(this.out, { recursive: true, force: true });
  }

  post(url: string, body?: unknown, token?: string, headers: Record<string, string> = {}, from?: string): Promise<RawResponse> {
    return request(this.base, 'POST', url, body, { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers }, from);
  }

  get(url: string, token?: string): Promise<RawResponse> {
    return request(this.base, 'GET', url, undefined, token ? { authorization: `Bearer ${token}` } : {});
  }

  async create(settings: Record<string, unknown> = {}, cards: unknown[] = choiceCards(5)): Promise<Created> {
    const res = await this.post('/api/games', { cards, settings: { previewSeconds: 0, ...settings } });
    if (res.status !== 201) throw new Error(`create failed: ${res.status} ${res.body}`);
    return JSON.parse(res.body) as Created;
  }

  async join(code: string, nickname: string, from?: string): Promise<Joined> {
    const res = await this.post('/api/join', { code, nickname }, undefined, {}, from);
    if (res.status !== 201) throw new Error(`join failed: ${res.status} ${res.body}`);
    return JSON.parse(res.body) as Joined;
  }

  async host(game: Created, type: string, extra: Record<string, unknown> = {}): Promise<RawResponse> {
    return this.post(`/api/games/${game.gameId}/host`, { type, ...extra }, game.hostToken);
  }

  async answer(player: Joined, index: number, option: number): Promise<RawResponse> {
    return this.post(`/api/games/${player.gameId}/answer`, { index, option }, player.playerToken);
  }
}

export const json = (res: RawResponse) => JSON.parse(res.body) as Record<string, unknown>;
