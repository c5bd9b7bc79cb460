// The study screen's typed answer agrees with the quiz: a command the quiz accepts (another flag order,
// an alias, other quoting) is right here too, and the screen says which accepted form it equals.
import { fireEvent, render, screen } from '@testing-library/react';

import { TypedAnswer } from '@/components/study/typed-answer';

it('rates a command the quiz would accept as right, naming the accepted form it equals', () => {
  const onAnswered = jest.fn();
  const { rerender } = render(<TypedAnswer accept={['ctr -n k8s.io images ls']} revealed={false} onAnswered={onAnswered} />);
  fireEvent.change(screen.getByLabelText('Your answer'), { target: { value: "ctr image list --namespace 'k8s.io'" } });
  fireEvent.click(screen.getByRole('button', { name: 'Check' }));
  expect(onAnswered).toHaveBeenCalledWith('right');
  rerender(<TypedAnswer accept={['ctr -n k8s.io images ls']} revealed onAnswered={onAnswered} />);
  const status = screen.getByRole('status');
  expect(status).toHaveTextContent('Right. The same command as ctr -n k8s.io images ls (flag order, aliases and quoting do not matter).');
  expect(screen.queryByText('You typed')).not.toBeInTheDocument();
});
