'use client';
// The picture as text, for a learner who does not see it (and anyone who prefers to read): its parts,
// the group each sits in, and its arrows. Masked parts stay masked here too.
import { describeDiagram } from '@/lib/decks/diagrams/describe';
import type { CompiledDiagram } from '@/lib/decks/diagrams/types';

import styles from './diagram.module.css';

export function DiagramText({ diagram, hidden = [] }: { diagram: CompiledDiagram; hidden?: readonly string[] }) {
  const { parts, relations } = describeDiagram(diagram, hidden);
  return (
    <details className={styles.text}>
      <summary>Diagram as text</summary>
      <p className="flush">Parts:</p>
      <ul>
        {parts.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
      {relations.length > 0 && (
        <>
          <p className="flush">Arrows:</p>
          <ul>
            {relations.map((r, i) => (
              <li key={i}>{r}</li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
