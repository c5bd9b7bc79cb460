// Multiple-choice cards in the deck compiler's shape; the right option's text starts with "Option R".
export function choiceCards(n: number, deckId = 'runc') {
  return Array.from({ length: n }, (_, i) => ({
    id: `${deckId}-card-${i}`,
    deckId,
    kind: 'choice' as const,
    prompt: `Which one is right in question ${i}?`,
    answer: `Option R${i}`,
    choices: [
      { text: `Option R${i}`, correct: true },
      { text: `Option W${i}a`, correct: false },
      { text: `Option W${i}b`, correct: false },
      { text: `Option W${i}c`, correct: false },
    ],
    source: 'containerd/containerd/docs/RUNC.md',
  }));
}
