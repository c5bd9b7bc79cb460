'use client';
// A diagram card's picture. "hide": the named regions are masked until Show answer. "point": the learner
// taps the region the prompt describes; the tap is marked right or wrong and the rating suggested, as a
// multiple-choice option is. Loaded only when a diagram card shows (the picture comes from diagrams.json).
import { useState } from 'react';

import type { CardRow } from '@/lib/db';
import type { CompiledDiagram, DiagramRef } from '@/lib/decks/diagrams/types';

import styles from '../diagram/diagram.module.css';
import { DiagramSvg, type RegionMark } from '../diagram/diagram-svg';
import { DiagramText } from '../diagram/diagram-text';
import { useDiagram } from '../diagram/use-diagram';
import type { Outcome } from './card-face';

interface Props {
  card: CardRow;
  revealed: boolean;
  onAnswered: (outcome: Outcome) => void;
}

function parts(n: number): string {
  return n === 1 ? 'one hidden part' : `${n} hidden parts`;
}

/**
 * What the answer side says about the picture: what the hidden parts read (one text when they all read
 * the same, as the shims of two containers do), or how the tap went.
 */
function verdict(ref: DiagramRef, picked: string | null, names: Map<string, string>, hidden: string[] = ref.names): string {
  if (ref.interaction === 'hide') {
    return new Set(hidden).size === 1 ? `Hidden: ${hidden[0]}.` : `Hidden: ${hidden.map((n, i) => `${i + 1}, ${n}`).join('; ')}.`;
  }
  const target = ref.names[0];
  if (picked === null) return `The answer: ${target}.`;
  return picked === ref.regions[0] ? `Right: ${target}.` : `You tapped ${names.get(picked) ?? picked}; the answer is ${target}.`;
}

function Picture({
  diagram,
  about: ref,
  revealed,
  onAnswered,
}: {
  diagram: CompiledDiagram;
  about: DiagramRef;
  revealed: boolean;
  onAnswered: (o: Outcome) => void;
}) {
  const [picked, setPicked] = useState<string | null>(null);
  const names = new Map(diagram.regions.map((r) => [r.id, r.name]));
  const hiddenTexts = ref.regions.map((id) => diagram.regions.find((r) => r.id === id)?.label?.lines.join(' ') ?? names.get(id) ?? id);
  const point = ref.interaction === 'point';
  const masked = !point && !revealed ? ref.regions : [];
  const marks: Record<string, RegionMark> = {};
  if (revealed) {
    if (point && picked && picked !== ref.regions[0]) marks[picked] = 'wrong';
    for (const id of ref.regions) marks[id] = point ? 'right' : 'revealed';
  }
  const label = revealed ? diagram.title : point ? `${diagram.title}: tap a part` : `${diagram.title}, with ${parts(ref.regions.length)}`;
  const pick = (id: string) => {
    setPicked(id);
    onAnswered(id === ref.regions[0] ? 'right' : 'wrong');
  };
  return (
    <figure className={styles.figure}>
      <DiagramSvg
        diagram={diagram}
        label={label}
        masked={masked}
        marks={marks}
        {...(point && !revealed ? { pickable: ref.options?.map((o) => o.id) ?? [], onPick: pick } : {})}
      />
      <figcaption>
        {revealed && (
          <p className={`flush ${point && picked !== null && picked !== ref.regions[0] ? 'error-text' : ''}`} role="status">
            {verdict(ref, picked, names, hiddenTexts)}
          </p>
        )}
        {revealed && <p className="muted flush">{diagram.description}</p>}
        <DiagramText diagram={diagram} hidden={masked} />
      </figcaption>
    </figure>
  );
}

export function DiagramFace({ card, revealed, onAnswered }: Props) {
  const ref = card.diagram;
  const state = useDiagram(ref?.id ?? null);
  if (!ref) return null;
  if (state.status === 'loading') return <p className="muted">Loading the diagram…</p>;
  if (state.status !== 'ready' || state.diagram.hash !== ref.hash) {
    const why =
      state.status === 'error' ? state.message : 'This card was made for another version of its diagram; it updates with the decks.';
    return (
      <p className="banner" role="status">
        {why} {revealed ? verdict(ref, null, new Map()) : ''}
      </p>
    );
  }
  return <Picture diagram={state.diagram} about={ref} revealed={revealed} onAnswered={onAnswered} />;
}
