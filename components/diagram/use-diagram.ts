'use client';
// The compiled diagrams ship as one static file (the deck build writes it; the service worker keeps it
// offline). It is fetched once, the first time a screen shows a diagram, and shared by every screen.
import { useEffect, useState } from 'react';

import { fetchDiagrams } from '@/lib/decks/diagrams/diagrams-file';
import type { CompiledDiagram } from '@/lib/decks/diagrams/types';

let loading: Promise<Map<string, CompiledDiagram>> | null = null;

export function loadDiagrams(): Promise<Map<string, CompiledDiagram>> {
  // A failure is not kept: the next diagram on screen tries again (the network may be back).
  loading ??= fetchDiagrams().catch((e: unknown) => {
    loading = null;
    throw e;
  });
  return loading;
}

export type DiagramState =
  { status: 'loading' } | { status: 'ready'; diagram: CompiledDiagram } | { status: 'missing' } | { status: 'error'; message: string };

export function useDiagram(id: string | null): DiagramState {
  const [state, setState] = useState<{ id: string | null; value: DiagramState }>({ id, value: { status: 'loading' } });
  useEffect(() => {
    if (id === null) return;
    let live = true;
    loadDiagrams().then(
      (all) => {
        const diagram = all.get(id);
        if (live) setState({ id, value: diagram ? { status: 'ready', diagram } : { status: 'missing' } });
      },
      (e: unknown) => live && setState({ id, value: { status: 'error', message: e instanceof Error ? e.message : String(e) } }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  return state.id === id ? state.value : { status: 'loading' };
}
