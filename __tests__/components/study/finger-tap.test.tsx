// The study buttons act as the finger lifts and prevent the click that would follow (it would land on
// whatever replaced the button); a touch that is not a tap is left to the browser; a mouse, the keyboard
// and a screen reader still act by the click.
import { fireEvent, render, screen } from '@testing-library/react';

import { TAP_SLOP_PX, useFingerTap } from '@/components/use-finger-tap';

function Probe({ act, disabled = false }: { act: () => void; disabled?: boolean }) {
  const tap = useFingerTap();
  return (
    <button type="button" disabled={disabled} {...tap(act)}>
      Good
    </button>
  );
}

function setup(disabled = false) {
  const act = jest.fn();
  render(<Probe act={act} disabled={disabled} />);
  const button = screen.getByRole('button', { name: 'Good' });
  // jsdom has no layout: the button covers 0–200 × 0–50.
  button.getBoundingClientRect = () => ({ left: 0, top: 0, right: 200, bottom: 50, width: 200, height: 50, x: 0, y: 0, toJSON: () => '' });
  return { act, button };
}

const finger = (x: number, y: number, identifier = 0) => ({ identifier, clientX: x, clientY: y });

function touch(button: HTMLElement, from: [number, number], to: [number, number]) {
  fireEvent.touchStart(button, { touches: [finger(...from)], changedTouches: [finger(...from)] });
  if (from[0] !== to[0] || from[1] !== to[1]) fireEvent.touchMove(button, { touches: [finger(...to)], changedTouches: [finger(...to)] });
  // fireEvent returns false when a handler prevented the default (here: the click that would follow).
  return fireEvent.touchEnd(button, { touches: [], changedTouches: [finger(...to)] });
}

it('acts once as the finger lifts and prevents the click that would follow', () => {
  const { act, button } = setup();
  const notPrevented = touch(button, [100, 25], [104, 27]);
  expect(act).toHaveBeenCalledTimes(1);
  expect(notPrevented).toBe(false);
});

it('leaves a touch that drifted past the slop (a scroll) to the browser', () => {
  const { act, button } = setup();
  expect(touch(button, [100, 25], [100, 25 + TAP_SLOP_PX + 1])).toBe(true);
  expect(act).not.toHaveBeenCalled();
});

it('leaves a touch that ended off the button, or came back within the slop after leaving it', () => {
  const { act, button } = setup();
  expect(touch(button, [198, 25], [205, 25])).toBe(true);
  fireEvent.touchStart(button, { touches: [finger(100, 25)], changedTouches: [finger(100, 25)] });
  fireEvent.touchMove(button, { touches: [finger(100, 60)], changedTouches: [finger(100, 60)] });
  expect(fireEvent.touchEnd(button, { touches: [], changedTouches: [finger(100, 25)] })).toBe(true);
  expect(act).not.toHaveBeenCalled();
});

it('ignores two fingers, a cancelled touch and a disabled button', () => {
  const { act, button } = setup();
  fireEvent.touchStart(button, { touches: [finger(10, 10), finger(50, 10, 1)], changedTouches: [finger(50, 10, 1)] });
  expect(fireEvent.touchEnd(button, { touches: [finger(10, 10)], changedTouches: [finger(50, 10, 1)] })).toBe(true);
  fireEvent.touchStart(button, { touches: [finger(10, 10)], changedTouches: [finger(10, 10)] });
  fireEvent.touchCancel(button, { touches: [], changedTouches: [finger(10, 10)] });
  expect(fireEvent.touchEnd(button, { touches: [], changedTouches: [finger(10, 10)] })).toBe(true);
  expect(act).not.toHaveBeenCalled();
});

it('does nothing for a touch on a disabled button', () => {
  const { act, button } = setup(true);
  expect(touch(button, [100, 25], [100, 25])).toBe(true);
  expect(act).not.toHaveBeenCalled();
});

it('acts on a click (a mouse, Enter or Space, a screen reader)', () => {
  const { act, button } = setup();
  fireEvent.click(button);
  expect(act).toHaveBeenCalledTimes(1);
});
