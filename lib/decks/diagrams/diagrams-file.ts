// The compiled diagrams as the app serves them: one static file the deck build writes and the service
// worker keeps offline. Read by the screens that draw a diagram and by the Anki export in its worker.
import type { CompiledDiagram } from './types';

export const DIAGRAMS_URL = '/decks/diagrams.json';

export async function fetchDiagrams(): Promise<Map<string, CompiledDiagram>> {
  const res = await fetch(DIAGRAMS_URL);
  if (!res.ok) throw new Error(`The diagrams could not be loaded (HTTP ${res.status}).`);
  const body = (await res.json()) as { diagrams?: CompiledDiagram[] };
  if (!Array.isArray(body.diagrams)) throw new Error('The diagrams file is damaged; reload the app to fetch it again.');
  return new Map(body.diagrams.map((d) => [d.id, d]));
}
