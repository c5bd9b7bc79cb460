import 'fake-indexeddb/auto';

import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';

import { DbProvider } from '@/components/db-provider';
import { StudySession } from '@/components/study/study-session';
import { answerCard, getDb } from '@/lib/db';
import { createScheduler, DEFAULT_SRS } from '@/lib/srs';

import { BASIC, CHOICE, CLOZE, TYPED } from '../decks/fixtures';
import { clearLog, bundleOf } from '../db/helpers';

const bundle = bundleOf(BASIC, CHOICE, CLOZE, TYPED);

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

function renderStudy() {
  return render(
    <DbProvider>
      <StudySession plan={{ kind: 'deck', deckId: 'sample' }} />
    </DbProvider>,
  );
}

describe('study screen', () => {
  it('shows the prompt, reveals the answer, rates with intervals, then shows the next card', async () => {
    renderStudy();
    expect(await screen.findByText("Which program creates the container's processes?")).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Good' })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Show answer' }));
    const good = await screen.findByRole('button', { name: 'Good' });
    // The intervals are worked out as the answer works them out, a moment after the card shows.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Again' })).toHaveAccessibleDescription('1m'));
    expect(good).toHaveAccessibleDescription('10m');
    expect(screen.getByRole('button', { name: 'Easy' })).toHaveAccessibleDescription(/^\d+d$/);
    expect(screen.getByText(/by default/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'containerd/containerd/docs/RUNC.md' })).toHaveAttribute(
      'href',
      'https://github.com/containerd/containerd/blob/main/docs/RUNC.md',
    );
    fireEvent.click(good);
    expect(await screen.findByText(/Which shim binary serves the runtime/)).toBeInTheDocument();
    await waitFor(async () => expect(await getDb().reviewLogs.count()).toBe(1));
  });

  it('answers a multiple-choice card by tapping an option and suggests a rating', async () => {
    renderStudy();
    fireEvent.click(await screen.findByRole('button', { name: 'Show answer' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Good' }));
    const options = await screen.findByRole('list', { name: 'Options' });
    fireEvent.click(within(options).getByRole('button', { name: 'runc' }));
    const again = await screen.findByRole('button', { name: 'Again' });
    expect(again).toHaveClass('suggested');
    expect(within(options).getByRole('button', { name: /containerd-shim-runc-v2 \(right answer\)/ })).toBeInTheDocument();
  });

  it('undoes the last answer and shows that card again', async () => {
    renderStudy();
    fireEvent.click(await screen.findByRole('button', { name: 'Show answer' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Easy' }));
    await screen.findByText(/Which shim binary serves the runtime/);
    const undo = screen.getByRole('button', { name: 'Undo' });
    await waitFor(() => expect(undo).toBeEnabled());
    fireEvent.click(undo);
    expect(await screen.findByText("Which program creates the container's processes?")).toBeInTheDocument();
    await waitFor(async () => expect(await getDb().reviewLogs.count()).toBe(0));
    expect((await getDb().cardStates.get('sample-basic'))!.sched.phase).toBe('new');
  });

  it('uses Space, 1–4 and Z, but not while typing an answer', async () => {
    renderStudy();
    await screen.findByRole('button', { name: 'Show answer' });
    fireEvent.keyDown(window, { key: ' ' });
    await screen.findByRole('button', { name: 'Good' });
    fireEvent.keyDown(window, { key: '3' });
    await screen.findByText(/Which shim binary serves the runtime/);
    fireEvent.keyDown(window, { key: ' ' });
    // The next card shows at once and the answer is written behind it; the ratings wait for the write.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Again' })).toBeEnabled());
    fireEvent.keyDown(window, { key: '1' });
    await screen.findByText(/root directory defaults to/);
    fireEvent.keyDown(window, { key: ' ' });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Good' })).toBeEnabled());
    fireEvent.keyDown(window, { key: '3' });
    const input = await screen.findByLabelText('Your answer');
    fireEvent.keyDown(input, { key: ' ' });
    fireEvent.keyDown(input, { key: 'z' });
    expect(screen.queryByRole('button', { name: 'Good' })).not.toBeInTheDocument();
    expect(await getDb().reviewLogs.count()).toBe(3);
    fireEvent.change(input, { target: { value: ' ctr  plugin ls ' } });
    fireEvent.submit(input.closest('form')!);
    expect(await screen.findByText('Right.')).toBeInTheDocument();
    fireEvent.keyDown(window, { key: 'z' });
    await waitFor(async () => expect(await getDb().reviewLogs.count()).toBe(2));
  });

  it("undoes only this session's answers, and says on the button which one", async () => {
    renderStudy();
    await screen.findByRole('button', { name: 'Show answer' });
    // An answer given elsewhere (another deck's session, another visit) is not this session's to undo.
    const db = getDb();
    const other = (await db.cardStates.get('sample-cloze'))!;
    await act(async () => {
      await answerCard(db, {
        cardId: other.cardId,
        rev: other.rev,
        rating: 3,
        now: Date.now(),
        durationMs: 1,
        timeZone: 'UTC',
        scheduler: createScheduler(DEFAULT_SRS),
      });
    });
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: 'Show answer' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Again' }));
    await screen.findByText(/Which shim binary serves the runtime/);
    await waitFor(() => expect(undo).toBeEnabled());
    expect(undo).toHaveAccessibleDescription(/^Again on “Which program creates the container/);
    fireEvent.click(undo);
    expect(await screen.findByText("Which program creates the container's processes?")).toBeInTheDocument();
    await waitFor(() => expect(undo).toBeDisabled());
    expect(await db.reviewLogs.count()).toBe(1);
    expect((await db.reviewLogs.toArray())[0]!.cardId).toBe('sample-cloze');
  });

  it('counts cards left today and answers given as two numbers that do not creep', async () => {
    renderStudy();
    expect(await screen.findByText('4 cards left today · 0 answers')).toBeInTheDocument();
    fireEvent.click(await screen.findByRole('button', { name: 'Show answer' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Again' }));
    // The card comes back in a minute: still left today, one answer given, none finished.
    expect(await screen.findByText('4 cards left today · 1 answer')).toBeInTheDocument();
    const bar = screen.getByRole('progressbar', { name: 'Cards finished today' });
    expect(bar).toHaveAttribute('max', '4');
    expect(bar).toHaveAttribute('value', '0');
  });

  it("focuses a typed card's field, compares what was typed, and lets the keys rate after Check", async () => {
    renderStudy();
    for (let i = 0; i < 3; i++) {
      fireEvent.click(await screen.findByRole('button', { name: 'Show answer' }));
      fireEvent.click(await screen.findByRole('button', { name: 'Good' }));
      await waitFor(async () => expect(await getDb().reviewLogs.count()).toBe(i + 1));
    }
    const input = await screen.findByLabelText('Your answer');
    await waitFor(() => expect(input).toHaveFocus());
    expect(input).toHaveAccessibleDescription(/Case matters/);
    fireEvent.change(input, { target: { value: 'CTR Plugins ls' } });
    fireEvent.submit(input.closest('form')!);
    expect(await screen.findByText(/Only the case differs/)).toBeInTheDocument();
    expect(screen.getByText('You typed')).toBeInTheDocument();
    expect(screen.getByText('Expected')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hard' })).toHaveClass('suggested');
    await waitFor(() => expect(input).not.toHaveFocus());
    fireEvent.keyDown(document.activeElement ?? window, { key: '2' });
    await waitFor(async () => expect(await getDb().reviewLogs.count()).toBe(4));
  });

  it('shows the next card in the same render as the tap once it was worked out, and writes the answer behind it', async () => {
    renderStudy();
    fireEvent.click(await screen.findByRole('button', { name: 'Show answer' }));
    const good = await screen.findByRole('button', { name: 'Good' });
    // The learner reads the answer; meanwhile the screen works out what each rating would show next.
    await act(() => new Promise((resolve) => setTimeout(resolve, 500)));
    fireEvent.click(good);
    // No wait: the next card is already on screen when the tap's event handler returns.
    expect(screen.getByText(/Which shim binary serves the runtime/)).toBeInTheDocument();
    await waitFor(async () => expect(await getDb().reviewLogs.count()).toBe(1));
    expect((await getDb().cardStates.get('sample-basic'))!.sched.phase).toBe('learning');
    // Worked out and rolled back four times, written once.
    expect((await getDb().reviewLogs.toArray()).map((l) => [l.cardId, l.rating])).toEqual([['sample-basic', 3]]);
  });

  it('opens the answer’s write only after the tap’s render, so the next card waits on none of it', async () => {
    renderStudy();
    fireEvent.click(await screen.findByRole('button', { name: 'Show answer' }));
    const good = await screen.findByRole('button', { name: 'Good' });
    await act(() => new Promise((resolve) => setTimeout(resolve, 500)));
    const db = getDb();
    const transaction = jest.spyOn(db, 'transaction');
    const writes = () => transaction.mock.calls.filter(([mode]) => mode === 'rw').length;
    fireEvent.click(good);
    // The tap is handled and rendered: the next card is on screen and no read-write transaction has opened.
    expect(screen.getByText(/Which shim binary serves the runtime/)).toBeInTheDocument();
    expect(writes()).toBe(0);
    await waitFor(async () => expect(await db.reviewLogs.count()).toBe(1));
    expect(writes()).toBeGreaterThan(0);
    transaction.mockRestore();
  });

  it('puts the card back, answer showing, when the answer behind the next card cannot be written (disk full)', async () => {
    renderStudy();
    fireEvent.click(await screen.findByRole('button', { name: 'Show answer' }));
    const good = await screen.findByRole('button', { name: 'Good' });
    await act(() => new Promise((resolve) => setTimeout(resolve, 500)));
    const db = getDb();
    const spy = jest.spyOn(db.reviewLogs, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    fireEvent.click(good);
    expect(screen.getByText(/Which shim binary serves the runtime/)).toBeInTheDocument();
    expect(await screen.findByText(/out of storage space/)).toBeInTheDocument();
    expect(screen.getByText("Which program creates the container's processes?")).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Good' })).toBeEnabled();
    spy.mockRestore();
    expect(await db.reviewLogs.count()).toBe(0);
    expect((await db.cardStates.get('sample-basic'))!.sched.phase).toBe('new');
  });

  it('never stays busy when an operation throws: the error is said and the screen still answers', async () => {
    renderStudy();
    fireEvent.click(await screen.findByRole('button', { name: 'Show answer' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Good' }));
    await screen.findByText(/Which shim binary serves the runtime/);
    const db = getDb();
    const get = db.reviewLogs.get.bind(db.reviewLogs);
    const spy = jest.spyOn(db.reviewLogs, 'get').mockImplementationOnce(() => {
      throw new Error('disk on fire');
    });
    const undo = screen.getByRole('button', { name: 'Undo' });
    await waitFor(() => expect(undo).toBeEnabled());
    fireEvent.click(undo);
    expect(await screen.findByText('disk on fire')).toBeInTheDocument();
    spy.mockImplementation(get);
    fireEvent.click(screen.getByRole('button', { name: 'Show answer' }));
    const good = await screen.findByRole('button', { name: 'Good' });
    expect(good).toBeEnabled();
    fireEvent.click(good);
    await waitFor(async () => expect(await db.reviewLogs.count()).toBe(2));
    spy.mockRestore();
  });

  it('buries and suspends the card on screen, by button and by key, each undoable', async () => {
    renderStudy();
    await screen.findByText("Which program creates the container's processes?");
    fireEvent.click(screen.getByRole('button', { name: 'Bury until tomorrow' }));
    expect(await screen.findByText(/Which shim binary serves the runtime/)).toBeInTheDocument();
    expect(screen.getByText('Buried until tomorrow.')).toBeInTheDocument();
    expect((await getDb().cardStates.get('sample-basic'))!.buriedUntil).toBeGreaterThan(Date.now());
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toHaveAccessibleDescription(/^Bury of “Which program/);
    fireEvent.click(undo);
    expect(await screen.findByText("Which program creates the container's processes?")).toBeInTheDocument();
    await waitFor(async () => expect((await getDb().cardStates.get('sample-basic'))!.buriedUntil).toBe(0));
    fireEvent.keyDown(window, { key: '@' });
    expect(await screen.findByText(/Which shim binary serves the runtime/)).toBeInTheDocument();
    expect((await getDb().cardStates.get('sample-basic'))!.suspended).toBe(1);
    fireEvent.keyDown(window, { key: 'z' });
    await waitFor(async () => expect((await getDb().cardStates.get('sample-basic'))!.suspended).toBe(0));
    expect(await getDb().reviewLogs.count()).toBe(0);
  });
});
