// A card with variants shows, beneath its answer, each variant's answer under the versions it holds for.
import 'fake-indexeddb/auto';

import { render, screen, within } from '@testing-library/react';

import { DbProvider, useDb } from '@/components/db-provider';
import { CardFace } from '@/components/study/card-face';
import { getDb, type CardRow } from '@/lib/db';

import { BASIC, CHOICE } from '../../decks/fixtures';
import { bundleOf } from '../../db/helpers';
import { emptyStore, serveBundle } from '../browse/store';

// The 2.x card (BASIC) and a 1.x multiple-choice card name each other.
const bundle = bundleOf(
  BASIC.replace('versions: 2.x', 'versions: 2.x\nvariants: sample-choice'),
  CHOICE.replace('kind: choice', 'kind: choice\nversions: 1.x\nvariants: sample-basic'),
);

beforeEach(async () => {
  await emptyStore();
  serveBundle(bundle);
});

function Ready({ children }: { children: React.ReactNode }) {
  return useDb().ready ? <>{children}</> : <p>Loading</p>;
}

const card = (id: string) => ({ ...bundle.decks[0]!.cards.find((c) => c.id === id)!, retired: 0 }) as CardRow;

it('shows the other version’s answer beneath the answer once revealed', async () => {
  const { rerender } = render(
    <DbProvider>
      <Ready>
        <CardFace card={card('sample-basic')} revealed={false} onAnswered={() => {}} />
      </Ready>
    </DbProvider>,
  );
  await screen.findByRole('article', { name: 'Card' });
  expect(screen.queryByRole('region', { name: 'Other versions' })).toBeNull();
  rerender(
    <DbProvider>
      <Ready>
        <CardFace card={card('sample-basic')} revealed onAnswered={() => {}} />
      </Ready>
    </DbProvider>,
  );
  const others = await screen.findByRole('region', { name: 'Other versions' });
  expect(within(others).getByRole('heading', { name: 'On all of 1.x:' })).toBeInTheDocument();
  // The variant's right option and its explanation.
  expect(others).toHaveTextContent('containerd-shim-runc-v2');
  expect(others).toHaveTextContent('The name maps to a binary by the runtime v2 rule.');
  // Its own answer comes first, in the Answer region, before the other versions.
  const answer = screen.getByRole('region', { name: 'Answer' });
  expect(answer).toHaveTextContent(/runc.*On all of 1\.x/s);
  expect(await getDb().cards.count()).toBe(2);
});
