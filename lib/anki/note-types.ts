// The note types we export: one per card kind Anki can show natively (basic, cloze as Anki cloze,
// typed as Anki type-in) plus multiple choice as its own type (options listed, the right one on the
// back), each with the upstream source and versions in fields. Their ids are fixed, so a second export
// updates the same note types in Anki.
import type { Choice } from '@/lib/decks/types';

import type { NoteType } from './schema11';

/** The tag that carries a card's upgrade stage through an Anki package (`containerd::upgrade::removed`). */
export const UPGRADE_TAG = 'containerd::upgrade::';

export const CHOICE_MODEL_NAME = 'containerd Cards: multiple choice';

const SOURCE = '<div class="source">{{#Source}}Source: {{Source}}{{/Source}} {{#Versions}}· containerd {{Versions}}{{/Versions}}</div>';

export const NOTE_TYPES = {
  basic: {
    id: 1_700_000_000_001,
    name: 'containerd Cards: basic',
    cloze: false,
    fields: ['Front', 'Back', 'Source', 'Versions'],
    templates: [{ name: 'Card 1', qfmt: '{{Front}}', afmt: `{{FrontSide}}<hr id=answer>{{Back}}${SOURCE}` }],
  },
  cloze: {
    id: 1_700_000_000_002,
    name: 'containerd Cards: cloze',
    cloze: true,
    fields: ['Text', 'Back Extra', 'Source', 'Versions'],
    templates: [{ name: 'Cloze', qfmt: '{{cloze:Text}}', afmt: `{{cloze:Text}}<br>{{Back Extra}}${SOURCE}` }],
  },
  typed: {
    id: 1_700_000_000_003,
    name: 'containerd Cards: type in the answer',
    cloze: false,
    fields: ['Front', 'Answer', 'Back', 'Source', 'Versions'],
    templates: [
      { name: 'Card 1', qfmt: '{{Front}}<br>{{type:Answer}}', afmt: `{{Front}}<hr id=answer>{{type:Answer}}<br>{{Back}}${SOURCE}` },
    ],
  },
  choice: {
    id: 1_700_000_000_004,
    name: CHOICE_MODEL_NAME,
    cloze: false,
    fields: ['Front', 'Options', 'Answer', 'Back', 'Source', 'Versions'],
    templates: [
      { name: 'Card 1', qfmt: '{{Front}}{{Options}}', afmt: `{{FrontSide}}<hr id=answer><p><b>{{Answer}}</b></p>{{Back}}${SOURCE}` },
    ],
  },
} satisfies Record<string, NoteType>;

export type ExportModel = keyof typeof NOTE_TYPES;

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A choice card's options as the Options field: an ordered list, each option's HTML. */
export function optionsField(choices: readonly Choice[]): string {
  return `<ol class="options">${choices.map((c) => `<li>${c.html ?? escapeHtml(c.text)}</li>`).join('')}</ol>`;
}

/** The Options field read back; the right option is the one whose text is the Answer field. */
export function parseOptionsField(html: string, answer: string): Choice[] | undefined {
  const items = [...html.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!);
  const text = (h: string) =>
    h
      .replace(/<[^>]*>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .trim();
  const choices = items.map((h) => ({ text: text(h), correct: text(h) === answer.trim(), html: h }));
  return choices.length >= 2 && choices.filter((c) => c.correct).length === 1 ? choices : undefined;
}

export { escapeHtml };
