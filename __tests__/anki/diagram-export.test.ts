/**
 * @jest-environment node
 */
// Diagram cards in the Anki package: Anki draws no pictures and takes no taps, so a point card goes out
// as a multiple-choice note over the parts it lets the learner tap, and a hide card as a basic note whose
// front has the picture in words with the masked parts unnamed. Read back by our own import.
import { importPackage } from '@/lib/anki/import-file';
import { writePackage } from '@/lib/anki/write-package';

import { compileSources } from '../../scripts/read-decks';
import { loadSql } from './support';

const NOW = Date.UTC(2026, 11, 3, 12);

function exported(withDiagrams: boolean) {
  const { bundle, diagrams } = compileSources();
  const decks = bundle.decks.filter((d) => d.cards.some((c) => c.kind === 'diagram'));
  return { decks, diagrams: withDiagrams ? new Map(diagrams.map((d) => [d.id, d])) : undefined };
}

/** A bundled diagram card, and what our import reads back from the package the export wrote. */
async function roundTrip(cardId: string) {
  const SQL = await loadSql();
  const { decks, diagrams } = exported(true);
  const card = decks.flatMap((d) => d.cards).find((c) => c.id === cardId)!;
  const back = importPackage(SQL, writePackage(SQL, { decks, diagrams, now: NOW })).decks.flatMap((d) => d.cards);
  return { card, got: back.find((c) => c.prompt.startsWith(card.prompt.slice(0, 30)))! };
}

it('writes a point card as a choice over the parts to tap, the right one marked', async () => {
  const { card, got } = await roundTrip('docker-picture-containerd');
  expect(card.diagram!.interaction).toBe('point');
  expect(got.kind).toBe('choice');
  expect(got.choices!.map((c) => c.text)).toEqual(card.diagram!.options!.map((o) => o.name));
  expect(got.choices!.filter((c) => c.correct).map((c) => c.text)).toEqual(card.diagram!.names);
  expect(got.prompt).toContain('The picture, in words');
});

it('writes a hide card with the picture in words, its masked parts unnamed, and the answer behind', async () => {
  const { card, got } = await roundTrip('docker-picture-runc');
  expect(card.diagram!.interaction).toBe('hide');
  expect(got.kind).toBe('basic');
  expect(got.prompt).toContain('hidden part 1');
  expect(got.prompt).toContain('hidden part 2');
  for (const name of card.diagram!.names) expect(got.prompt).not.toContain(name);
  // The picture's other parts are there to reason from.
  expect(got.prompt).toContain('containerd-shim');
  expect(got.answer).toContain('runc');
});

it('says where the picture is when the diagrams could not be read, never a bare "tap" prompt', async () => {
  const SQL = await loadSql();
  const { decks } = exported(false);
  const back = importPackage(SQL, writePackage(SQL, { decks, now: NOW })).decks.flatMap((d) => d.cards);
  const hide = back.find((c) => c.prompt.includes('runs the hidden program'))!;
  expect(hide.prompt).toContain('The picture with its hidden parts is in containerd Cards.');
  const point = back.find((c) => c.prompt.includes('Docker Engine hands its containers to'))!;
  expect(point.kind).toBe('choice');
});
