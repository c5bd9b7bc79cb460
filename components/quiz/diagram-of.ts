// A diagram question's picture and regions, as they arrive in a host or player event (or null).
import type { QuestionDiagram } from '@/lib/quiz/types';

export function diagramOf(v: unknown): QuestionDiagram | null {
  const d = v as Partial<QuestionDiagram> | null | undefined;
  return d && typeof d.id === 'string' && Array.isArray(d.regions) ? { id: d.id, regions: d.regions.map(String) } : null;
}
