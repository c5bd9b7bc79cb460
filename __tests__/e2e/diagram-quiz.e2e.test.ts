/** @jest-environment node */
// A live game with a diagram question: the host's projector shows the picture, two players tap regions
// on their phones, and the reveal marks the right region on every screen with each region's count.
import type { Browser, BrowserContext, Page } from 'playwright-core';

import { DESKTOP, launchBrowser, PHONE } from './helpers/browser';
import { startServer, type RunningServer } from './helpers/server';

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.close();
});

async function open(options: typeof PHONE, path: string): Promise<Page> {
  const context = await browser.newContext({ ...options, serviceWorkers: 'block' });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  return page;
}

const regionsOf = (p: Page) => p.locator('svg[data-diagram] [data-region]');

it('plays a diagram question: players tap regions, the reveal marks the right one and counts', async () => {
  const host = await open(DESKTOP, '/quiz');
  await host.getByRole('checkbox', { name: 'In pictures' }).check();
  await host.getByLabel('Questions').fill('1');
  await host.getByLabel('Seconds per question').fill('30');
  await host.getByRole('button', { name: 'Start a live game' }).click();
  const code = (await host.getByTestId('join-code').innerText()).replace(/\s/g, '');

  const players: Page[] = [];
  for (const name of ['Ana', 'Bo']) {
    const p = await open(PHONE, `/play?code=${code}`);
    await p.getByLabel('Nickname').fill(name);
    await p.getByRole('button', { name: 'Join the game' }).click();
    await p.getByText('You’re in. Waiting for the host to start…').waitFor();
    players.push(p);
  }
  await host.getByText('2 players in the lobby.').waitFor();
  await host.getByRole('button', { name: 'Start the game' }).click();

  // The projector shows the picture, its options dimmed from the rest, no answer marked.
  await host.locator('svg[data-diagram]').waitFor({ timeout: 15_000 });
  expect(await host.locator('svg[data-diagram] [data-mark]').count()).toBe(0);

  const tapped: string[] = [];
  for (const [i, p] of players.entries()) {
    const group = p.getByRole('group', { name: /: tap your answer$/ });
    await group.waitFor({ timeout: 15_000 });
    const options = group.getByRole('button');
    const count = await options.count();
    expect(count).toBeGreaterThanOrEqual(2);
    expect(count).toBeLessThanOrEqual(8);
    // The names list offers the same options, for a screen too small to tap the picture.
    expect(await p.getByRole('group', { name: 'Answers' }).getByRole('button').count()).toBe(count);
    const pick = options.nth(i);
    tapped.push((await pick.getAttribute('data-region'))!);
    // Where a finger would land: on the region's label, or on the line of an arrow without one (a
    // group's middle is covered by the boxes inside it).
    // A straight line's box has no width, which Playwright calls not visible: tap its middle all the same.
    const labelled = (await pick.locator('text').count()) > 0;
    await (labelled ? pick.locator('text').first() : pick.locator('path').last()).tap({ force: !labelled });
    if (i === 0) await p.getByText('Answer locked. Wait for the reveal…').waitFor();
  }
  await players[0]!.screenshot({ path: '/tmp/e2e-quiz-player.png', fullPage: true });

  // Everyone answered: the server reveals at once. The projector marks the right region and counts.
  await host.getByRole('button', { name: 'Leaderboard' }).waitFor();
  const right = host.locator('svg[data-diagram] [data-mark="right"]');
  await right.waitFor();
  const rightId = (await right.getAttribute('data-region'))!;
  const counts = await regionsOf(host).evaluateAll((gs) =>
    gs.filter((g) => g.querySelector('circle')).map((g) => g.querySelector('circle + text')!.textContent),
  );
  expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(2);
  await host.screenshot({ path: '/tmp/e2e-quiz-host.png', fullPage: true });

  for (const [i, p] of players.entries()) {
    const mark = p.locator('svg[data-diagram] [data-mark="right"]');
    await mark.waitFor();
    expect(await mark.getAttribute('data-region')).toBe(rightId);
    if (tapped[i] === rightId) {
      await p.getByText(/^Right! \+\d+ points\./).waitFor();
    } else {
      expect(await p.locator(`svg[data-diagram] [data-region="${tapped[i]}"]`).getAttribute('data-mark')).toBe('wrong');
      await p.getByText(/^Wrong this time\./).waitFor();
    }
  }
  await players[1]!.screenshot({ path: '/tmp/e2e-quiz-player-reveal.png', fullPage: true });
});
