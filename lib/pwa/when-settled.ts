// "Once the page has loaded and gone idle": when background work (installing the service worker,
// starting a worker a screen will want) can run without competing with the screen the user waits for.

/** Without requestIdleCallback (Safari), how long after the load event the page counts as settled. */
const SETTLE_FALLBACK_MS = 500;

/** Resolves once the page has loaded and gone idle. */
export function whenSettled(): Promise<void> {
  return new Promise((resolve) => {
    const idle = () => {
      if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => resolve(), { timeout: 3000 });
      else window.setTimeout(resolve, SETTLE_FALLBACK_MS);
    };
    if (document.readyState === 'complete') idle();
    else window.addEventListener('load', idle, { once: true });
  });
}
