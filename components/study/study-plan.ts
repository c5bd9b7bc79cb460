// What a study session covers, read from /study's URL: one deck (?deck=), several or every deck
// (?decks=a,b or ?all=1), or a custom study session (?custom=ahead|forgotten|preview, with ?days=,
// ?deck=, and for a preview of a Browse search ?q=, ?state= and ?version=).
import type { CustomStudy } from '@/lib/db/custom-study';
import { isStudyLine } from '@/lib/decks/releases';

import { isStatusFilter } from '../browse/browse-filters';

export type StudyPlan =
  { kind: 'deck'; deckId: string } | { kind: 'decks'; deckIds: string[] | null } | { kind: 'custom'; spec: CustomStudy };

/** Review ahead reaches at most this many days; forgotten cards look back at most this many. */
export const MAX_AHEAD_DAYS = 365;
export const MAX_FORGOTTEN_DAYS = 30;

function wholeIn(text: string | null, min: number, max: number): number | null {
  const n = Number(text);
  return text !== null && Number.isInteger(n) && n >= min && n <= max ? n : null;
}

/** The plan a URL asks for; null when it asks for nothing (the "Study now" pick) or for nonsense. */
export function planFromParams(params: URLSearchParams): StudyPlan | null {
  const deckId = params.get('deck') || null;
  const custom = params.get('custom');
  if (custom === 'ahead' || custom === 'forgotten') {
    const days = wholeIn(params.get('days'), 1, custom === 'ahead' ? MAX_AHEAD_DAYS : MAX_FORGOTTEN_DAYS);
    return days === null ? null : { kind: 'custom', spec: { kind: custom, days, deckId } };
  }
  if (custom === 'preview') {
    const state = params.get('state');
    const version = params.get('version');
    return {
      kind: 'custom',
      spec: {
        kind: 'preview',
        deckId,
        text: params.get('q') ?? '',
        status: isStatusFilter(state) ? state : 'all',
        ...(isStudyLine(version) && { version }),
      },
    };
  }
  if (custom !== null) return null;
  if (deckId) return { kind: 'deck', deckId };
  if (params.get('all') === '1') return { kind: 'decks', deckIds: null };
  const decks = params.get('decks');
  return decks ? { kind: 'decks', deckIds: decks.split(',').filter(Boolean) } : null;
}

/** A key that changes when the plan does (a new session), not when its object does. */
export const planKey = (plan: StudyPlan): string => JSON.stringify(plan);

/** The Custom study form for one deck, or for every deck (null). */
export function customStudyHref(deckId: string | null): string {
  return deckId === null ? '/study?custom=choose' : `/study?custom=choose&deck=${encodeURIComponent(deckId)}`;
}

/** The URL of a plan, the inverse of planFromParams. */
export function planHref(plan: StudyPlan): string {
  const p = new URLSearchParams();
  if (plan.kind === 'deck') p.set('deck', plan.deckId);
  else if (plan.kind === 'decks') {
    if (plan.deckIds) p.set('decks', plan.deckIds.join(','));
    else p.set('all', '1');
  } else {
    const { spec } = plan;
    p.set('custom', spec.kind);
    if (spec.deckId) p.set('deck', spec.deckId);
    if (spec.kind === 'preview') {
      if (spec.text) p.set('q', spec.text);
      if (spec.status !== 'all') p.set('state', spec.status);
      if (spec.version) p.set('version', spec.version);
    } else p.set('days', String(spec.days));
  }
  return `/study?${p.toString()}`;
}
