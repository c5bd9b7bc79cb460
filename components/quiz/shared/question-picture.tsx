'use client';
// A diagram question's picture on a quiz screen. Players tap the region of their option (the others are
// dimmed: they are not options); the projector shows it; the reveal marks the right region and draws
// each region's count. When this device has no such picture (another app version), nothing is drawn
// and the options' names still work.
import type { QuestionDiagram } from '@/lib/quiz/types';

import { DiagramSvg, type RegionMark } from '../../diagram/diagram-svg';
import { useDiagram } from '../../diagram/use-diagram';
import styles from './quiz.module.css';

interface Props {
  diagram: QuestionDiagram;
  /** This player's option, locked or answered. */
  chosen?: number | null;
  /** The right option, once revealed. */
  correct?: number | null;
  /** How many chose each option, once revealed. */
  counts?: number[] | null;
  /** Given while the player may answer. */
  onChoose?: (option: number) => void;
}

export function QuestionPicture({ diagram, chosen = null, correct = null, counts = null, onChoose }: Props) {
  const state = useDiagram(diagram.id);
  if (state.status !== 'ready') return null;
  const known = new Set(state.diagram.regions.map((r) => r.id));
  if (!diagram.regions.every((id) => known.has(id))) return null;
  const marks: Record<string, RegionMark> = {};
  if (chosen !== null && diagram.regions[chosen])
    marks[diagram.regions[chosen]] = correct === null ? 'picked' : chosen === correct ? 'right' : 'wrong';
  if (correct !== null && diagram.regions[correct]) marks[diagram.regions[correct]] = 'right';
  const regionCounts = counts ? Object.fromEntries(diagram.regions.map((id, i) => [id, counts[i] ?? 0])) : undefined;
  return (
    <div className={styles.picture}>
      <DiagramSvg
        diagram={state.diagram}
        label={onChoose ? `${state.diagram.title}: tap your answer` : state.diagram.title}
        pickable={diagram.regions}
        dimOthers
        marks={marks}
        {...(regionCounts ? { counts: regionCounts } : {})}
        {...(onChoose ? { onPick: (id: string) => onChoose(diagram.regions.indexOf(id)) } : {})}
      />
    </div>
  );
}
