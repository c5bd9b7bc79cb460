import 'fake-indexeddb/auto';

import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';

import { DbProvider } from '@/components/db-provider';
import { StudySession } from '@/components/study/study-session';
import { getDb } from '@/lib/db';

import { BASIC, CHOICE, CLOZE, TYPED } from '../decks/fixtures';
import { bundleOf } from '../db/helpers';

const bundle = bundleOf(BASIC, CHOICE, CLOZE, TYPED);

beforeAll(() => {
  global.fetch = jest.fn(async () => ({ ok: true, status: 200, json: async () => bundle }) as Response);
});

afterEach(async () => {
  await act(async () => {
    await getDb().reviewLogs.clear();
    await getDb().cardStates.clear();
    await getDb().settings.clear();
  });
});

function renderStudy() {
  return render(
    <DbProvider>
      <StudySession deckId="sample" />
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
    expect(screen.getByRole('button', { name: 'Again' })).toHaveAccessibleDescription('1m');
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
    fireEvent.keyDown(window, { key: '1' });
    await screen.findByText(/root directory defaults to/);
    fireEvent.keyDown(window, { key: ' ' });
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
});
