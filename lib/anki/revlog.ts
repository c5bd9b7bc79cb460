// Review history both ways. Anki's revlog row: id is the review's epoch ms, ease the button (1–4; 0 a
// manual reschedule), ivl and lastIvl in days (negative: seconds, for learning steps), time in ms, type
// 0 learn, 1 review, 2 relearn, 3 filtered, 4 manual, 5 rescheduled.
import type { Phase, Rating, SchedState } from '@/lib/srs/types';

import type { ImportedReview } from './imported';
import type { Revlog } from './schema11';

const DAY_MS = 86_400_000;
/** Anki caps a review's recorded time at 60 s by default; longer is someone who walked away. */
const MAX_ANSWER_MS = 60_000;

/** One of our answers, as far as the revlog needs it. */
export interface ExportReview {
  cardId: string;
  rating: Rating;
  reviewedAt: number;
  durationMs: number;
  before: SchedState;
  after: SchedState;
}

const REVLOG_TYPE: Record<Phase, number> = { new: 0, learning: 0, review: 1, relearning: 2 };

function ankiInterval(state: SchedState, at: number): number {
  if (state.phase === 'review') return Math.max(1, Math.round(state.scheduledDays));
  if (state.phase === 'new') return 0;
  return -Math.max(1, Math.round((state.due - at) / 1000));
}

/** Our answers as revlog rows, ids made unique by nudging equal times a millisecond on. */
export function toRevlog(reviews: readonly ExportReview[], ankiCardIds: ReadonlyMap<string, number>): Revlog[] {
  const used = new Set<number>();
  const rows: Revlog[] = [];
  for (const r of [...reviews].sort((a, b) => a.reviewedAt - b.reviewedAt)) {
    const cid = ankiCardIds.get(r.cardId);
    if (cid === undefined) continue;
    let id = Math.round(r.reviewedAt);
    while (used.has(id)) id++;
    used.add(id);
    rows.push({
      id,
      cid,
      ease: r.rating,
      ivl: ankiInterval(r.after, r.reviewedAt),
      lastIvl: r.before.phase === 'new' ? 0 : ankiInterval(r.before, r.before.lastReview ?? r.reviewedAt),
      factor: r.after.phase === 'review' ? Math.round(r.after.difficulty * 100) || 2500 : 0,
      time: Math.min(MAX_ANSWER_MS, Math.max(0, Math.round(r.durationMs))),
      type: REVLOG_TYPE[r.before.phase],
    });
  }
  return rows;
}

/** Revlog rows as answers to replay: manual reschedules (ease 0 or type 4/5) and rows of cards not imported are left out. */
export function fromRevlog(revlog: readonly Revlog[], ids: ReadonlyMap<number, string>): ImportedReview[] {
  const out: ImportedReview[] = [];
  for (const r of revlog) {
    const cardId = ids.get(r.cid);
    if (!cardId || r.ease < 1 || r.ease > 4 || r.type > 3) continue;
    out.push({ cardId, rating: r.ease as Rating, reviewedAt: r.id, durationMs: Math.max(0, r.time) });
  }
  return out;
}

export { DAY_MS };
