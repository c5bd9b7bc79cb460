/**
 * @jest-environment node
 */
import { buildQuestions, cryptoRandom, seededRandom, shuffle, toQuizCard } from '@/lib/quiz';

import { cards } from './helpers';

describe('questions', () => {
  it('adapts a compiled choice card', () => {
    const card = toQuizCard({
      id: 'runc-default',
      deckId: 'runc',
      kind: 'choice',
      prompt: 'Default runtime?',
      answer: 'runc',
      choices: [
        { text: 'crun', correct: false },
        { text: 'runc', correct: true },
        { text: 'runsc', correct: false },
      ],
      source: 'containerd/containerd/docs/RUNC.md',
    });
    expect(card).toEqual({
      id: 'runc-default',
      deckId: 'runc',
      prompt: 'Default runtime?',
      choices: ['crun', 'runc', 'runsc'],
      correct: 1,
      source: 'containerd/containerd/docs/RUNC.md',
      explanation: 'runc',
    });
  });

  it('rejects unusable cards', () => {
    const base = { id: 'x', deckId: 'd', kind: 'choice' as const, prompt: 'p' };
    expect(
      toQuizCard({
        ...base,
        choices: [
          { text: 'a', correct: true },
          { text: 'b', correct: true },
        ],
      }),
    ).toBeUndefined();
    expect(
      toQuizCard({
        ...base,
        choices: [
          { text: 'a', correct: false },
          { text: 'b', correct: false },
        ],
      }),
    ).toBeUndefined();
    expect(
      toQuizCard({
        ...base,
        choices: [
          { text: 'a', correct: true },
          { text: 'a', correct: false },
        ],
      }),
    ).toBeUndefined();
    expect(toQuizCard({ id: 'x', deckId: 'd', prompt: 'p', choices: ['a', 'b'], correct: 2 })).toBeUndefined();
  });

  it('shuffles options and keeps the right answer pointing at the same text', () => {
    const questions = buildQuestions(cards(20), 20, seededRandom(1));
    expect(questions).toHaveLength(20);
    for (const q of questions) expect(q.options[q.correct]).toMatch(/^right /);
    expect(new Set(questions.map((q) => q.correct)).size).toBeGreaterThan(1);
    expect(questions.map((q) => q.cardId)).not.toEqual(cards(20).map((c) => c.id));
  });

  it('drops duplicate card ids', () => {
    expect(buildQuestions([...cards(3), ...cards(3)], 10, seededRandom(1))).toHaveLength(3);
  });

  it('draws uniformly from the CSPRNG', () => {
    const counts = [0, 0, 0];
    for (let i = 0; i < 3000; i++) counts[cryptoRandom(3)]! += 1;
    for (const c of counts) expect(c).toBeGreaterThan(850);
    expect(() => cryptoRandom(0)).toThrow(RangeError);
    expect(shuffle([1, 2, 3, 4], cryptoRandom).sort()).toEqual([1, 2, 3, 4]);
  });
});
