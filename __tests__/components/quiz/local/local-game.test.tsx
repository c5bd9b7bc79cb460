// Pass-and-play and projector mode on one device: the shared engine, no server, no network.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';

import { LocalGame } from '@/components/quiz/local/local-game';
import type { QuizChoice } from '@/components/quiz/quiz-setup';
import type { QuizReportRow } from '@/lib/db/rows';
import type { QuizCard } from '@/lib/quiz/types';

const CARDS: QuizCard[] = [
  {
    id: 'q-runc',
    deckId: 'runc',
    prompt: 'Which program creates the container processes?',
    choices: ['runc', 'ctr', 'dockerd', 'kubelet'],
    correct: 0,
  },
  {
    id: 'q-shim',
    deckId: 'runc',
    prompt: 'Which binary is the runc shim?',
    choices: ['containerd-shim-runc-v2', 'runc-shim', 'shimd', 'crun'],
    correct: 0,
  },
];
const RIGHT: Record<string, string> = { [CARDS[0]!.prompt]: 'runc', [CARDS[1]!.prompt]: 'containerd-shim-runc-v2' };

const CHOICE: QuizChoice = {
  decks: ['runc'],
  questionCount: 2,
  secondsPerQuestion: 20,
  scoring: 'speed',
  streakBonus: false,
  teamCount: 0,
  previewSeconds: 3,
  timer: true,
  reducedMotion: false,
  challengeHours: 24,
};

function setup(mode: 'pass-and-play' | 'projector', choice: Partial<QuizChoice> = {}) {
  const onSave = jest.fn<Promise<void>, [QuizReportRow]>(async () => {});
  const onExit = jest.fn();
  render(<LocalGame mode={mode} cards={CARDS} choice={{ ...CHOICE, ...choice }} onSave={onSave} onExit={onExit} />);
  return { onSave, onExit };
}

function addPlayers(...names: string[]) {
  for (const name of names) {
    fireEvent.change(screen.getByLabelText('Player name'), { target: { value: name } });
    fireEvent.click(screen.getByRole('button', { name: 'Add player' }));
  }
}

const prompt = () => screen.getByRole('heading', { level: 2 }).textContent ?? '';

function answer(name: string, right: boolean) {
  expect(screen.getByRole('heading', { name: `Pass the device to ${name}` })).toBeInTheDocument();
  // Between turns, neither the options nor the last player's choice are on screen.
  expect(screen.queryByRole('group')).not.toBeInTheDocument();
  expect(screen.queryByText('runc')).not.toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: `I’m ${name}: show the question` }));
  const group = screen.getByRole('group', { name: `${name}, choose an answer` });
  const options = within(group).getAllByRole('button');
  expect(options).toHaveLength(4);
  const rightText = RIGHT[prompt()]!;
  // Each button starts with its letter badge (A, B, …), hidden from its accessible name.
  const pick = options.find((o) => (o.textContent?.slice(1) === rightText) === right)!;
  fireEvent.click(pick);
}

describe('pass and play', () => {
  it('hands the device round, hides the question between turns, scores, ranks and saves the report', async () => {
    const { onSave, onExit } = setup('pass-and-play');
    expect(screen.getByRole('button', { name: /Start the quiz/ })).toBeDisabled();
    addPlayers('Dee', 'Eve');
    expect(within(screen.getByRole('list', { name: 'Players' })).getAllByRole('listitem')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Start the quiz (2 questions)' }));

    answer('Dee', true);
    answer('Eve', false);
    // Everyone has had a turn: the question closes by itself and the reveal shows who got it.
    expect(screen.getByText('1 of 2 right.')).toBeInTheDocument();
    const results = screen.getByRole('list', { name: 'Results' });
    expect(within(results).getByText(/Dee \+1000/)).toBeInTheDocument();
    expect(within(results).getByText(/Eve/)).toHaveTextContent('✗ Eve wrong');
    expect(screen.getByText('✓ right answer')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Leaderboard' }));
    const top = within(screen.getByRole('list', { name: 'Top five' })).getAllByRole('listitem');
    expect(top.map((li) => li.textContent)).toEqual(['1.Dee1000 points', '2.Eve0 points']);
    fireEvent.click(screen.getByRole('button', { name: 'Next question' }));

    answer('Dee', true);
    answer('Eve', true);
    fireEvent.click(screen.getByRole('button', { name: 'Leaderboard' }));
    fireEvent.click(screen.getByRole('button', { name: 'Podium' }));

    expect(screen.getByRole('heading', { name: 'Podium' })).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Final standings' })).getAllByRole('listitem')).toHaveLength(2);
    await screen.findByText('Report saved on this device.');
    expect(onSave).toHaveBeenCalledTimes(1);
    const report = onSave.mock.calls[0]![0];
    expect(report).toMatchObject({ mode: 'pass-and-play', decks: ['runc'] });
    expect(report.players.map((p) => [p.nickname, p.score, p.rank])).toEqual([
      ['Dee', 2000, 1],
      ['Eve', 1000, 2],
    ]);
    expect(report.questions.map((q) => q.accuracy).sort()).toEqual([0.5, 1]);
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(onExit).toHaveBeenCalled();
  });

  it('refuses a nickname already taken and lets the host remove a player', () => {
    setup('pass-and-play');
    addPlayers('Dee', 'dee');
    expect(screen.getByRole('alert')).toHaveTextContent(/taken/);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Dee' }));
    expect(screen.getByText('No players yet.')).toBeInTheDocument();
  });

  it('splits players into teams and ranks the teams', () => {
    setup('pass-and-play', { questionCount: 1, teamCount: 2 });
    addPlayers('Dee', 'Eve');
    fireEvent.click(screen.getByRole('button', { name: /Start the quiz/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Close the question now' }));
    fireEvent.click(screen.getByRole('button', { name: 'Leaderboard' }));
    expect(within(screen.getByRole('list', { name: 'Teams' })).getAllByRole('listitem')).toHaveLength(2);
  });
});

describe('projector mode', () => {
  it('shows the question, reveals the answer on demand, and scores the players the host marks', async () => {
    const { onSave } = setup('projector', { questionCount: 1 });
    addPlayers('Ana', 'Bo', 'Cy');
    fireEvent.click(screen.getByRole('button', { name: /Start the quiz/ }));
    expect(within(screen.getByRole('list', { name: 'Options' })).getAllByRole('listitem')).toHaveLength(4);
    expect(screen.queryByText('✓ right answer')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ana' })).not.toBeInTheDocument();
    // The room sees the chosen time run down; only the host's reveal closes the question.
    expect(screen.getByRole('timer')).toHaveAccessibleName('20 seconds left');

    fireEvent.click(screen.getByRole('button', { name: 'Reveal the answer' }));
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    expect(screen.getByText('✓ right answer').closest('li')).toHaveTextContent(RIGHT[prompt()]!);
    const ana = screen.getByRole('button', { name: 'Ana' });
    fireEvent.click(ana);
    expect(screen.getByRole('button', { name: '✓ Ana' })).toHaveAttribute('aria-pressed', 'true');
    fireEvent.click(screen.getByRole('button', { name: 'Cy' }));
    fireEvent.click(screen.getByRole('button', { name: 'Score this question (2 right)' }));

    expect(screen.getByText('2 of 3 right.')).toBeInTheDocument();
    // Only the right option was tapped: no per-option counts that would claim nobody chose the others.
    expect(screen.queryByText('chose this', { exact: false })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Leaderboard' }));
    fireEvent.click(screen.getByRole('button', { name: 'Podium' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    const report = onSave.mock.calls[0]![0];
    expect(report.mode).toBe('projector');
    expect(report.players.find((p) => p.nickname === 'Bo')).toMatchObject({ score: 0, right: 0 });
    expect(report.players.find((p) => p.nickname === 'Ana')).toMatchObject({ score: 1000, right: 1, rank: 1 });
    expect(within(screen.getByRole('list', { name: 'Podium' })).getAllByRole('listitem')).toHaveLength(3);
  });
});
