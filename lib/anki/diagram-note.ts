// A diagram card as an Anki note. Anki cannot draw our pictures or take a tap on them, so the picture is
// written out as text, the way a screen reader hears it in the app (describeDiagram): a hide card is a
// basic note whose front adds the parts and arrows with the masked ones named "hidden part 1"…; a point
// card is a multiple-choice note whose options are the parts it lets the learner tap.
import { describeDiagram } from '@/lib/decks/diagrams/describe';
import type { CompiledDiagram } from '@/lib/decks/diagrams/types';
import type { Choice, CompiledCard } from '@/lib/decks/types';

import { escapeHtml } from './note-types';

const list = (items: readonly string[]) => `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;

/** The picture as text, after the prompt: its title, its parts, and its arrows. */
export function diagramTextHtml(card: CompiledCard, diagram: CompiledDiagram | undefined): string {
  const ref = card.diagram;
  if (!ref) return '';
  if (!diagram)
    return `<p><i>${ref.interaction === 'hide' ? 'The picture with its hidden parts' : 'The picture'} is in containerd Cards.</i></p>`;
  const { parts, relations } = describeDiagram(diagram, ref.interaction === 'hide' ? ref.regions : []);
  return [
    `<p><i>The picture, in words: ${escapeHtml(diagram.title)}</i></p>`,
    parts.length > 0 ? `<p>Parts:</p>${list(parts)}` : '',
    relations.length > 0 ? `<p>Arrows:</p>${list(relations)}` : '',
  ].join('');
}

/** A point card's options (the parts it lets the learner tap), the one it asks for right; none for a hide card. */
export function pointChoices(card: CompiledCard): Choice[] | undefined {
  const ref = card.diagram;
  if (ref?.interaction !== 'point' || !ref.options?.length) return undefined;
  return ref.options.map((o) => ({ text: o.name, correct: o.id === ref.regions[0] }));
}
