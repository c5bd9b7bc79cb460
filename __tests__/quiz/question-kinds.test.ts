// Typed-command, true/false and order-the-steps questions: built from compiled cards, graded, scored,
// revealed (typed answers grouped), and kept from players until the reveal.
import {
  applyCommand,
  buildQuestions,
  createQuiz,
  eventForHost,
  eventForPlayer,
  hostSnapshot,
  orderCredit,
  playerSnapshot,
  seededRandom,
  toQuizCard,
  type QuizCard,
  type QuizCommand,
  type QuizEvent,
  type QuizState,
} from '@/lib/quiz';

const typed: QuizCard = toQuizCard({
  id: 'typed-1',
  deckId: 'ctr',
  kind: 'typed',
  prompt: 'Type the ctr command that lists the plugins',
  accept: ['ctr plugins list', 'ctr plugin ls'],
})!;
const truefalse = (truth: boolean): QuizCard =>
  toQuizCard({ id: `tf-${truth}`, deckId: 'ctr', kind: 'truefalse', prompt: 'containerd runs pods by itself', truth })!;
const order: QuizCard = toQuizCard({
  id: 'order-1',
  deckId: 'cri',
  kind: 'order',
  prompt: 'Order the pod start path',
  steps: [{ text: 'RunPodSandbox' }, { text: 'PullImage' }, { text: 'CreateContainer' }, { text: 'StartContainer' }, { text: 'Running' }],
})!;

function play(cards: QuizCard[], settings = {}) {
  let state: QuizState = createQuiz(
    cards,
    { previewSeconds: 0, secondsPerQuestion: 10, questionCount: cards.length, ...settings },
    {
      now: 0,
      random: seededRandom(7),
    },
  );
  const events: QuizEvent[] = [];
  const run = (command: QuizCommand, now: number) => {
    const result = applyCommand(state, command, { now, random: seededRandom(7) });
    if (!result.ok) throw new Error(result.error);
    state = result.state;
    events.push(...result.events);
    return result.events;
  };
  const refused = (command: QuizCommand, now: number) => {
    const result = applyCommand(state, command, { now });
    return result.ok ? 'accepted' : result.error;
  };
  return {
    run,
    refused,
    events,
    get state() {
      return state;
    },
  };
}

describe('building questions of the new kinds', () => {
  it('turns typed, true/false and order cards into quiz cards, and refuses unusable ones', () => {
    expect(typed).toMatchObject({ kind: 'typed', choices: [], correct: -1, accept: ['ctr plugins list', 'ctr plugin ls'] });
    expect(truefalse(true)).toMatchObject({ kind: 'truefalse', choices: ['True', 'False'], correct: 0 });
    expect(truefalse(false).correct).toBe(1);
    expect(order).toMatchObject({ kind: 'order', choices: ['RunPodSandbox', 'PullImage', 'CreateContainer', 'StartContainer', 'Running'] });
    expect(toQuizCard({ id: 'x', deckId: 'd', kind: 'typed', prompt: 'p', accept: ['  '] })).toBeUndefined();
    expect(toQuizCard({ id: 'x', deckId: 'd', kind: 'truefalse', prompt: 'p' })).toBeUndefined();
    expect(toQuizCard({ id: 'x', deckId: 'd', kind: 'order', prompt: 'p', steps: [{ text: 'one' }] })).toBeUndefined();
    expect(toQuizCard({ id: 'x', deckId: 'd', kind: 'order', prompt: 'p', steps: [{ text: 'a' }, { text: 'a' }] })).toBeUndefined();
  });

  it('keeps True before False, and never opens an order question already solved', () => {
    for (let seed = 1; seed < 40; seed++) {
      const [ord, tf] = buildQuestions([truefalse(false), order], 2, seededRandom(seed)).sort((a, b) => a.cardId.localeCompare(b.cardId));
      expect(tf).toMatchObject({ options: ['True', 'False'], correct: 1 });
      expect(ord!.order!.every((v, i) => v === i)).toBe(false);
      expect(ord!.order!.map((i) => ord!.options[i])).toEqual(order.choices);
    }
  });
});

describe('orderCredit (Kendall tau, clamped at 0)', () => {
  it('gives 1 for the right order, 0.8 for one swap of neighbours in five, 0 for reversed', () => {
    expect(orderCredit([0, 1, 2, 3, 4], [0, 1, 2, 3, 4])).toBe(1);
    expect(orderCredit([1, 0, 2, 3, 4], [0, 1, 2, 3, 4])).toBeCloseTo(0.8);
    expect(orderCredit([4, 3, 2, 1, 0], [0, 1, 2, 3, 4])).toBe(0);
    expect(orderCredit([4, 0, 1, 2, 3], [0, 1, 2, 3, 4])).toBeCloseTo(0.2);
  });
});

describe('answering the new kinds', () => {
  it('grades typed commands after normalising, and reveals the answers given grouped', () => {
    const g = play([typed], { scoring: 'accuracy' });
    for (const name of ['ana', 'bo', 'cy', 'di']) g.run({ type: 'join', playerId: name, nickname: name }, 1);
    g.run({ type: 'start' }, 2);
    expect(g.refused({ type: 'answer', playerId: 'ana', option: 0 }, 3)).toBe('this question takes a typed answer');
    expect(g.refused({ type: 'answer', playerId: 'ana', text: '   ' }, 3)).toBe('type an answer');
    expect(g.refused({ type: 'answer', playerId: 'ana', text: 'x'.repeat(301) }, 3)).toMatch(/at most 300/);
    g.run({ type: 'answer', playerId: 'ana', text: 'ctr plugin ls' }, 3);
    g.run({ type: 'answer', playerId: 'bo', text: "sudo ctr  'plugins'  list" }, 4);
    g.run({ type: 'answer', playerId: 'cy', text: 'ctr plugins ls -d' }, 5);
    const reveal = g.run({ type: 'answer', playerId: 'di', text: 'ctr plugin list -d' }, 6).find((e) => e.type === 'reveal')!;
    expect(reveal).toMatchObject({
      kind: 'typed',
      accept: ['ctr plugins list', 'ctr plugin ls'],
      right: 2,
      typed: [
        { text: 'ctr plugins list', count: 2, right: true },
        { text: 'ctr plugins list -d', count: 2, right: false },
      ],
    });
    expect(g.state.players.map((p) => [p.id, p.score, p.last?.text])).toEqual([
      ['ana', 1000, 'ctr plugin ls'],
      ['bo', 1000, "sudo ctr  'plugins'  list"],
      ['cy', 0, 'ctr plugins ls -d'],
      ['di', 0, 'ctr plugin list -d'],
    ]);
  });

  it('scores true/false like a choice between two options', () => {
    const g = play([truefalse(false)], { scoring: 'accuracy' });
    g.run({ type: 'join', playerId: 'ana', nickname: 'ana' }, 1);
    g.run({ type: 'join', playerId: 'bo', nickname: 'bo' }, 1);
    g.run({ type: 'start' }, 2);
    expect(g.refused({ type: 'answer', playerId: 'ana', option: 2 }, 3)).toBe('no such option');
    g.run({ type: 'answer', playerId: 'ana', option: 1 }, 3);
    const reveal = g.run({ type: 'answer', playerId: 'bo', option: 0 }, 4).find((e) => e.type === 'reveal')!;
    expect(reveal).toMatchObject({ kind: 'truefalse', correct: 1, counts: [1, 1], right: 1 });
  });

  it('gives full points for the right order, a share for a partly right one, and counts steps placed right', () => {
    const g = play([order], { scoring: 'accuracy', streakBonus: true });
    for (const name of ['ana', 'bo', 'cy']) g.run({ type: 'join', playerId: name, nickname: name }, 1);
    g.run({ type: 'start' }, 2);
    const right = g.state.questions[0]!.order!;
    expect(g.refused({ type: 'answer', playerId: 'ana', order: [0, 1, 2] }, 3)).toBe('the order must name every step once');
    expect(g.refused({ type: 'answer', playerId: 'ana', order: [0, 0, 1, 2, 3] }, 3)).toBe('the order must name every step once');
    expect(g.refused({ type: 'answer', playerId: 'ana', option: 1 }, 3)).toBe('this question takes an order of the steps');
    g.run({ type: 'answer', playerId: 'ana', order: right }, 3);
    const swapped = [right[1]!, right[0]!, ...right.slice(2)];
    g.run({ type: 'answer', playerId: 'bo', order: swapped }, 4);
    const reveal = g.run({ type: 'answer', playerId: 'cy', order: [...right].reverse() }, 5).find((e) => e.type === 'reveal')!;
    expect(reveal).toMatchObject({ kind: 'order', order: right, right: 1, answered: 3 });
    if (reveal.type !== 'reveal') throw new Error('no reveal');
    // Placed right: everyone's middle step (reversed five keeps the middle), ana's all, bo's last three.
    expect(right.map((option) => reveal.counts[option])).toEqual([1, 1, 3, 2, 2]);
    expect(g.state.players.map((p) => [p.id, p.score, p.last?.correct, p.last?.credit])).toEqual([
      ['ana', 1000, true, 1],
      ['bo', 800, false, expect.closeTo(0.8)],
      ['cy', 0, false, 0],
    ]);
    expect(g.state.players.map((p) => p.streak)).toEqual([1, 0, 0]);
  });

  it('sends no accepted answer or right order to anyone before the reveal, and each player only their own answer', () => {
    const g = play([typed, order], {});
    g.run({ type: 'join', playerId: 'ana', nickname: 'ana' }, 1);
    g.run({ type: 'join', playerId: 'bo', nickname: 'bo' }, 1);
    const before: unknown[] = [];
    let opened = g.run({ type: 'start' }, 2);
    for (let i = 0; i < 2; i++) {
      const question = g.state.questions[g.state.index]!;
      const answer = question.kind === 'typed' ? { text: 'crictl ps' } : { order: question.options.map((_, k) => k) };
      const events = [...opened, ...g.run({ type: 'answer', playerId: 'ana', ...answer }, 3 + i * 100)];
      before.push(...events.flatMap((e) => [eventForHost(e), eventForPlayer(e, 'ana'), eventForPlayer(e, 'bo')]));
      before.push(hostSnapshot(g.state), playerSnapshot(g.state, 'ana'), playerSnapshot(g.state, 'bo'));
      const bo = events.flatMap((e) => eventForPlayer(e, 'bo') ?? []);
      expect(JSON.stringify(bo)).not.toMatch(/crictl|"order":/);
      g.run({ type: 'next' }, 50 + i * 100);
      g.run({ type: 'next' }, 60 + i * 100);
      opened = g.run({ type: 'next' }, 70 + i * 100);
    }
    const wire = JSON.stringify(before);
    expect(wire).not.toContain('ctr plugins list');
    expect(wire).not.toContain('"accept"');
    expect(wire).not.toMatch(/"order":\[\d,\d,\d,\d,\d\],"answered"|"correct"/);
  });
});
