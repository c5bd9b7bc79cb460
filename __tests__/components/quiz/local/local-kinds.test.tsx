// Typed-command, true/false and order-the-steps questions on one device: in pass-and-play each player
// types or orders on the device in hand (an order partly right earns part of the points); in projector
// mode the room answers aloud and the host marks who was right (an order all or nothing).
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';

import { LocalGame } from '@/components/quiz/local/local-game';
import type { QuizChoice } from '@/components/quiz/quiz-setup';
import type { QuizReportRow } from '@/lib/db/rows';
import type { QuizCard } from '@/lib/quiz/types';

const TYPED: QuizCard = {
  id: 'ctr-plugins',
  deckId: 'ctr',
  kind: 'typed',
  prompt: 'Type the ctr command that lists the plugins.',
  choices: [],
  correct: -1,
  accept: ['ctr plugins ls', 'ctr plugin list'],
};
const TRUE_FALSE: QuizCard = {
  id: 'runc-forks',
  deckId: 'ctr',
  kind: 'truefalse',
  prompt: 'containerd forks and execs each container itself.',
  choices: ['True', 'False'],
  correct: 1,
};
const STEPS = ['RunPodSandbox', 'PullImage', 'CreateContainer', 'StartContainer'];
const ORDER: QuizCard = { id: 'pod-start', deckId: 'cri', kind: 'order', prompt: 'Order the pod start path.', choices: STEPS, correct: -1 };

const CHOICE: QuizChoice = {
  decks: ['ctr'],
  questionCount: 1,
  secondsPerQuestion: 20,
  scoring: 'speed',
  streakBonus: false,
  teamCount: 0,
  previewSeconds: 3,
  timer: true,
  reducedMotion: false,
  challengeHours: 24,
};

function setup(mode: 'pass-and-play' | 'projector', card: QuizCard, ...names: string[]) {
  const onSave = jest.fn<Promise<void>, [QuizReportRow]>(async () => {});
  render(<LocalGame mode={mode} cards={[card]} choice={CHOICE} onSave={onSave} onExit={jest.fn()} />);
  for (const name of names) {
    fireEvent.change(screen.getByLabelText('Player name'), { target: { value: name } });
    fireEvent.click(screen.getByRole('button', { name: 'Add player' }));
  }
  fireEvent.click(screen.getByRole('button', { name: /Start the quiz/ }));
  return onSave;
}

const takeTurn = (name: string) => fireEvent.click(screen.getByRole('button', { name: `I’m ${name}: show the question` }));

function type(name: string, text: string) {
  takeTurn(name);
  fireEvent.change(screen.getByLabelText('Your command'), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Submit answer' }));
}

const shownSteps = () =>
  within(screen.getByRole('region', { name: 'Steps to put in order' }))
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.prose')?.textContent ?? '');

/** Moves steps with the Move up buttons until they read `target` (a bubble sort by taps). */
function orderAs(target: string[]) {
  for (let pass = 0; pass < target.length; pass++) {
    const now = shownSteps();
    for (let i = 1; i < now.length; i++) {
      const current = shownSteps();
      if (target.indexOf(current[i]!) < target.indexOf(current[i - 1]!)) {
        fireEvent.click(screen.getByRole('button', { name: `Move “${current[i]}” up` }));
      }
    }
  }
  expect(shownSteps()).toEqual(target);
  fireEvent.click(screen.getByRole('button', { name: 'Submit order' }));
}

describe('pass and play with every kind of question', () => {
  it('lets each player type a command: normalised, scored, and the answers given shown grouped', async () => {
    const onSave = setup('pass-and-play', TYPED, 'Dee', 'Eve', 'Fay');
    type('Dee', 'ctr plugin ls');
    // The next player's turn starts on an empty field: nothing of Dee's answer is left on screen.
    takeTurn('Eve');
    expect(screen.getByLabelText('Your command')).toHaveValue('');
    fireEvent.change(screen.getByLabelText('Your command'), { target: { value: 'ctr   plugins  list' } });
    fireEvent.click(screen.getByRole('button', { name: 'Submit answer' }));
    type('Fay', 'ctr ps');

    expect(screen.getByText('2 of 3 right.')).toBeInTheDocument();
    expect(screen.getByText('ctr plugins ls', { selector: 'code' })).toBeInTheDocument();
    const given = within(screen.getByRole('list', { name: 'Answers given' })).getAllByRole('listitem');
    expect(given.map((li) => li.textContent)).toEqual(['✓ctr plugins list right2 typed this', '✗ctr ps wrong1 typed this']);
    const results = screen.getByRole('list', { name: 'Results' });
    expect(within(results).getByText(/Fay/)).toHaveTextContent('✗ Fay wrong');
    fireEvent.click(screen.getByRole('button', { name: 'Leaderboard' }));
    fireEvent.click(screen.getByRole('button', { name: 'Podium' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]![0].players.map((p) => [p.nickname, p.score])).toEqual([
      ['Dee', 1000],
      ['Eve', 1000],
      ['Fay', 0],
    ]);
  });

  it('lets each player order the steps, with part of the points for a partly right order', () => {
    setup('pass-and-play', ORDER, 'Dee', 'Eve');
    takeTurn('Dee');
    orderAs(STEPS);
    takeTurn('Eve');
    // One neighbouring swap of four steps: Kendall tau keeps (5 − 1) ÷ 6 of the points.
    orderAs(['PullImage', 'RunPodSandbox', 'CreateContainer', 'StartContainer']);

    expect(screen.getByText('1 of 2 right.')).toBeInTheDocument();
    const right = within(screen.getByRole('list', { name: 'The right order' })).getAllByRole('listitem');
    expect(right.map((li) => li.textContent)).toEqual([
      'RunPodSandbox1 put it here',
      'PullImage1 put it here',
      'CreateContainer2 put it here',
      'StartContainer2 put it here',
    ]);
    const results = screen.getByRole('list', { name: 'Results' });
    expect(within(results).getByText(/Dee/)).toHaveTextContent('✓ Dee +1000 right');
    expect(within(results).getByText(/Eve/)).toHaveTextContent('~ Eve +667 partly right');
  });

  it('plays a true/false question with two big options', () => {
    setup('pass-and-play', TRUE_FALSE, 'Dee');
    takeTurn('Dee');
    const options = within(screen.getByRole('group', { name: 'Dee, choose an answer' })).getAllByRole('button');
    expect(options.map((o) => o.textContent)).toEqual(['ATrue', 'BFalse']);
    fireEvent.click(options[1]!);
    expect(screen.getByText('1 of 1 right.')).toBeInTheDocument();
    expect(screen.getByText('✓ right answer').closest('li')).toHaveTextContent('False');
  });
});

describe('projector mode with typed and order questions', () => {
  it('has the room say the command, reveals the accepted forms, and scores those the host marks', async () => {
    const onSave = setup('projector', TYPED, 'Ana', 'Bo');
    expect(screen.getByText(/Say or write down the command/)).toBeInTheDocument();
    expect(screen.queryByText('ctr plugins ls')).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Reveal the answer' }));
    expect(screen.getByText('ctr plugins ls', { selector: 'code' })).toBeInTheDocument();
    expect(screen.getByText('ctr plugin list', { selector: 'code' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Ana' }));
    fireEvent.click(screen.getByRole('button', { name: 'Score this question (1 right)' }));
    expect(screen.getByText('1 of 2 right.')).toBeInTheDocument();
    // Nobody's typing was recorded: no list of answers that would claim only the right form was given.
    expect(screen.queryByRole('list', { name: 'Answers given' })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Leaderboard' }));
    fireEvent.click(screen.getByRole('button', { name: 'Podium' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]![0].players.find((p) => p.nickname === 'Ana')).toMatchObject({ score: 1000, right: 1 });
  });

  it('shows the steps shuffled with letters, says orders count all or nothing, then the right order', () => {
    setup('projector', ORDER, 'Ana', 'Bo');
    const shown = within(screen.getByRole('list', { name: 'Steps, shuffled' })).getAllByRole('listitem');
    expect(shown.map((li) => li.textContent?.slice(1)).sort()).toEqual([...STEPS].sort());
    expect(screen.getByText(/an order counts only with every step in place/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Reveal the answer' }));
    const right = within(screen.getByRole('list', { name: 'The right order' })).getAllByRole('listitem');
    expect(right.map((li) => li.textContent)).toEqual(STEPS);
    expect(screen.getByRole('group', { name: 'Who had every step in place?' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Bo' }));
    fireEvent.click(screen.getByRole('button', { name: 'Score this question (1 right)' }));
    const results = screen.getByRole('list', { name: 'Results' });
    expect(within(results).getByText(/Bo/)).toHaveTextContent('✓ Bo +1000 right');
    expect(within(results).getByText(/Ana/)).toHaveTextContent('✗ Ana no answer');
  });
});
