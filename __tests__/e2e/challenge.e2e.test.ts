/** @jest-environment node */
// A challenge end to end: the host publishes one from the Quiz tab (link, QR code, deadline); a player
// opens the link on a phone (390 × 844, touch), plays alone at their own pace (one question answered
// offline, queued on the phone and sent when back online), sees each right answer only after answering,
// and the host's screen shows the result as it arrives.
import type { Browser, BrowserContext, Page } from 'playwright-core';

import { FAKE_INTERFACES } from '../server/support/interfaces';
import { DESKTOP, launchBrowser, PHONE } from './helpers/browser';
import { startServer, type RunningServer } from './helpers/server';

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startServer({ game: { networkInterfaces: () => FAKE_INTERFACES } });
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.close();
});

async function newPage(options: typeof PHONE): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({ ...options, serviceWorkers: 'block' });
  contexts.push(context);
  return { page: await context.newPage(), context };
}

/** Answers the question on screen the way its kind asks: a typed command, an order, or a tap. */
async function answerShown(page: Page): Promise<string> {
  const command = page.getByLabel('Your command');
  const order = page.getByRole('button', { name: 'Submit order' });
  const options = page.getByRole('group', { name: 'Answers' });
  await command.or(order).or(options).first().waitFor();
  if (await command.isVisible()) {
    await command.fill('ctr plugins ls');
    await page.getByRole('button', { name: 'Submit answer' }).click();
    return 'typed';
  }
  if (await order.isVisible()) {
    // Keyboard and touch alike: named buttons move a step.
    const down = page.getByRole('button', { name: /^Move “.+” down$/ }).first();
    await down.focus();
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: /is now step 2 of/ })
      .waitFor();
    await order.tap();
    return 'order';
  }
  await options.getByRole('button').first().tap();
  return 'choice';
}

it('is published by the host and played alone on a phone, one answer sent after going offline', async () => {
  const { page: host } = await newPage(DESKTOP);
  await host.goto(`${server.url}/`);
  await host.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quiz', exact: true }).click();
  await host.getByRole('heading', { level: 1, name: 'Team quiz' }).waitFor();
  await host.getByRole('checkbox', { name: "runc's role" }).check();
  await host.getByLabel('Questions', { exact: true }).fill('4');
  await host.getByLabel('A challenge stays open for').selectOption('24');
  await host.getByRole('button', { name: /Publish a challenge/ }).click();
  const heading = host.getByRole('heading', { name: /^Challenge \d{3} \d{3}$/ });
  await heading.waitFor();
  const code = (await heading.innerText()).replace(/\D/g, '');
  const port = new URL(server.url).port;
  const link = host.getByRole('link', { name: `http://192.168.1.20:${port}/play/challenge?code=${code}` });
  await link.waitFor();
  expect(await host.getByRole('img', { name: /QR code for/ }).isVisible()).toBe(true);
  await host.getByText(/Open until/).waitFor();
  await host.getByText('0 players; 0 finished.').waitFor();

  // The phone opens the link (as the QR code would), at the server's own address.
  const { page: phone, context } = await newPage(PHONE);
  await phone.goto(`${server.url}/play/challenge?code=${code}`);
  await phone.getByRole('heading', { level: 1, name: 'Play a challenge' }).waitFor();
  await phone.getByLabel('Nickname').fill('Ana');
  await phone.getByRole('button', { name: 'Join the game' }).click();
  await phone.getByRole('heading', { level: 1, name: `Challenge ${code.slice(0, 3)} ${code.slice(3)}` }).waitFor();
  await phone.getByText('Question 1 of 4').waitFor();
  await host.getByText('1 player; 0 finished.').waitFor();

  // Question 1, online: the outcome (and the right answer when wrong) once the server recorded it.
  await answerShown(phone);
  await phone.getByText(/^(Right! \+\d+ points\.|Partly right: \+\d+ points\.|Not this time\.)$/).waitFor();
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await phone.getByRole('button', { name: 'Next question' }).tap();

  // Question 2, offline: saved on the phone; the questions were already fetched, so play goes on.
  await context.setOffline(true);
  await phone.getByText('Question 2 of 4').waitFor();
  await answerShown(phone);
  await phone.getByText('Saved on this phone: you will see if it was right once it is sent.').waitFor();
  await phone.getByText(/Offline: 1 answer waits on this phone/).waitFor();
  await phone.getByRole('button', { name: 'Next question' }).tap();
  await phone.getByText('Question 3 of 4').waitFor();
  await answerShown(phone);
  await phone.getByRole('button', { name: 'Next question' }).tap();

  // Back online: the queue goes out in order, and the host's screen has both answers.
  await context.setOffline(false);
  await phone.getByText('Question 4 of 4').waitFor();
  await answerShown(phone);
  await phone.getByRole('button', { name: 'See your results' }).tap();
  await phone.getByRole('heading', { name: 'Challenge complete' }).waitFor({ timeout: 20_000 });
  await phone.getByText(/^\d of 4 right · \d+ points$/).waitFor();
  expect(await phone.getByText('… not sent yet').count()).toBe(0);
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await host.getByText('1 player; 1 finished.').waitFor({ timeout: 15_000 });
  const row = host.getByRole('table', { name: 'Players' }).getByRole('row', { name: /Ana/ });
  await row.getByRole('cell', { name: '4 of 4' }).waitFor();
});
