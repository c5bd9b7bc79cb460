// An Anki collection as our cards: each Anki card becomes one of ours. Cloze notes become cloze cards
// (the card's own deletions hidden), templates that type in a field become typed cards, our own exported
// multiple-choice note type comes back as choice cards, anything else is a basic card with its fields
// rendered through its templates. Ids come from the note's GUID and the card's template, so importing
// the same package again updates the cards instead of adding copies.
import { contentHash } from '@/lib/decks/hash';
import type { CardKind, Choice, CompiledCard } from '@/lib/decks/types';
import { isUpgradeStageId } from '@/lib/decks/upgrade-stages';

import { ImportError } from './errors';
import { IMPORTED_PREFIX, type ImportedDeck } from './imported';
import { CHOICE_MODEL_NAME, parseOptionsField, UPGRADE_TAG } from './note-types';
import type { AnkiCard, AnkiNote, Collection, NoteType } from './schema11';
import { answerPart, clozeField, clozeNumbers, clozeToOurs, renderTemplate, stripHtml, typedField, type Fields } from './templates';

export function ankiCardId(guid: string, ord: number): string {
  return `${IMPORTED_PREFIX}${contentHash(guid)}-${ord}`;
}

export function importedDeckId(name: string): string {
  return `${IMPORTED_PREFIX}${contentHash(name)}`;
}

function fieldsOf(note: AnkiNote, type: NoteType): Fields {
  const out: Fields = {};
  type.fields.forEach((name, i) => (out[name] = note.fields[i] ?? ''));
  return out;
}

const SOURCE_FIELD = 'Source';

function sourceOf(fields: Fields): { source: string; sourceUrl: string } {
  const html = fields[SOURCE_FIELD] ?? '';
  const url = /href\s*=\s*["']?(https?:\/\/[^"'\s>]+)/i.exec(html)?.[1] ?? '';
  return { source: stripHtml(html), sourceUrl: url };
}

interface Made {
  kind: CardKind;
  prompt: string;
  answer: string;
  html: { prompt: string; back?: string; answer: string };
  choices?: Choice[];
  accept?: string[];
}

const clozeName = (type: NoteType) => clozeField(type.templates[0]?.qfmt ?? '') ?? type.fields[0]!;

/** Whether Cards shows this Anki card: a cloze card whose deletion its note has, or a card with a template. */
function shows(note: AnkiNote, type: NoteType, card: AnkiCard): boolean {
  if (type.cloze) return clozeNumbers(fieldsOf(note, type)[clozeName(type)] ?? '').includes(card.ord + 1);
  return (type.templates[card.ord] ?? type.templates[0]) !== undefined;
}

/** One of our cards from an Anki card that `shows`. */
function makeCard(fields: Fields, type: NoteType, card: AnkiCard): Made {
  if (type.cloze) {
    const text = fields[clozeName(type)] ?? '';
    const ord = card.ord + 1;
    const ours = clozeToOurs(text, ord);
    const extra = renderTemplate(answerPart(type.templates[0]?.afmt ?? '').replace(/\{\{\s*(?:[^}]*:)?cloze:[^}]+\}\}/g, ''), fields);
    const front = ours.replace(/\{\{([\s\S]+?)\}\}/g, '<b>[…]</b>');
    const back = ours.replace(/\{\{([\s\S]+?)\}\}/g, (_, inner: string) => `<b>${inner}</b>`);
    return { kind: 'cloze', prompt: stripHtml(ours), answer: stripHtml(extra), html: { prompt: front, back, answer: extra } };
  }
  const template = (type.templates[card.ord] ?? type.templates[0])!;
  const front = renderTemplate(template.qfmt, fields);
  const answer = renderTemplate(answerPart(template.afmt), fields, front);
  if (type.name === CHOICE_MODEL_NAME) {
    const choices = parseOptionsField(fields['Options'] ?? '', stripHtml(fields['Answer'] ?? ''));
    if (choices) {
      const back = renderTemplate(fields['Back'] ?? '', fields);
      return {
        kind: 'choice',
        prompt: stripHtml(fields['Front'] ?? ''),
        answer: stripHtml(back),
        html: { prompt: fields['Front'] ?? '', answer: back },
        choices,
      };
    }
  }
  const typed = typedField(template.qfmt);
  if (typed && stripHtml(fields[typed] ?? '') !== '') {
    const accept = [stripHtml(fields[typed] ?? '')];
    return { kind: 'typed', prompt: stripHtml(front), answer: stripHtml(answer), html: { prompt: front, answer }, accept };
  }
  return { kind: 'basic', prompt: stripHtml(front), answer: stripHtml(answer), html: { prompt: front, answer } };
}

/** A deck of the collection with its cards placed (id and position final) before they are made. */
export interface PlacedDeck extends Omit<ImportedDeck, 'cards'> {
  cards: { id: string; position: number }[];
}

/** A collection's cards placed, and made on demand: `make(d, from, to)` is deck `d`'s cards `from` to `to`, in our shape. */
export interface CollectionPlan {
  decks: PlacedDeck[];
  /** Anki card id to ours, for the cards Cards shows. */
  ids: Map<number, string>;
  make: (deck: number, from: number, to: number) => CompiledCard[];
}

interface Source {
  id: string;
  note: AnkiNote;
  type: NoteType;
  card: AnkiCard;
}

/**
 * Places every card first (which cards Cards shows, their ids, decks and positions: all the save and the
 * replay need) and makes the cards themselves (templates rendered, text, hash) on demand, so an import
 * can make them while it writes.
 */
export function planCollection(col: Collection): CollectionPlan {
  const notes = new Map(col.notes.map((n) => [n.id, n]));
  const byDeck = new Map<number, Source[]>();
  const ids = new Map<number, string>();
  for (const card of col.cards) {
    const note = notes.get(card.nid);
    if (!note) continue;
    const type = col.noteTypes.get(note.mid)!;
    if (!shows(note, type, card)) continue;
    const id = ankiCardId(note.guid, card.ord);
    ids.set(card.id, id);
    const list = byDeck.get(card.did) ?? [];
    list.push({ id, note, type, card });
    byDeck.set(card.did, list);
  }
  const sources = [...byDeck.values()];
  const decks = [...byDeck].map(([did, list]) => {
    const name = col.decks.get(did) ?? 'Imported';
    const id = importedDeckId(name);
    const cards = list.map((s, position) => ({ id: s.id, position }));
    return { id, title: name.split('::').join(' › '), summary: '', sources: [], cards };
  });
  if (decks.length === 0) throw new ImportError('no-cards', 'This collection has no cards Cards can show.');
  const make = (d: number, from: number, to: number): CompiledCard[] =>
    sources[d]!.slice(from, to).map(({ note, type, card }, i) => {
      const fields = fieldsOf(note, type);
      const made = makeCard(fields, type, card);
      const versions = note.tags.filter((t) => /^containerd::v?\d/.test(t)).map((t) => t.replace(/^containerd::v?/, ''));
      const upgrade = note.tags.map((t) => (t.startsWith(UPGRADE_TAG) ? t.slice(UPGRADE_TAG.length) : undefined)).find(isUpgradeStageId);
      const placed = decks[d]!.cards[from + i]!;
      const compiled: CompiledCard = {
        id: placed.id,
        deckId: decks[d]!.id,
        kind: made.kind,
        prompt: made.prompt,
        answer: made.answer,
        ...sourceOf(fields),
        versions,
        ...(upgrade ? { upgrade } : {}),
        tags: note.tags,
        ...(made.choices ? { choices: made.choices } : {}),
        ...(made.accept ? { accept: made.accept } : {}),
        position: placed.position,
        html: made.html,
        hash: '',
      };
      compiled.hash = contentHash(JSON.stringify([compiled.kind, made.html, made.choices, made.accept]));
      return compiled;
    });
  return { decks, ids, make };
}

/** Every card made at once. */
export function madeDecks(plan: Pick<CollectionPlan, 'decks' | 'make'>): ImportedDeck[] {
  return plan.decks.map((deck, d) => ({ ...deck, cards: plan.make(d, 0, deck.cards.length) }));
}

export function decksFromCollection(col: Collection): { decks: ImportedDeck[]; ids: Map<number, string> } {
  const plan = planCollection(col);
  return { decks: madeDecks(plan), ids: plan.ids };
}
