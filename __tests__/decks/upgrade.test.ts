// The upgrade session's choice and order, on the bundled decks.
import { readdirSync, readFileSync } from 'node:fs';

import { compileDecks } from '@/lib/decks';
import { UPGRADE_STAGES, upgradeCards } from '@/lib/decks/upgrade';
import { versionsHoldFor } from '@/lib/decks/versions';

const files = readdirSync('decks')
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .map((f) => ({ path: `decks/${f}`, text: readFileSync(`decks/${f}`, 'utf8') }));
const { bundle } = compileDecks(files, false);
const cards = bundle.decks.flatMap((d) => d.cards);
const order = new Map(bundle.decks.map((d) => [d.id, d.order]));
const stageIndex = (id: string) => UPGRADE_STAGES.findIndex((s) => s.id === id);

describe('upgrading from 1.7 to 2.0', () => {
  const items = upgradeCards(cards, order, '1.7', '2.0');
  const ids = items.map((i) => i.card.id);

  it('holds exactly the cards whose answers change, and their variants', () => {
    const changing = cards.filter((c) => versionsHoldFor(c.versions, '1.7') !== versionsHoldFor(c.versions, '2.0')).map((c) => c.id);
    const variants = cards.filter((c) => changing.includes(c.id)).flatMap((c) => c.variants ?? []);
    expect(new Set(ids)).toEqual(new Set([...changing, ...variants]));
    expect(ids.length).toBe(new Set(ids).size);
    // Cards that hold for both (or are historical) are not in it.
    expect(ids).not.toContain('versions-deprecations-list');
    expect(cards.filter((c) => c.versions.includes('history')).some((c) => ids.includes(c.id))).toBe(false);
  });

  it('follows the upgrade notes: deprecations, the config version, removed, renamed, defaults, new', () => {
    const stages = items.map((i) => stageIndex(i.stage!.id));
    expect(stages).toEqual([...stages].sort((a, b) => a - b));
    expect(items[0]!.card.id).toBe('versions-prepare-2-0');
    const stageOf = (id: string) => items.find((i) => i.card.id === id)!.stage!.id;
    expect(stageOf('versions-config-migrate')).toBe('config');
    expect(stageOf('versions-aufs-replacement')).toBe('removed');
    expect(stageOf('versions-cri-v1alpha2-removed')).toBe('removed');
    expect(stageOf('sandboxes-sandboxer-key')).toBe('renamed');
    // Authored, not guessed from words: the CRI split is a rename though its cards say "version = 3", the
    // pause image's new default is a default though its card says "moved", and ENABLE_CRI_SANDBOXES went
    // with the legacy CRI server (RELEASES.md: removed in 2.0).
    expect(stageOf('cri-v3-runtimes-section')).toBe('renamed');
    expect(stageOf('registries-config-path-table-2x')).toBe('renamed');
    expect(stageOf('sandboxes-enable-cri-sandboxes')).toBe('removed');
    expect(stageOf('nri-cdi-nri-enabled-2x')).toBe('defaults');
    expect(stageOf('pulling-verifier-first-release')).toBe('new');
  });

  it('puts a card’s variant right after it, the side for the version you run first', () => {
    const at = (id: string) => ids.indexOf(id);
    expect(at('registries-config-path-table-2x')).toBe(at('registries-config-path-table-1x') + 1);
    expect(at('sandboxes-sandboxer-key')).toBe(at('sandboxes-sandbox-mode-key') + 1);
    expect(at('nri-cdi-nri-enabled-2x')).toBe(at('nri-cdi-nri-disabled-1-7') + 1);
  });
});

describe('other upgrades', () => {
  it('2.0 to 2.2 studies the pause image change, with its 2.0 side first', () => {
    const ids = upgradeCards(cards, order, '2.0', '2.2').map((i) => i.card.id);
    expect(ids.indexOf('sandboxes-pause-default-2-2')).toBe(ids.indexOf('sandboxes-pause-default-2-0') + 1);
    expect(ids).not.toContain('registries-config-path-table-1x');
  });

  it('every card offered between any two supported lines has its stage, each the one its deck names', () => {
    const lines = ['1.6', '1.7', '2.0', '2.1', '2.2', '2.3'] as const;
    for (const from of lines) {
      for (const to of lines) {
        for (const item of upgradeCards(cards, order, from, to)) {
          expect(item.stage?.id).toBeDefined();
          expect(item.card.upgrade).toBeDefined();
        }
      }
    }
  });

  it('is empty between a line and itself, latest included', () => {
    expect(upgradeCards(cards, order, '2.3', 'latest')).toEqual([]);
  });
});
