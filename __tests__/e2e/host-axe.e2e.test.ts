/** @jest-environment node */
// The live host's screens on a phone-sized screen: lobby, question, reveal and podium, each checked by
// axe at 390 px and 320 px, in light and dark, with no sideways scrolling. The host runs the game from
// a phone with touch (reached by the Quiz tab); one player answers on another phone.
import type { Page } from 'playwright-core';

import { axeViolations } from './helpers/axe';
import { PHONE } from './helpers/browser';
import { answerShown, startQuizRig, type QuizRig } from './helpers/live-quiz';

jest.setTimeout(180_000);

let rig: QuizRig;

beforeAll(async () => {
  rig = await startQuizRig();
});

afterAll(async () => {
  await rig?.close();
});

const SIZES = [
  { width: 390, height: 844 },
  { width: 320, height: 640 },
];

/** The innermost elements reaching past the right edge, named by tag and class, for a readable failure. */
function stickingOut(page: Page, width: number): Promise<string[]> {
  return page.evaluate((edge) => {
    const wide = [...document.body.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > edge + 0.5);
    return wide
      .filter((e) => !wide.some((other) => other !== e && e.contains(other)))
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} (${Math.round(e.getBoundingClientRect().right)} px)`);
  }, width);
}

/** Axe and the page's width at both sizes in both themes; every problem found is listed with where. */
async function checkEverywhere(page: Page, where: string): Promise<void> {
  const found: unknown[] = [];
  for (const size of SIZES) {
    await page.setViewportSize(size);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await page.waitForFunction((theme) => document.documentElement.dataset.theme === theme, colorScheme);
      const at = `${where} at ${size.width} px, ${colorScheme}`;
      const violations = await axeViolations(page);
      if (violations.length > 0) found.push({ at, violations });
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth > size.width) found.push({ at, scrollWidth, sticking: await stickingOut(page, size.width) });
    }
  }
  await page.setViewportSize(SIZES[0]!);
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  expect(found).toEqual([]);
}

it('passes axe on the host’s lobby, question, reveal and podium at 390 and 320 px, light and dark', async () => {
  const host = await rig.open(PHONE, '/');
  await host.emulateMedia({ reducedMotion: 'reduce' });
  await host.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quiz', exact: true }).tap();
  await host.getByRole('heading', { level: 1, name: 'Team quiz' }).waitFor();
  await host.getByRole('checkbox', { name: "runc's role" }).check();
  await host.getByLabel('Questions').fill('1');
  await host.getByLabel('Seconds per question').fill('120');
  await host.getByRole('button', { name: 'Start a live game' }).tap();
  const code = (await host.getByTestId('join-code').innerText()).replace(/\s/g, '');

  const phone = await rig.open(PHONE, `/play?code=${code}`);
  await phone.getByLabel('Nickname').fill('Ana');
  await phone.getByRole('button', { name: 'Join the game' }).tap();
  await host.getByText('1 player in the lobby.').waitFor();
  await checkEverywhere(host, 'lobby');

  await host.getByRole('button', { name: 'Start the game' }).tap();
  await host.getByRole('button', { name: 'Reveal now' }).waitFor({ timeout: 20_000 });
  await checkEverywhere(host, 'question');

  await answerShown(phone);
  await host.getByRole('button', { name: 'Leaderboard' }).waitFor();
  await host.getByText(/of 1 answered right\./).waitFor();
  await checkEverywhere(host, 'reveal');

  await host.getByRole('button', { name: 'Leaderboard' }).tap();
  await host.getByRole('button', { name: 'Podium' }).tap();
  await host.getByRole('heading', { name: 'Podium' }).waitFor();
  await host.getByText('Report saved on this device.').waitFor();
  await checkEverywhere(host, 'podium');
});
