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

function makeCard(fields: Fields, type: NoteType, card: AnkiCard): Made | undefined {
  if (type.cloze) {
    const name = clozeField(type.templates[0]?.qfmt ?? '') ?? type.fields[0]!;
    const text = fields[name] ?? '';
    const ord = card.ord + 1;
    if (!clozeNumbers(text).includes(ord)) return undefined;
    const ours = clozeToOurs(text, ord);
    const extra = renderTemplate(answerPart(type.templates[0]?.afmt ?? '').replace(/\{\{\s*(?:[^}]*:)?cloze:[^}]+\}\}/g, ''), fields);
    const front = ours.replace(/\{\{([\s\S]+?)\}\}/g, '<b>[…]</b>');
    const back = ours.replace(/\{\{([\s\S]+?)\}\}/g, (_, inner: string) => `<b>${inner}</b>`);
    return { kind: 'cloze', prompt: stripHtml(ours), answer: stripHtml(extra), html: { prompt: front, back, answer: extra } };
  }
  const template = type.templates[card.ord] ?? type.templates[0];
  if (!template) return undefined;
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

export function decksFromCollection(col: Collection): { decks: ImportedDeck[]; ids: Map<number, string> } {
  const notes = new Map(col.notes.map((n) => [n.id, n]));
  const byDeck = new Map<number, CompiledCard[]>();
  const ids = new Map<number, string>();
  const deckIds = new Map<number, string>();
  for (const card of col.cards) {
    const note = notes.get(card.nid);
    if (!note) continue;
    const type = col.noteTypes.get(note.mid)!;
    const fields = fieldsOf(note, type);
    const made = makeCard(fields, type, card);
    if (!made) continue;
    let deckId = deckIds.get(card.did);
    if (deckId === undefined) deckIds.set(card.did, (deckId = importedDeckId(col.decks.get(card.did) ?? 'Imported')));
    const id = ankiCardId(note.guid, card.ord);
    ids.set(card.id, id);
    const versions = note.tags.filter((t) => /^containerd::v?\d/.test(t)).map((t) => t.replace(/^containerd::v?/, ''));
    const upgrade = note.tags.map((t) => (t.startsWith(UPGRADE_TAG) ? t.slice(UPGRADE_TAG.length) : undefined)).find(isUpgradeStageId);
    const list = byDeck.get(card.did) ?? [];
    const compiled: CompiledCard = {
      id,
      deckId,
      kind: made.kind,
      prompt: made.prompt,
      answer: made.answer,
      ...sourceOf(fields),
      versions,
      ...(upgrade ? { upgrade } : {}),
      tags: note.tags,
      ...(made.choices ? { choices: made.choices } : {}),
      ...(made.accept ? { accept: made.accept } : {}),
      position: list.length,
      html: made.html,
      hash: '',
    };
    compiled.hash = contentHash(JSON.stringify([compiled.kind, made.html, made.choices, made.accept]));
    list.push(compiled);
    byDeck.set(card.did, list);
  }
  const decks = [...byDeck].map(([did, cards]) => {
    const name = col.decks.get(did) ?? 'Imported';
    return { id: importedDeckId(name), title: name.split('::').join(' › '), summary: '', sources: [], cards };
  });
  if (decks.length === 0) throw new ImportError('no-cards', 'This collection has no cards Cards can show.');
  return { decks, ids };
}
