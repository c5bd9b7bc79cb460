// True/false and order cards on the study screen: answered by tap or keyboard, marked in words and
// signs as well as colour, with the rating suggested; and in Browse's card detail.
import 'fake-indexeddb/auto';

import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';

import { CardDetail } from '@/components/browse/card-detail';
import { DbProvider } from '@/components/db-provider';
import { CardFace } from '@/components/study/card-face';
import { inPlace, moveStep, orderOutcome, startingOrder } from '@/components/study/step-order';
import { StudySession } from '@/components/study/study-session';
import { getDb, type CardRow } from '@/lib/db';
import type { CardDetail as Detail } from '@/lib/db/browse-queries';

import { clearLog, bundleOf } from '../../db/helpers';
import { ORDER, TRUEFALSE } from '../../decks/fixtures';

// Browse's detail is shown here without its schedule and actions, which read the store.
jest.mock('@/components/browse/card-schedule', () => ({ CardSchedule: () => null }));
jest.mock('@/components/browse/card-actions', () => ({ CardActions: () => null }));

const bundle = bundleOf(TRUEFALSE, ORDER);
const cards = Object.fromEntries(bundle.decks[0].cards.map((c) => [c.kind, { ...c, retired: 0 } as CardRow]));
const RIGHT = cards.order.steps!.map((s) => s.text);

beforeAll(() => {
  global.fetch = jest.fn(async () => ({ ok: true, status: 200, json: async () => bundle }) as Response);
});

afterEach(async () => {
  await act(async () => {
    await clearLog(getDb());
    await getDb().cardStates.clear();
    await getDb().settings.clear();
  });
});

/** The step texts as the list shows them now. */
const shownOrder = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.prose')!.textContent);

describe('step order helpers', () => {
  it('start shuffled, the same per card and session, never already right', () => {
    for (let seed = 0; seed < 50; seed++) {
      const order = startingOrder(4, 'some-card', seed);
      expect([...order].sort()).toEqual([0, 1, 2, 3]);
      expect(inPlace(order)).toBeLessThan(4);
      expect(startingOrder(4, 'some-card', seed)).toEqual(order);
    }
    const orders = new Set(Array.from({ length: 20 }, (_, s) => startingOrder(5, 'some-card', s).join()));
    expect(orders.size).toBeGreaterThan(5);
  });

  it('move a step one place and judge the order', () => {
    expect(moveStep([1, 0, 2], 1, -1)).toEqual([0, 1, 2]);
    expect(moveStep([1, 0, 2], 0, -1)).toEqual([1, 0, 2]);
    expect(orderOutcome([0, 1, 2, 3])).toBe('right');
    expect(orderOutcome([1, 0, 2, 3])).toBe('close');
    expect(orderOutcome([1, 2, 0, 3])).toBe('wrong');
  });
});

describe('true/false card', () => {
  it('answers by tapping True or False, marks the right answer in words, and suggests Again when wrong', async () => {
    render(
      <DbProvider>
        <StudySession plan={{ kind: 'deck', deckId: 'sample' }} />
      </DbProvider>,
    );
    const group = await screen.findByRole('group', { name: 'Is the statement true?' });
    expect(screen.getByText(/containerd creates containers' processes itself/)).toBeInTheDocument();
    fireEvent.click(within(group).getByRole('button', { name: 'True' }));
    expect(await screen.findByRole('button', { name: 'Again' })).toHaveClass('suggested');
    expect(within(group).getByRole('button', { name: 'False (right answer)' })).toBeDisabled();
    expect(within(group).getByRole('button', { name: 'True (your answer, wrong)' })).toBeInTheDocument();
    expect(screen.getByText(/^Not quite:/)).toHaveTextContent('Not quite: the statement is false.');
    expect(screen.getByText(/^Not quite:/)).toHaveAttribute('role', 'status');
    expect(screen.getByText(/the shim runs/)).toBeInTheDocument();
  });

  it('suggests Good for the right answer, and Show answer alone says which it is', () => {
    const answered = jest.fn();
    const { rerender } = render(<CardFace card={cards.truefalse} revealed={false} onAnswered={answered} />);
    fireEvent.click(screen.getByRole('button', { name: 'False' }));
    expect(answered).toHaveBeenCalledWith('right');
    rerender(<CardFace key="again" card={cards.truefalse} revealed onAnswered={answered} />);
    expect(screen.getByText(/^The statement is/)).toHaveTextContent('The statement is false.');
  });
});

describe('order card', () => {
  function renderOrder(seed: number, onAnswered = jest.fn()) {
    const utils = render(<CardFace card={cards.order} revealed={false} onAnswered={onAnswered} seed={seed} />);
    const list = screen.getByRole('list');
    return { ...utils, list, onAnswered };
  }

  it('shows the steps shuffled, the same shuffle for the same session seed', () => {
    const { list, unmount } = renderOrder(7);
    const first = shownOrder(list);
    expect(first).not.toEqual(RIGHT);
    expect([...first].sort()).toEqual([...RIGHT].sort());
    unmount();
    expect(shownOrder(renderOrder(7).list)).toEqual(first);
  });

  it('moves steps with named Move up / Move down buttons, keeps focus on the moved step, and says where it went', () => {
    const { list } = renderOrder(7);
    const [top] = shownOrder(list);
    expect(screen.getByRole('button', { name: `Move “${top}” up` })).toBeDisabled();
    const down = screen.getByRole('button', { name: `Move “${top}” down` });
    down.focus();
    fireEvent.click(down);
    expect(shownOrder(list)[1]).toBe(top);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: `Move “${top}” down` }));
    expect(screen.getByRole('status')).toHaveTextContent(`“${top}” is now step 2 of 4.`);
    // Back to the top: Move up is then disabled, so focus goes to the step's Move down.
    fireEvent.click(screen.getByRole('button', { name: `Move “${top}” up` }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: `Move “${top}” down` }));
  });

  /** Moves the steps into the right order with the buttons, as a learner would. */
  function sortByButtons(list: HTMLElement) {
    RIGHT.forEach((text, target) => {
      while (shownOrder(list).indexOf(text) > target) fireEvent.click(screen.getByRole('button', { name: `Move “${text}” up` }));
    });
  }

  it('Check marks every step right when the order is right, and suggests Good', () => {
    const { list, onAnswered, rerender } = renderOrder(3);
    sortByButtons(list);
    expect(shownOrder(list)).toEqual(RIGHT);
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(onAnswered).toHaveBeenCalledWith('right');
    rerender(<CardFace card={cards.order} revealed onAnswered={onAnswered} seed={3} />);
    expect(screen.getByRole('status')).toHaveTextContent('Right: all 4 steps in order.');
    expect(document.activeElement).toBe(screen.getByRole('status'));
    expect(screen.getAllByText('(right place)')).toHaveLength(4);
    expect(screen.queryByText('The right order:')).not.toBeInTheDocument();
  });

  it('Check marks the steps out of place with where they belong, and shows the right order', async () => {
    render(
      <DbProvider>
        <StudySession plan={{ kind: 'deck', deckId: 'sample' }} />
      </DbProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Show answer' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Good' }));
    const steps = await screen.findByRole('region', { name: 'Steps to put in order' });
    const before = shownOrder(within(steps).getByRole('list'));
    fireEvent.click(within(steps).getByRole('button', { name: 'Check' }));
    const checked = await screen.findByRole('region', { name: 'Your order, checked' });
    const placed = before.filter((t, i) => RIGHT[i] === t).length;
    expect(within(checked).getByRole('status')).toHaveTextContent(`${placed} of 4 steps in the right place.`);
    expect(within(checked).getAllByText(/^\(belongs at \d\)$/)).toHaveLength(4 - placed);
    expect(within(checked).getByText('The right order:')).toBeInTheDocument();
    const suggested = placed === 2 ? 'Hard' : 'Again';
    await waitFor(() => expect(screen.getByRole('button', { name: suggested })).toHaveClass('suggested'));
  });

  it('Show answer without Check shows the right order', () => {
    render(<CardFace card={cards.order} revealed onAnswered={jest.fn()} seed={3} />);
    const right = screen.getByRole('region', { name: 'The right order' });
    expect(shownOrder(within(right).getByRole('list'))).toEqual(RIGHT);
  });
});

describe('Browse card detail', () => {
  const detail = (card: CardRow) => ({ card, deckTitle: 'Sample deck', status: 'new', state: undefined, logs: [] }) as unknown as Detail;

  it('shows a true/false card as a statement and whether it is true', () => {
    render(<CardDetail detail={detail(cards.truefalse)} now={0} />);
    expect(screen.getByText('True or false')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Statement' })).toBeInTheDocument();
    expect(screen.getByText(/The statement is/)).toHaveTextContent('The statement is false.');
  });

  it('shows an order card with its steps in the right order', () => {
    render(<CardDetail detail={detail(cards.order)} now={0} />);
    expect(screen.getByRole('heading', { name: 'Steps, in the right order' })).toBeInTheDocument();
    const list = screen.getByRole('heading', { name: 'Steps, in the right order' }).nextElementSibling as HTMLElement;
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(RIGHT);
  });
});
