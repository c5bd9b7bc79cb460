// A dedicated worker that computes the statistics screen's figures, so reading the store and going
// over 100,000 reviews never blocks the page. Messages: in StatsMessage, out StatsReply. It keeps the
// input it read while the page's count of writes stays the same (stats-inputs.ts).
import { getDb } from './schema';
import { statsFor } from './stats-compute';
import { markStats } from './stats-marks';
import { StatsInputCache } from './stats-inputs';
import type { StatsMessage, StatsReply } from './stats-reply';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<StatsMessage>) => void) | null;
  postMessage: (reply: StatsReply) => void;
};

// Opened at once: the page asks for figures only when its own store is ready, by which time this is
// too. A failure here shows again, with its reason, when the figures are asked for.
getDb()
  .open()
  .then(() => markStats('worker-opened'))
  .catch(() => undefined);

const inputs = new StatsInputCache();

scope.onmessage = ({ data: { seq, request, writes } }) => {
  markStats('request');
  statsFor(getDb(), request, (deckId) => inputs.read(getDb(), deckId, writes)).then(
    (figures) => {
      scope.postMessage({ seq, ok: true, ...figures });
      markStats('posted');
    },
    (error: unknown) => scope.postMessage({ seq, ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
};
