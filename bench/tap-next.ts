// Tap Good → the next card on screen, in the real study screen at a phone's size with touch.
// Timed inside the page: from the finger-down (the tap's pointerdown timeStamp) to the mutation that puts
// the next card's "Show answer" button into the DOM. The baseline in the same run is a tap on "Show answer"
// (a render of the same screen with no database work), so what Good costs beyond a render is visible.
// Each condition starts on a fresh page, so its first Good tap is the first of a session.
import type { BrowserContext, Page } from 'playwright-core';

export interface TapFigures {
  cpu: number;
  /** Every Good tap after the first, in ms. */
  good: number[];
  /** The first Good tap of the session, in ms. */
  first: number;
  /** Show answer taps (the baseline), in ms. */
  reveal: number[];
  /** For each click that still followed a measured tap: ms from its finger-down to the click's timeStamp. */
  clickGaps: number[];
}

interface TapProbe {
  t0: number;
  waitingFor: 'next' | 'answer' | null;
  samples: { kind: 'next' | 'answer'; ms: number }[];
  clickGaps: number[];
}

/**
 * Installed in the page: times each tap until the DOM shows what the tap asked for. A string, not a
 * function, because tsx's name helpers do not exist in the page.
 */
export const PROBE = `(() => {
  const probe = { t0: 0, waitingFor: null, samples: [] };
  window.__tap = probe;
  const showAnswer = () => [...document.querySelectorAll('button')].some((b) => b.textContent.trim() === 'Show answer');
  const ratings = () => document.querySelector('[aria-label="Rate your recall"]') !== null;
  // The finger-down: its pointerdown's timeStamp is the touch's own time (a click's timeStamp carries the
  // same instant; the study buttons act on the lift and prevent the click, so the bench starts here).
  document.addEventListener('pointerdown', (e) => {
    const button = e.target && e.target.closest ? e.target.closest('button') : null;
    const name = button && button.textContent ? button.textContent.trim() : '';
    if (name.startsWith('Good')) probe.waitingFor = 'next';
    else if (name === 'Show answer') probe.waitingFor = 'answer';
    else return;
    probe.t0 = e.timeStamp;
    performance.mark('tap:down', { detail: performance.now() - e.timeStamp });
  }, true);
  // What a click still following a tap would say about its start (none should follow a study button's tap).
  probe.clickGaps = [];
  document.addEventListener('click', (e) => { if (probe.waitingFor) probe.clickGaps.push(e.timeStamp - probe.t0); }, true);
  new MutationObserver(() => {
    if (!probe.waitingFor) return;
    if (!(probe.waitingFor === 'next' ? showAnswer() : ratings())) return;
    probe.samples.push({ kind: probe.waitingFor, ms: performance.now() - probe.t0 });
    performance.mark('tap:' + probe.waitingFor);
    probe.waitingFor = null;
  }).observe(document.body, { childList: true, subtree: true });
})()`;

/** How long the bench 'reads' before each tap. */
export const READ_MS = 300;

export const sampleCount = (page: Page) => page.evaluate(() => (window as unknown as { __tap: TapProbe }).__tap.samples.length);

export async function tapAndWait(page: Page, name: string | RegExp, before: number) {
  await page.getByRole('button', { name, exact: typeof name === 'string' }).tap();
  await page.waitForFunction((n) => (window as unknown as { __tap: TapProbe }).__tap.samples.length > n, before, { polling: 'raf' });
}

/** One session on a fresh page at the given CPU slowdown: `taps` Good taps after the first. */
export async function measureTapNext(context: BrowserContext, studyUrl: string, taps: number, cpu: number): Promise<TapFigures> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    await page.goto(studyUrl);
    await page.getByRole('button', { name: 'Show answer' }).waitFor({ timeout: 60_000 });
    // Let the screen's live counts settle, as a learner reads the first prompt.
    await page.waitForTimeout(1000);
    await page.evaluate(PROBE);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    for (let i = 0; i <= taps; i++) {
      // A learner reads the prompt and then the answer before tapping: 300 ms each here, far quicker than
      // anyone reads, so work a tap leaves behind (live counts, the next card's previews) may still run.
      await page.waitForTimeout(READ_MS);
      await tapAndWait(page, 'Show answer', await sampleCount(page));
      await page.waitForTimeout(READ_MS);
      await tapAndWait(page, /^Good/, await sampleCount(page));
    }
    const { samples, clickGaps } = await page.evaluate(() => (window as unknown as { __tap: TapProbe }).__tap);
    const good = samples.filter((s) => s.kind === 'next').map((s) => s.ms);
    return { cpu, first: good[0], good: good.slice(1), reveal: samples.filter((s) => s.kind === 'answer').map((s) => s.ms), clickGaps };
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => undefined);
    await page.close();
  }
}
