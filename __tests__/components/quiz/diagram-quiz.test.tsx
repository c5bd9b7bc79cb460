// Diagram questions in the quiz screens: a player taps a region, the reveal marks the right one and
// counts each region; a device without the picture still answers by name.
import { act, fireEvent, render, screen, within } from '@testing-library/react';

import { LocalGame } from '@/components/quiz/local/local-game';
import { PlayerGame } from '@/components/quiz/live/player-game';
import { INITIAL_PLAYER_VIEW, playerReducer } from '@/components/quiz/live/player-view';
import type { QuizChoice } from '@/components/quiz/quiz-setup';
import type { QuizReportRow } from '@/lib/db/rows';
import type { QuizCard } from '@/lib/quiz/types';

import { tinyDiagrams } from '../../decks/diagram-fixtures';

const CARD: QuizCard = {
  id: 'tiny-point',
  deckId: 'sample',
  prompt: 'Tap the part that reaps the container processes.',
  choices: ['containerd', 'containerd-shim-runc-v2', 'runc'],
  correct: 1,
  diagram: { id: 'tiny', regions: ['containerd', 'shim', 'runc'] },
};
const CHOICE: QuizChoice = {
  decks: ['sample'],
  questionCount: 1,
  secondsPerQuestion: 20,
  scoring: 'accuracy',
  streakBonus: false,
  teamCount: 0,
  previewSeconds: 3,
  timer: true,
  reducedMotion: false,
  challengeHours: 24,
};

beforeAll(() => {
  global.fetch = jest.fn(async () => ({ ok: true, status: 200, json: async () => ({ diagrams: tinyDiagrams() }) }) as Response);
});

const region = (svg: HTMLElement, id: string) => svg.querySelector(`[data-region="${id}"]`)!;

describe('a diagram question in pass and play', () => {
  it('lets each player tap a region, then marks the right region and counts each one', async () => {
    render(
      <LocalGame
        mode="pass-and-play"
        cards={[CARD]}
        choice={CHOICE}
        onSave={jest.fn<Promise<void>, [QuizReportRow]>(async () => {})}
        onExit={jest.fn()}
      />,
    );
    for (const name of ['Dee', 'Eve']) {
      fireEvent.change(screen.getByLabelText('Player name'), { target: { value: name } });
      fireEvent.click(screen.getByRole('button', { name: 'Add player' }));
    }
    fireEvent.click(screen.getByRole('button', { name: 'Start the quiz (1 question)' }));

    fireEvent.click(screen.getByRole('button', { name: 'I’m Dee: show the question' }));
    const picture = await screen.findByRole('group', { name: 'A tiny stack: tap your answer' });
    // Only the options are buttons; the host group is drawn, dimmed, and cannot be tapped.
    expect(
      within(picture)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['containerd', 'containerd-shim-runc-v2', 'runc']);
    expect(region(picture, 'host').getAttribute('class')).toContain('dim');
    fireEvent.click(within(picture).getByRole('button', { name: 'containerd-shim-runc-v2' }));

    fireEvent.click(screen.getByRole('button', { name: 'I’m Eve: show the question' }));
    fireEvent.click(
      within(await screen.findByRole('group', { name: 'A tiny stack: tap your answer' })).getByRole('button', { name: 'runc' }),
    );

    expect(screen.getByText('1 of 2 right.')).toBeInTheDocument();
    const reveal = await screen.findByRole('img', { name: 'A tiny stack' });
    expect(region(reveal, 'shim').getAttribute('class')).toContain('right');
    expect(region(reveal, 'shim')).toHaveTextContent('1');
    expect(region(reveal, 'runc')).toHaveTextContent('1');
    expect(region(reveal, 'containerd')).toHaveTextContent('0');
    expect(screen.getByText('✓ right answer')).toBeInTheDocument();
  });
});

describe('a diagram question on a player’s phone', () => {
  const open = playerReducer(
    INITIAL_PLAYER_VIEW,
    {
      name: 'question-open',
      data: {
        at: 1000,
        index: 0,
        total: 1,
        deckId: 'sample',
        kind: 'choice',
        prompt: CARD.prompt,
        options: CARD.choices,
        diagram: CARD.diagram,
        endsAt: 21_000,
      },
    },
    1000,
  );

  it('reads the picture from the event and answers by tapping a region', async () => {
    expect(open.question?.diagram).toEqual(CARD.diagram);
    const onAnswer = jest.fn();
    render(<PlayerGame view={open} nickname="Ana" onAnswer={onAnswer} />);
    fireEvent.click(
      within(await screen.findByRole('group', { name: 'A tiny stack: tap your answer' })).getByRole('button', { name: 'runc' }),
    );
    expect(onAnswer).toHaveBeenCalledWith({ option: 2 });
  });

  it('marks the answer wrong and the right region at the reveal', async () => {
    const locked = playerReducer(open, { name: 'answer-locked', data: { at: 2000, index: 0, option: 2 } }, 2000);
    const revealed = playerReducer(
      locked,
      {
        name: 'reveal',
        data: {
          at: 3000,
          index: 0,
          kind: 'choice',
          correct: 1,
          counts: [0, 0, 1],
          answered: 1,
          right: 0,
          you: { option: 2, correct: false, points: 0, score: 0, rank: 1, streak: 0 },
        },
      },
      3000,
    );
    render(<PlayerGame view={revealed} nickname="Ana" onAnswer={jest.fn()} />);
    const picture = await screen.findByRole('img', { name: 'A tiny stack' });
    expect(region(picture, 'runc').getAttribute('class')).toContain('wrong');
    expect(region(picture, 'shim').getAttribute('class')).toContain('right');
    expect(screen.getByText(/Wrong this time/)).toBeInTheDocument();
  });

  it('falls back to the options by name when this device has no such picture', async () => {
    const other = playerReducer(
      INITIAL_PLAYER_VIEW,
      {
        name: 'question-open',
        data: {
          at: 0,
          index: 0,
          total: 1,
          deckId: 'sample',
          kind: 'choice',
          prompt: 'p',
          options: ['a', 'b'],
          diagram: { id: 'unknown-picture', regions: ['x', 'y'] },
          endsAt: 20_000,
        },
      },
      0,
    );
    const onAnswer = jest.fn();
    render(<PlayerGame view={other} nickname="Ana" onAnswer={onAnswer} />);
    const answers = screen.getByRole('group', { name: 'Answers' });
    fireEvent.click(within(answers).getAllByRole('button')[1]!);
    expect(onAnswer).toHaveBeenCalledWith({ option: 1 });
    // The picture file loads and has no such diagram: still nothing is drawn.
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(document.querySelector('svg[data-diagram]')).toBeNull();
  });
});
