// The one Move up / Move down list behind the study screen's order cards and the quiz's order
// questions: named buttons, focus kept on the step moved, each move announced, and the same names and
// behaviour in both places.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';

import { stepName } from '@/components/movable-steps';
import { OrderSteps } from '@/components/study/order-steps';
import { OrderAnswer } from '@/components/quiz/shared/answer-inputs';

const STEPS = ['`RunPodSandbox`', 'PullImage', 'CreateContainer'];

const rows = () =>
  within(screen.getByRole('region', { name: 'Steps to put in order' }))
    .getAllByRole('listitem')
    .map((li) => li.firstElementChild?.textContent);

function movesLikeTheOther(screenName: string) {
  const first = rows()[0]!;
  const down = screen.getByRole('button', { name: `Move “${first}” down` });
  expect(screen.getByRole('button', { name: `Move “${first}” up` })).toBeDisabled();
  down.focus();
  fireEvent.click(down);
  expect({ screenName, order: rows()[1] }).toEqual({ screenName, order: first });
  // Focus stays on the same step's Move down button, which is still there in the middle.
  expect(screen.getByRole('button', { name: `Move “${first}” down` })).toHaveFocus();
  expect(screen.getByRole('status')).toHaveTextContent(`“${first}” is now step 2 of 3.`);
  fireEvent.click(screen.getByRole('button', { name: `Move “${first}” down` }));
  // At the end its Move down is disabled: focus goes to its Move up.
  expect(screen.getByRole('button', { name: `Move “${first}” down` })).toBeDisabled();
  expect(screen.getByRole('button', { name: `Move “${first}” up` })).toHaveFocus();
  expect(screen.getByRole('status')).toHaveTextContent(`“${first}” is now step 3 of 3.`);
}

it('moves, keeps focus and announces the same way on the study screen', () => {
  render(
    <OrderSteps
      cardId="c1"
      steps={STEPS.map((text) => ({ text, html: text.replace(/`(.+)`/, '<code>$1</code>') }))}
      seed={1}
      revealed={false}
      onAnswered={jest.fn()}
    />,
  );
  movesLikeTheOther('study');
});

it('moves, keeps focus and announces the same way in a quiz, and sends the order', () => {
  const onSubmit = jest.fn();
  function Quiz() {
    const [sent, setSent] = useState(false);
    return <OrderAnswer options={STEPS} disabled={sent} onSubmit={(o) => (setSent(true), onSubmit(o))} />;
  }
  render(<Quiz />);
  expect(rows()).toEqual(['RunPodSandbox', 'PullImage', 'CreateContainer']);
  movesLikeTheOther('quiz');
  fireEvent.click(screen.getByRole('button', { name: 'Submit order' }));
  expect(onSubmit).toHaveBeenCalledWith([1, 2, 0]);
  // Sent: every move button is disabled.
  for (const b of screen.getAllByRole('button', { name: /^Move/ })) expect(b).toBeDisabled();
});

it('names a step by its plain text, cut at 60 characters', () => {
  expect(stepName('Start `task.Start(ctx)` **now**')).toBe('Start task.Start(ctx) now');
  expect(stepName('x'.repeat(80))).toBe(`${'x'.repeat(59)}…`);
});
