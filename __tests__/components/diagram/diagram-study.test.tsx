import 'fake-indexeddb/auto';

import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';

import { DbProvider } from '@/components/db-provider';
import { StudySession } from '@/components/study/study-session';
import { getDb } from '@/lib/db';
import { compileDecks } from '@/lib/decks';
import { withCardHtml } from '@/lib/decks/card-html';
import { jsdomMarkdownRenderer } from '@/lib/markdown/jsdom-renderer';

import { diagramCard, tinyDiagrams } from '../../decks/diagram-fixtures';
import { deck } from '../../decks/fixtures';
import { clearLog } from '../../db/helpers';

const HIDE = diagramCard(
  'tiny-hide',
  'diagram: tiny\ninteraction: hide\nregions: shim',
  'Name the hidden part between containerd and runc.',
);
const POINT = diagramCard('tiny-point', 'diagram: tiny\ninteraction: point\nregions: shim');
const diagrams = tinyDiagrams();
const { bundle } = compileDecks([{ path: 'decks/sample.md', text: deck(HIDE, POINT) }], false, diagrams);
const withHtml = withCardHtml(bundle, jsdomMarkdownRenderer());

let diagramsStatus = 200;
beforeAll(() => {
  global.fetch = jest.fn(async (url: RequestInfo | URL) => {
    const body = String(url).endsWith('/decks/diagrams.json') ? { diagrams } : withHtml;
    const status = String(url).endsWith('/decks/diagrams.json') ? diagramsStatus : 200;
    return { ok: status === 200, status, json: async () => body } as Response;
  });
});

afterEach(async () => {
  diagramsStatus = 200;
  await act(async () => {
    await clearLog(getDb());
    await getDb().cardStates.clear();
    await getDb().settings.clear();
  });
});

const renderStudy = () =>
  render(
    <DbProvider>
      <StudySession plan={{ kind: 'deck', deckId: 'sample' }} />
    </DbProvider>,
  );

async function toPointCard() {
  fireEvent.click(await screen.findByRole('button', { name: 'Show answer' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Good' }));
  return screen.findByRole('group', { name: 'A tiny stack: tap a part' });
}

describe('diagram cards in the study screen', () => {
  // First: a successful load is kept for the page's life, a failed one is not.
  it('says so when the diagrams cannot be loaded, and Show answer still names the answer', async () => {
    diagramsStatus = 503;
    renderStudy();
    expect(await screen.findByText(/The diagrams could not be loaded \(HTTP 503\)\./)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Show answer' }));
    await waitFor(() => expect(screen.getByText(/Hidden: containerd-shim-runc-v2\./)).toBeInTheDocument());
  });

  it('hide: masks the region in the picture and in its text, and Show answer reveals it', async () => {
    renderStudy();
    const picture = await screen.findByRole('img', { name: 'A tiny stack, with one hidden part' });
    const masked = picture.querySelector('[data-region="shim"]')!;
    expect(masked).toHaveTextContent('?');
    // Nothing on the prompt side names the hidden part, in the picture or in its text.
    expect(document.body).not.toHaveTextContent('containerd-shim-runc-v2');
    fireEvent.click(screen.getByText('Diagram as text'));
    expect(screen.getByText('hidden part 1, inside the host')).toBeInTheDocument();
    expect(screen.getByText('From containerd to hidden part 1: ttRPC')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Show answer' }));
    expect(await screen.findByText('Hidden: containerd-shim-runc-v2.')).toHaveAttribute('role', 'status');
    const shown = screen.getByRole('img', { name: 'A tiny stack' }).querySelector('[data-region="shim"]')!;
    expect(shown).toHaveTextContent('containerd-shim-runc-v2');
    expect(shown.getAttribute('class')).toContain('revealed');
    expect(screen.getByText('containerd starts a shim, and the shim runs runc.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Good' })).not.toHaveClass('suggested');
  });

  it('point: a wrong tap is marked, the right region shown, and Again suggested', async () => {
    renderStudy();
    const picture = await toPointCard();
    const regions = within(picture)
      .getAllByRole('button')
      .map((b) => b.getAttribute('aria-label'));
    expect(regions).toEqual(['the host', 'containerd', 'containerd-shim-runc-v2', 'runc']);
    fireEvent.click(within(picture).getByRole('button', { name: 'runc' }));
    expect(await screen.findByRole('button', { name: 'Again' })).toHaveClass('suggested');
    expect(screen.getByText('You tapped runc; the answer is containerd-shim-runc-v2.')).toBeInTheDocument();
    const svg = screen.getByRole('img', { name: 'A tiny stack' });
    expect(svg.querySelector('[data-region="runc"]')!.getAttribute('class')).toContain('wrong');
    expect(svg.querySelector('[data-region="shim"]')!.getAttribute('class')).toContain('right');
  });

  it('point: the right region, reached with the keyboard, suggests Good', async () => {
    renderStudy();
    const picture = await toPointCard();
    const shim = within(picture).getByRole('button', { name: 'containerd-shim-runc-v2' });
    shim.focus();
    fireEvent.keyDown(shim, { key: 'Enter' });
    expect(await screen.findByRole('button', { name: 'Good' })).toHaveClass('suggested');
    expect(screen.getByText('Right: containerd-shim-runc-v2.')).toBeInTheDocument();
    // The study screen's own Enter (show answer, then Good) did not fire as well.
    expect(await getDb().reviewLogs.count()).toBe(1);
  });
});
