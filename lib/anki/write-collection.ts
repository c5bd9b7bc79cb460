// Writes decks (and, when given, the learner's progress) as an Anki schema-11 collection: one Anki
// deck per deck under "containerd Cards", tags by topic and version, the upstream source in a field,
// GUIDs derived from card ids so importing a newer export updates notes instead of duplicating them.
import type { SqlJsStatic } from 'sql.js';

import type { CompiledDiagram } from '@/lib/decks/diagrams/types';
import { contentHash } from '@/lib/decks/hash';
import type { Choice, CompiledCard, CompiledDeck } from '@/lib/decks/types';
import type { RenderMarkdown } from '@/lib/markdown/render';
import type { SchedState } from '@/lib/srs/types';

import { diagramTextHtml, pointChoices } from './diagram-note';
import { escapeHtml, NOTE_TYPES, optionsField, UPGRADE_TAG, type ExportModel } from './note-types';
import { toRevlog, type ExportReview } from './revlog';
import { FIELD_SEPARATOR, SCHEMA11_SQL, type NoteType } from './schema11';
import { fieldChecksum } from './sha1';
import { oursToCloze, stripHtml } from './templates';

export const ROOT_DECK = 'containerd Cards';
const DAY_MS = 86_400_000;

export interface ExportInput {
  decks: readonly CompiledDeck[];
  /** Progress per card id; cards without are new. */
  states?: ReadonlyMap<string, SchedState>;
  reviews?: readonly ExportReview[];
  /** Renders a cloze's Markdown with Anki's {{c1::…}} kept, when the card has no HTML of its own to use. */
  render?: RenderMarkdown;
  /** The compiled diagrams (diagrams.json), by id: a diagram card's picture is written out as text. */
  diagrams?: ReadonlyMap<string, CompiledDiagram>;
  now: number;
}

/** A GUID Anki accepts (printable, no spaces), the same for the same card id on every export. */
export function guidFor(cardId: string): string {
  return `cc${contentHash(`guid:${cardId}`)}`;
}

function idFromHash(text: string): number {
  return 1_500_000_000_000 + (parseInt(contentHash(text).slice(0, 8), 36) % 100_000_000_000);
}

/** Tags by topic (the deck, and the card's own tags), by containerd version and upgrade stage; Anki tags have no spaces. */
function tagsFor(card: CompiledCard, deckId: string): string {
  const tags = [
    `containerd::deck::${deckId}`,
    ...card.tags.map((t) => `containerd::topic::${t}`),
    ...card.versions.map((v) => `containerd::v${v}`),
    // The upgrade stage, read back by decksFromCollection so an imported card keeps its place in an upgrade.
    ...(card.upgrade ? [`${UPGRADE_TAG}${card.upgrade}`] : []),
  ];
  return ` ${tags.map((t) => t.replace(/\s+/g, '_')).join(' ')} `;
}

/** A card's options as a multiple-choice note has them: a choice card's own, a point diagram card's parts. */
const choicesOf = (card: CompiledCard): Choice[] | undefined =>
  card.kind === 'choice' && card.choices?.length ? card.choices : pointChoices(card);

function modelFor(card: CompiledCard): ExportModel {
  if (card.kind === 'cloze') return 'cloze';
  if (card.kind === 'typed' && card.accept?.length) return 'typed';
  if (choicesOf(card)) return 'choice';
  return 'basic';
}

function textHtml(markdown: string): string {
  return escapeHtml(markdown).replace(/\n/g, '<br>');
}

/** Order and true/false cards have no Anki note type: shown as basic cards with what they ask and answer. */
function basicBack(card: CompiledCard): string {
  const answer = card.html?.answer ?? textHtml(card.answer);
  if (card.kind === 'truefalse' && card.truth !== undefined) return `<p><b>${card.truth ? 'True' : 'False'}</b></p>${answer}`;
  if (card.kind === 'order' && card.steps)
    return `<ol>${card.steps.map((s) => `<li>${s.html ?? escapeHtml(s.text)}</li>`).join('')}</ol>${answer}`;
  return answer;
}

function noteFields(card: CompiledCard, render: RenderMarkdown | undefined, diagrams: ExportInput['diagrams']): string[] {
  const source = card.sourceUrl ? `<a href="${escapeHtml(card.sourceUrl)}">${escapeHtml(card.source)}</a>` : escapeHtml(card.source);
  const versions = escapeHtml(card.versions.join(', '));
  const prompt = (card.html?.prompt ?? textHtml(card.prompt)) + diagramTextHtml(card, card.diagram && diagrams?.get(card.diagram.id));
  const answer = card.html?.answer ?? textHtml(card.answer);
  switch (modelFor(card)) {
    case 'cloze':
      return [render ? render(oursToCloze(card.prompt)) : textHtml(oursToCloze(card.prompt)), answer, source, versions];
    case 'typed':
      return [prompt, escapeHtml(card.accept![0]!), answer, source, versions];
    case 'choice': {
      const choices = choicesOf(card)!;
      const right = choices.find((c) => c.correct);
      return [prompt, optionsField(choices), escapeHtml(right?.text ?? ''), answer, source, versions];
    }
    default:
      return [prompt, basicBack(card), source, versions];
  }
}

function modelJson(type: NoteType, did: number, now: number) {
  return {
    id: type.id,
    name: type.name,
    type: type.cloze ? 1 : 0,
    mod: Math.floor(now / 1000),
    usn: -1,
    sortf: 0,
    did,
    tmpls: type.templates.map((t, ord) => ({ name: t.name, ord, qfmt: t.qfmt, afmt: t.afmt, did: null, bqfmt: '', bafmt: '' })),
    flds: type.fields.map((name, ord) => ({ name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] })),
    css: '.card { font-family: sans-serif; font-size: 20px; text-align: left; } .source { margin-top: 1em; font-size: 14px; opacity: .7; }',
    latexPre: '\\documentclass[12pt]{article}\\begin{document}',
    latexPost: '\\end{document}',
    latexsvg: false,
    tags: [],
    vers: [],
    req: [[0, 'any', [0]]],
  };
}

function deckJson(id: number, name: string, now: number) {
  return {
    id,
    name,
    mod: Math.floor(now / 1000),
    usn: -1,
    lrnToday: [0, 0],
    revToday: [0, 0],
    newToday: [0, 0],
    timeToday: [0, 0],
    collapsed: false,
    browserCollapsed: false,
    desc: '',
    dyn: 0,
    conf: 1,
    extendNew: 0,
    extendRev: 0,
  };
}

const DECK_CONF = {
  id: 1,
  name: 'Default',
  mod: 0,
  usn: 0,
  maxTaken: 60,
  autoplay: true,
  timer: 0,
  replayq: true,
  dyn: false,
  new: { delays: [1, 10], ints: [1, 4, 0], initialFactor: 2500, order: 1, perDay: 20, bury: false },
  lapse: { delays: [10], mult: 0, minInt: 1, leechFails: 8, leechAction: 1 },
  rev: { perDay: 200, ease4: 1.3, ivlFct: 1, maxIvl: 36500, bury: false, hardFactor: 1.2 },
};

/** Anki's card columns for our state: type/queue 0 new, 1 learning, 2 review, 3 relearning; due in days from crt for reviews. */
function cardColumns(state: SchedState | undefined, position: number, crt: number) {
  if (!state || state.phase === 'new') return { type: 0, queue: 0, due: position, ivl: 0, factor: 0, reps: 0, lapses: 0, data: '{}' };
  const data = state.stability > 0 ? JSON.stringify({ s: +state.stability.toFixed(4), d: +state.difficulty.toFixed(4) }) : '{}';
  const common = { reps: state.reps, lapses: state.lapses, data };
  if (state.phase === 'review') {
    return {
      ...common,
      type: 2,
      queue: 2,
      due: Math.floor((state.due - crt * 1000) / DAY_MS),
      ivl: Math.max(1, Math.round(state.scheduledDays)),
      factor: 2500,
    };
  }
  return { ...common, type: state.phase === 'learning' ? 1 : 3, queue: 1, due: Math.floor(state.due / 1000), ivl: 0, factor: 2500 };
}

export function writeCollection(SQL: SqlJsStatic, input: ExportInput): Uint8Array {
  const { decks, states, reviews = [], render, diagrams, now } = input;
  const db = new SQL.Database();
  try {
    db.exec(SCHEMA11_SQL);
    const crt = Math.floor(new Date(now).setUTCHours(4, 0, 0, 0) / 1000) - 86_400 * 3650;
    const deckIds = new Map<string, number>();
    const decksJson: Record<string, unknown> = { '1': deckJson(1, 'Default', now) };
    const rootId = idFromHash(ROOT_DECK);
    decksJson[rootId] = deckJson(rootId, ROOT_DECK, now);
    for (const deck of decks) {
      const id = idFromHash(`deck:${deck.id}`);
      deckIds.set(deck.id, id);
      decksJson[id] = { ...deckJson(id, `${ROOT_DECK}::${deck.title.replace(/::/g, ':')}`, now), desc: escapeHtml(deck.summary) };
    }
    const models = Object.fromEntries(Object.values(NOTE_TYPES).map((t) => [t.id, modelJson(t, rootId, now)]));
    const conf = {
      nextPos: 1,
      estTimes: true,
      activeDecks: [1],
      sortType: 'noteFld',
      timeLim: 0,
      sortBackwards: false,
      addToCur: true,
      curDeck: 1,
      newBury: true,
      newSpread: 0,
      dueCounts: true,
      curModel: NOTE_TYPES.basic.id,
      collapseTime: 1200,
    };
    db.run('INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)', [
      crt,
      now,
      now,
      JSON.stringify(conf),
      JSON.stringify(models),
      JSON.stringify(decksJson),
      JSON.stringify({ '1': DECK_CONF }),
      '{}',
    ]);
    const ankiCardIds = new Map<string, number>();
    const mod = Math.floor(now / 1000);
    const insertNote = db.prepare("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
    const insertCard = db.prepare('INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, ?)');
    db.run('BEGIN');
    let serial = 0;
    for (const deck of decks) {
      for (const card of deck.cards) {
        serial++;
        const id = 1_600_000_000_000 + serial;
        const fields = noteFields(card, render, diagrams);
        const sortText = stripHtml(fields[0]!);
        insertNote.run([
          id,
          guidFor(card.id),
          NOTE_TYPES[modelFor(card)].id,
          mod,
          tagsFor(card, deck.id),
          fields.join(FIELD_SEPARATOR),
          sortText,
          fieldChecksum(sortText),
        ]);
        const c = cardColumns(states?.get(card.id), serial, crt);
        insertCard.run([id, id, deckIds.get(deck.id)!, mod, c.type, c.queue, c.due, c.ivl, c.factor, c.reps, c.lapses, c.data]);
        ankiCardIds.set(card.id, id);
      }
    }
    insertNote.free();
    insertCard.free();
    const insertRev = db.prepare('INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)');
    for (const r of toRevlog(reviews, ankiCardIds)) insertRev.run([r.id, r.cid, r.ease, r.ivl, r.lastIvl, r.factor, r.time, r.type]);
    insertRev.free();
    db.run('COMMIT');
    return db.export();
  } finally {
    db.close();
  }
}
