// A dedicated worker that computes the statistics screen's figures, so reading the store and going
// over 100,000 reviews never blocks the page. Messages: in { seq, request }, out StatsReply.
import { getDb } from './schema';
import { statsFor } from './stats-compute';
import type { StatsReply, StatsRequest } from './stats-reply';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<{ seq: number; request: StatsRequest }>) => void) | null;
  postMessage: (reply: StatsReply) => void;
};

// Opened at once: the page asks for figures only when its own store is ready, by which time this is
// too. A failure here shows again, with its reason, when the figures are asked for.
getDb()
  .open()
  .catch(() => undefined);

scope.onmessage = ({ data: { seq, request } }) => {
  statsFor(getDb(), request).then(
    (figures) => scope.postMessage({ seq, ok: true, ...figures }),
    (error: unknown) => scope.postMessage({ seq, ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
};
