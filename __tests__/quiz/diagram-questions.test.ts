/**
 * @jest-environment node
 */
import {
  applyCommand,
  buildQuestions,
  createQuiz,
  eventForPlayer,
  hostSnapshot,
  MAX_OPTIONS,
  playerSnapshot,
  seededRandom,
  toQuizCard,
  type CompiledQuizCard,
} from '@/lib/quiz';

const regions = Array.from({ length: 12 }, (_, i) => ({ id: `r${i}`, name: `Region ${i}` }));

const pointCard = (target = 'r5'): CompiledQuizCard => ({
  id: 'pic-1',
  deckId: 'pictures',
  kind: 'diagram',
  prompt: 'Tap the part that reaps the processes.',
  answer: 'The shim.',
  source: 'containerd/containerd/docs/historical/design/lifecycle.md',
  diagram: { id: 'pod-start', hash: 'h', interaction: 'point', regions: [target], names: [`Region ${target.slice(1)}`], options: regions },
});

describe('diagram questions', () => {
  it('turn a point card into a question of up to eight regions, the right one among them', () => {
    for (let seed = 0; seed < 20; seed++) {
      const card = toQuizCard(pointCard(), seededRandom(seed))!;
      expect(card.choices).toHaveLength(MAX_OPTIONS);
      expect(card.diagram?.id).toBe('pod-start');
      expect(card.choices[card.correct]).toBe('Region 5');
      expect(card.diagram?.regions[card.correct]).toBe('r5');
      // Each option's name is its region's name.
      card.diagram!.regions.forEach((id, i) => expect(card.choices[i]).toBe(`Region ${id.slice(1)}`));
    }
    // The other options are drawn at random, not the same every game.
    const sets = new Set(
      Array.from({ length: 20 }, (_, s) => toQuizCard(pointCard(), seededRandom(s))!.diagram!.regions.slice(1).sort().join()),
    );
    expect(sets.size).toBeGreaterThan(5);
  });

  it('keep every region when a picture has eight or fewer', () => {
    const small = { ...pointCard('r1'), diagram: { ...pointCard('r1').diagram!, options: regions.slice(0, 4) } };
    expect(toQuizCard(small, seededRandom(1))?.diagram?.regions.sort()).toEqual(['r0', 'r1', 'r2', 'r3']);
  });

  it('refuse hide cards, a target that is not an option, and regions that do not match the choices', () => {
    const hide = { ...pointCard(), diagram: { ...pointCard().diagram!, interaction: 'hide' as const } };
    expect(toQuizCard(hide)).toBeUndefined();
    expect(toQuizCard(pointCard('r99'))).toBeUndefined();
    expect(
      toQuizCard({
        id: 'x',
        deckId: 'd',
        prompt: 'p',
        choices: ['a', 'b', 'c'],
        correct: 0,
        diagram: { id: 'pic', regions: ['r1', 'r2'] },
      }),
    ).toBeUndefined();
  });

  it('shuffle regions together with their options', () => {
    const card = toQuizCard(pointCard(), seededRandom(3))!;
    const [q] = buildQuestions([card], 1, seededRandom(9));
    expect(q.options[q.correct]).toBe('Region 5');
    expect(q.diagram!.regions[q.correct]).toBe('r5');
    q.diagram!.regions.forEach((id, i) => expect(q.options[i]).toBe(`Region ${id.slice(1)}`));
  });

  it('show players the picture and its regions with the options, and nothing of the answer', () => {
    const card = toQuizCard(pointCard(), seededRandom(3))!;
    let state = createQuiz([card], { questionCount: 1, previewSeconds: 2, secondsPerQuestion: 20 }, { now: 0, random: seededRandom(1) });
    const run = (command: Parameters<typeof applyCommand>[1], now: number) => {
      const r = applyCommand(state, command, { now });
      if (!r.ok) throw new Error(r.error);
      state = r.state;
      return r.events;
    };
    run({ type: 'join', playerId: 'p1', nickname: 'Ana' }, 1);
    const preview = run({ type: 'start' }, 2);
    expect(JSON.stringify(preview.map((e) => eventForPlayer(e, 'p1')))).not.toContain('pod-start');
    const open = run({ type: 'tick' }, 2_100).find((e) => e.type === 'question-open')!;
    const seen = eventForPlayer(open, 'p1')!;
    const question = state.questions[0]!;
    expect(seen.data).toMatchObject({ options: question.options, diagram: { id: 'pod-start', regions: question.diagram!.regions } });
    expect(JSON.stringify([seen, playerSnapshot(state, 'p1'), hostSnapshot(state)])).not.toMatch(/correct/);
    const snapshot = playerSnapshot(state, 'p1');
    expect(snapshot.phase !== 'removed' && snapshot.question).toMatchObject({ diagram: question.diagram });
  });
});
