// The upgrade session: the changing cards in order, the side for the version you run first, answers
// written as reviews (a card of the other version keeps them out of the queues), Again at the end.
import 'fake-indexeddb/auto';

import { act, fireEvent, render, screen } from '@testing-library/react';

import { DbProvider, useDb } from '@/components/db-provider';
import { UpgradeSession } from '@/components/upgrade/upgrade-session';
import { getDb, Q } from '@/lib/db';

import { BASIC, CHOICE, CLOZE } from '../../decks/fixtures';
import { bundleOf } from '../../db/helpers';
import { emptyStore, serveBundle } from '../browse/store';

// BASIC (2.x) and a 1.x choice card are variants, both authored under the "renamed" stage (the 4th of
// six); the cloze holds for every version and is not asked.
const bundle = bundleOf(
  BASIC.replace('versions: 2.x', 'versions: 2.x\nvariants: sample-choice\nupgrade: renamed'),
  CHOICE.replace('kind: choice', 'kind: choice\nversions: 1.x\nvariants: sample-basic\nupgrade: renamed'),
  CLOZE,
);

beforeEach(async () => {
  await emptyStore();
  serveBundle(bundle);
});

function Ready({ children }: { children: React.ReactNode }) {
  return useDb().ready ? <>{children}</> : <p>Loading</p>;
}

const tap = (name: string | RegExp) => act(async () => void fireEvent.click(screen.getByRole('button', { name })));

it('goes through the cards that change from 1.7 to 2.0, 1.x side first, Again coming back at the end', async () => {
  render(
    <DbProvider>
      <Ready>
        <UpgradeSession from="1.7" to="2.0" />
      </Ready>
    </DbProvider>,
  );
  expect(await screen.findByRole('heading', { name: 'Upgrading from 1.7 to 2.0' })).toBeInTheDocument();
  expect(await screen.findByText(/Which shim binary/)).toBeInTheDocument();
  expect(screen.getByText('0 of 2 cards done · Step 4 of 6: What is renamed or moved')).toBeInTheDocument();
  await tap('Show answer');
  expect(await screen.findByRole('region', { name: 'Other versions' })).toHaveTextContent('On all of 2.x:');
  await tap('Good');

  await screen.findByText(/1 of 2 cards done/);
  await screen.findByRole('button', { name: 'Show answer' });
  expect(screen.getByRole('article', { name: 'Card' })).toHaveTextContent(/Which program creates/);
  await tap('Show answer');
  await screen.findByRole('button', { name: 'Again' });
  await tap('Again');
  // Again: the same card once more, at the end of the session.
  await screen.findByRole('button', { name: 'Show answer' });
  expect(screen.getByRole('article', { name: 'Card' })).toHaveTextContent(/Which program creates/);
  expect(screen.getByText(/1 of 2 cards done/)).toBeInTheDocument();
  await tap('Show answer');
  await screen.findByRole('button', { name: 'Good' });
  await tap('Good');
  expect(await screen.findByRole('status')).toHaveTextContent(
    'Done: you went through the 2 cards whose answers change between 1.7 and 2.0.',
  );

  const db = getDb();
  expect(await db.reviewLogs.count()).toBe(3);
  // On latest (the default) the 1.x card is not studied: answered here, its progress is kept out of the queues.
  const oneX = await db.cardStates.get('sample-choice');
  expect(oneX).toMatchObject({ queue: Q.otherVersion, otherVersion: 1 });
  expect(oneX!.sched.reps).toBe(1);
  expect(await db.reviewLogs.where('cardId').equals('sample-cloze').count()).toBe(0);
});
