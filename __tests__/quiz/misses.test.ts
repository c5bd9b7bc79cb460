/**
 * @jest-environment node
 */
import {
  applyCommand,
  createQuiz,
  hostSnapshot,
  playerMisses,
  playerSnapshot,
  quizReport,
  seededRandom,
  toQuizCard,
  type QuizCard,
} from '@/lib/quiz';
import { parseBackup } from '@/lib/db/backup-format';

import { cards, Game } from './helpers';

describe('each player’s misses and the device that played', () => {
  it('records every player’s pick per revealed question and lists only their own misses', () => {
    const g = new Game({ questionCount: 3 });
    g.join('ana', 'bo');
    g.startAnswering();
    g.do({ type: 'answer', playerId: 'p-ana', option: g.rightOption() });
    g.do({ type: 'answer', playerId: 'p-bo', option: g.wrongOption() });
    const first = g.state.questions[0]!;
    g.do({ type: 'next' });
    g.do({ type: 'next' });
    g.wait(2000);
    g.do({ type: 'skip' });
    g.wait(2000);
    g.do({ type: 'answer', playerId: 'p-bo', option: g.rightOption() });
    g.wait(10_500);
    const third = g.state.questions[2]!;
    expect(g.player('ana').picks).toEqual({ 0: first.correct, 2: null });
    expect(playerMisses(g.state, 'p-ana')!.map((m) => m.cardId)).toEqual([third.cardId]);
    expect(playerMisses(g.state, 'p-ana')![0]).toMatchObject({ yourOption: null, correct: third.correct, options: third.options });
    expect(playerMisses(g.state, 'p-bo')).toEqual([expect.objectContaining({ cardId: first.cardId, yourOption: (first.correct + 1) % 4 })]);
    expect(playerMisses(g.state, 'p-nobody')).toBeUndefined();
  });

  it('keeps a departed player’s misses and device id for the report', () => {
    const g = new Game();
    g.do({ type: 'join', playerId: 'p-ana', nickname: 'ana', deviceId: 'device-ana-0123456789' });
    g.join('bo');
    g.startAnswering();
    g.do({ type: 'answer', playerId: 'p-ana', option: g.wrongOption() });
    g.wait(10_500);
    g.do({ type: 'leave', playerId: 'p-ana' });
    expect(playerMisses(g.state, 'p-ana')).toHaveLength(1);
    const report = quizReport(g.state);
    expect(report.players.find((p) => p.playerId === 'p-ana')).toMatchObject({
      deviceId: 'device-ana-0123456789',
      picks: { 0: g.wrongOption() },
    });
    expect(report.players.find((p) => p.playerId === 'p-bo')).toMatchObject({ deviceId: null, picks: { 0: null } });
  });
});

describe('typed and order answers in the record: what they earned, not a made-up option', () => {
  const typed = toQuizCard({ id: 'typed-1', deckId: 'ctr', kind: 'typed', prompt: 'List the plugins', accept: ['ctr plugins ls'] })!;
  const order = toQuizCard({
    id: 'order-1',
    deckId: 'cri',
    kind: 'order',
    prompt: 'Order the pod start path',
    steps: [{ text: 'RunPodSandbox' }, { text: 'PullImage' }, { text: 'CreateContainer' }, { text: 'StartContainer' }],
  })!;

  function game(cards: QuizCard[]) {
    const random = seededRandom(5);
    let state = createQuiz(cards, { previewSeconds: 0, secondsPerQuestion: 10, questionCount: cards.length }, { now: 0, random });
    const run = (command: Parameters<typeof applyCommand>[1]) => {
      const r = applyCommand(state, command, { now: 1000, random });
      if (!r.ok) throw new Error(r.error);
      state = r.state;
    };
    return {
      run,
      get state() {
        return state;
      },
    };
  }

  it('records the credit of each answer (1, 0, a share, or null) and no option for typed and order answers', () => {
    const g = game([typed, order]);
    for (const id of ['ana', 'bo', 'cy']) g.run({ type: 'join', playerId: id, nickname: id });
    g.run({ type: 'start' });
    const typedFirst = g.state.questions[0]!.cardId === 'typed-1';
    const answerTyped = () => {
      g.run({ type: 'answer', playerId: 'ana', text: 'ctr plugin list' });
      g.run({ type: 'answer', playerId: 'bo', text: 'ctr ps' });
      g.run({ type: 'next' });
    };
    const answerOrder = () => {
      const right = g.state.questions[g.state.index]!.order!;
      g.run({ type: 'answer', playerId: 'ana', order: [right[1]!, right[0]!, ...right.slice(2)] });
      g.run({ type: 'answer', playerId: 'bo', order: right });
      g.run({ type: 'next' });
    };
    (typedFirst ? answerTyped : answerOrder)();
    g.run({ type: 'next' });
    g.run({ type: 'next' });
    (typedFirst ? answerOrder : answerTyped)();
    const t = typedFirst ? 0 : 1;
    const o = 1 - t;
    const ana = g.state.players.find((p) => p.id === 'ana')!;
    expect(ana.credits).toEqual({ [t]: 1, [o]: expect.closeTo(2 / 3) });
    // No option was picked at either question: nothing stands in for one.
    expect(ana.picks).toBeUndefined();
    const cy = g.state.players.find((p) => p.id === 'cy')!;
    expect(cy.credits).toEqual({ [t]: null, [o]: null });
    expect(cy.picks).toEqual({ [t]: null, [o]: null });
    // A right typed command is no miss; a partly right order is.
    expect(playerMisses(g.state, 'ana')!.map((m) => m.cardId)).toEqual([g.state.questions[o]!.cardId]);
    expect(playerMisses(g.state, 'bo')!.map((m) => m.cardId)).toEqual([g.state.questions[t]!.cardId]);
    expect(playerMisses(g.state, 'cy')).toHaveLength(2);
    expect(quizReport(g.state).players.find((p) => p.playerId === 'ana')).toMatchObject({ picks: {}, credits: { [t]: 1 } });
  });

  it('keeps a report with typed and order answers restorable from a backup (no negative option in it)', () => {
    const g = game([typed]);
    g.run({ type: 'join', playerId: 'ana', nickname: 'ana' });
    g.run({ type: 'start' });
    g.run({ type: 'answer', playerId: 'ana', text: 'ctr ps' });
    const player = quizReport(g.state).players[0]!;
    const row = {
      createdAt: 1,
      mode: 'live',
      decks: ['ctr'],
      players: [{ nickname: 'ana', team: null, score: 0, right: 0, answered: 1, rank: 1, picks: player.picks, credits: player.credits }],
      questions: [{ cardId: 'typed-1', deckId: 'ctr', prompt: 'p', skipped: false, right: 0, players: 1, accuracy: 0, correct: 0 }],
    };
    expect(row.players[0]!.credits).toEqual({ 0: 0 });
    const backup = {
      format: 'containerd-cards-backup',
      version: 1,
      exportedAt: 1,
      bundleVersion: null,
      prefs: null,
      cardStates: [],
      reviewLogs: [],
      quizReports: [row],
    };
    expect(parseBackup(backup)).toMatchObject({ backup: { quizReports: [{ players: [{ credits: { 0: 0 } }] }] } });
    const forged = { ...backup, quizReports: [{ ...row, players: [{ ...row.players[0], credits: { 0: 2 } }] }] };
    expect(parseBackup(forged)).toEqual({
      error: expect.stringMatching(/^This backup is damaged and was not restored: quizReports\[0\]\.players\[0\]\.credits/),
    });
  });
});

describe('the reveal teaches', () => {
  it('shows the explanation and source in snapshots and reveal events only once the question is revealed', () => {
    const teaching = cards(1).map((c) => ({ ...c, explanation: 'Because runc.', source: 'docs/RUNC.md' }));
    const random = seededRandom(3);
    let state = createQuiz(teaching, { previewSeconds: 0, secondsPerQuestion: 10, questionCount: 1 }, { now: 0, random });
    const step = (command: Parameters<typeof applyCommand>[1]) => {
      const r = applyCommand(state, command, { now: 1000, random });
      if (!r.ok) throw new Error(r.error);
      state = r.state;
      return r.events;
    };
    step({ type: 'join', playerId: 'p1', nickname: 'Ana' });
    step({ type: 'join', playerId: 'p2', nickname: 'Bo' });
    const early = [...step({ type: 'start' }), ...step({ type: 'answer', playerId: 'p1', option: 1 })];
    expect(JSON.stringify([playerSnapshot(state, 'p1'), hostSnapshot(state), early])).not.toMatch(/Because|RUNC/);
    // The last answer closes the question: the reveal event and both snapshots carry the teaching.
    const reveal = step({ type: 'answer', playerId: 'p2', option: 0 }).find((e) => e.type === 'reveal');
    expect(reveal).toMatchObject({ explanation: 'Because runc.', source: 'docs/RUNC.md' });
    expect(state.phase).toBe('reveal');
    expect(playerSnapshot(state, 'p1')).toMatchObject({ question: { explanation: 'Because runc.', source: 'docs/RUNC.md' } });
    expect(hostSnapshot(state).question).toMatchObject({ explanation: 'Because runc.', source: 'docs/RUNC.md' });
  });
});
