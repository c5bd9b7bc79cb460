/** @jest-environment node */
// Every player learns: three phones (three browser contexts, touch) play a live game against the
// real server; each misses something; each taps "Add the N questions I missed to my study" at the
// podium; and each phone's own Today, reached by the tab bar, holds exactly that player's misses as
// due learning cards. Along the way axe checks every player and host screen, at 390 px light, 390 px
// dark and 320 px dark, and the 320 px phone never scrolls sideways.
import type { BrowserContextOptions, Page } from 'playwright-core';

import { axeViolations } from './helpers/axe';
import { PHONE } from './helpers/browser';
import { answerShown, RESULT, startQuizRig, waitForQuestion, type QuizRig } from './helpers/live-quiz';

jest.setTimeout(240_000);

let rig: QuizRig;

beforeAll(async () => {
  rig = await startQuizRig();
});

afterAll(async () => {
  await rig?.close();
});

async function expectAccessible(page: Page, where: string): Promise<void> {
  expect({ where, violations: await axeViolations(page) }).toEqual({ where, violations: [] });
  const width = page.viewportSize()?.width ?? 0;
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect({ where, scrollWidth }).toEqual({ where, scrollWidth: width });
}

const PHONES: { name: string; options: BrowserContextOptions }[] = [
  { name: 'Ana', options: PHONE },
  { name: 'Bo', options: { ...PHONE, viewport: { width: 320, height: 640 }, colorScheme: 'dark' } },
  { name: 'Cy', options: { ...PHONE, colorScheme: 'dark' } },
];
const QUESTIONS = 3;

it('sends each player’s own misses into their own study on their own phone', async () => {
  const host = await rig.openQuizByTab();
  await host.getByRole('checkbox', { name: "runc's role" }).check();
  await host.getByLabel('Questions').fill(String(QUESTIONS));
  await host.getByLabel('Seconds per question').fill('20');
  await host.getByRole('button', { name: 'Start a live game' }).click();
  const code = (await host.getByTestId('join-code').innerText()).replace(/\s/g, '');
  await expectAccessible(host, 'host lobby');

  const players: Page[] = [];
  for (const { name, options } of PHONES) {
    const p = await rig.open(options, `/play?code=${code}`);
    await p.getByLabel('Nickname').fill(name);
    await p.getByRole('button', { name: 'Join the game' }).tap();
    await p.getByText('You’re in. Waiting for the host to start…').waitFor();
    await expectAccessible(p, `${name} lobby`);
    players.push(p);
  }
  await host.getByText('3 players in the lobby.').waitFor();
  await host.getByRole('button', { name: 'Start the game' }).click();

  // Player i leaves question i unanswered (a miss for sure) and answers the others, whatever their kind.
  const missed: string[][] = PHONES.map(() => []);
  for (let q = 0; q < QUESTIONS; q++) {
    for (const [i, p] of players.entries()) {
      await waitForQuestion(p);
      if (q === 0) await expectAccessible(p, `${PHONES[i]!.name} question`);
      if (i !== q) await answerShown(p, { pick: i + q });
    }
    if (q === 0) await expectAccessible(host, 'host question');
    await host.getByRole('button', { name: 'Leaderboard' }).waitFor({ timeout: 30_000 });
    if (q === 0) await expectAccessible(host, 'host reveal');
    for (const [i, p] of players.entries()) {
      const result = p.getByRole('status').filter({ hasText: RESULT });
      await result.waitFor();
      const prompt = (await p.getByRole('heading', { level: 2 }).first().innerText()).trim();
      if (!/^Right!/.test(await result.innerText())) missed[i]!.push(prompt);
      if (q === 0) await expectAccessible(p, `${PHONES[i]!.name} reveal`);
    }
    await host.getByRole('button', { name: 'Leaderboard' }).click();
    await host.getByRole('heading', { name: 'Leaderboard' }).waitFor();
    if (q === 0) {
      await expectAccessible(host, 'host leaderboard');
      for (const [i, p] of players.entries()) {
        await p.getByRole('heading', { name: 'Leaderboard' }).waitFor();
        await expectAccessible(p, `${PHONES[i]!.name} leaderboard`);
      }
    }
    await host.getByRole('button', { name: q === QUESTIONS - 1 ? 'Podium' : 'Next question' }).click();
  }
  await host.getByRole('heading', { name: 'Podium' }).waitFor();
  await expectAccessible(host, 'host podium');
  // The report on screen: every player by question, at the laptop's width and on a 320 px dark phone.
  await host.getByText('Report saved on this device.').waitFor();
  await host.getByRole('button', { name: 'Done' }).click();
  await host.getByText('Players by question').first().click();
  const grid = host.getByRole('region', { name: /^Players by question/ }).first();
  for (const { name } of PHONES) await grid.getByRole('row', { name: new RegExp(`^${name}`) }).waitFor();
  await expectAccessible(host, 'host report');
  // Loaded afresh in dark mode, so axe measures settled colours, not a theme transition.
  await host.setViewportSize({ width: 320, height: 640 });
  await host.emulateMedia({ colorScheme: 'dark' });
  await host.reload();
  await host.getByText('Players by question').first().click();
  await host
    .getByRole('region', { name: /^Players by question/ })
    .first()
    .waitFor();
  await expectAccessible(host, 'host report at 320 px, dark');

  for (const [i, p] of players.entries()) {
    const n = missed[i]!.length;
    expect(n).toBeGreaterThan(0);
    await p.getByRole('heading', { name: 'Podium' }).waitFor();
    const add = p.getByRole('button', { name: `Add the ${n} question${n === 1 ? '' : 's'} I missed to my study` });
    await add.and(p.locator(':enabled')).waitFor();
    await expectAccessible(p, `${PHONES[i]!.name} podium`);
    await add.tap();
    await p.getByRole('status').filter({ hasText: `due in your study now.` }).waitFor();

    // Today, by the tab bar: this deck's learning count is this player's misses, every other deck none.
    await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).tap();
    const deck = p.getByRole('listitem').filter({ has: p.getByRole('heading', { name: "runc's role" }) });
    await deck
      .locator('.count-learn')
      .filter({ hasText: `${n} learning` })
      .waitFor();
    // Every deck's own count (Today's one number for all decks above them says the same again).
    const learning = await p.getByRole('listitem').locator('.count-learn').allInnerTexts();
    expect(learning.reduce((sum, t) => sum + Number.parseInt(t, 10), 0)).toBe(n);

    // Studying that deck shows the missed cards first: exactly this player's prompts.
    await deck.getByRole('link', { name: /^Study/ }).tap();
    const seen: string[] = [];
    for (let k = 0; k < n; k++) {
      await p.getByRole('button', { name: 'Show answer' }).waitFor();
      seen.push(await p.locator('main').innerText());
      await p.getByRole('button', { name: 'Show answer' }).tap();
      await p.getByRole('button', { name: 'Easy' }).tap();
    }
    for (const prompt of missed[i]!) expect(seen.some((text) => text.includes(prompt))).toBe(true);
  }
});
