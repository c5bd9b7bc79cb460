/** @jest-environment node */
// A live team quiz end to end: one host on a laptop, three players on phones, each in their own
// Chromium context, five questions of whatever kinds the deck draws (options, true/false, typed
// commands, orders) to the podium, the report kept on the host's device.
import type { Page } from 'playwright-core';

import { PHONE } from './helpers/browser';
import { waitForCount } from './helpers/idb';
import { answerShown, startQuizRig, waitForQuestion, type QuizRig } from './helpers/live-quiz';

let rig: QuizRig;

beforeAll(async () => {
  rig = await startQuizRig();
});

afterAll(async () => {
  await rig?.close();
});

it('plays a five-question game with three players to the podium', async () => {
  const host = await rig.openQuizByTab();
  await host.getByRole('checkbox', { name: "runc's role" }).check();
  await host.getByLabel('Questions').fill('5');
  await host.getByLabel('Seconds per question').fill('15');
  await host.getByRole('button', { name: 'Start a live game' }).click();
  const code = (await host.getByTestId('join-code').innerText()).replace(/\s/g, '');
  expect(code).toMatch(/^\d{6}$/);
  expect(await host.getByRole('img', { name: /QR code/ }).isVisible()).toBe(true);

  // Opened at 127.0.0.1, which no phone can reach: the join link and QR code use a LAN address,
  // and the host can pick another one.
  const port = new URL(rig.server.url).port;
  await host.getByRole('heading', { name: `Join at http://192.168.1.20:${port}/play` }).waitFor();
  await host.getByRole('combobox', { name: 'Phones join at' }).selectOption(`http://10.0.0.5:${port}`);
  await host.getByRole('heading', { name: `Join at http://10.0.0.5:${port}/play` }).waitFor();
  await host.waitForFunction((alt) => {
    const img = document.querySelector<HTMLImageElement>(`img[alt="${alt}"]`);
    return img !== null && img.complete && img.naturalWidth > 0 && img.src.includes('origin=');
  }, `QR code for http://10.0.0.5:${port}/play?code=${code}`);

  const names = ['Ana', 'Bo', 'Cy'];
  const players: Page[] = [];
  for (const name of names) {
    const p = await rig.open(PHONE, `/play?code=${code}`);
    await p.getByLabel('Nickname').fill(name);
    await p.getByRole('button', { name: 'Join the game' }).click();
    await p.getByText('You’re in. Waiting for the host to start…').waitFor();
    players.push(p);
  }
  await host.getByText('3 players in the lobby.').waitFor();

  // In a game, the phone shows the game only: its heading, no tab bar, no link out.
  const ana = players[0]!;
  await ana.getByRole('heading', { level: 1, name: `Quiz game ${code.slice(0, 3)} ${code.slice(3)}` }).waitFor();
  expect(await ana.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
  expect(await ana.getByRole('link').filter({ hasNotText: 'Skip to content' }).count()).toBe(0);

  // A locked lobby refuses a fourth player; unlocked, the host can still remove one.
  await host.getByRole('button', { name: 'Lock the lobby' }).click();
  await host.getByText(/The lobby is locked/).waitFor();
  const late = await rig.open(PHONE, `/play?code=${code}`);
  await late.getByLabel('Nickname').fill('Dee');
  await late.getByRole('button', { name: 'Join the game' }).click();
  await late.getByRole('alert').filter({ hasText: 'The host has locked this game: nobody new can join.' }).waitFor();
  await host.getByRole('button', { name: 'Unlock the lobby' }).click();
  await host.getByRole('button', { name: 'Lock the lobby' }).waitFor();
  await late.getByRole('button', { name: 'Join the game' }).click();
  await host.getByText('4 players in the lobby.').waitFor();
  await host.getByRole('button', { name: 'Remove Dee' }).click();
  await late.getByRole('heading', { name: 'The host removed you from this game.' }).waitFor();
  await host.getByText('3 players in the lobby.').waitFor();

  // Leaving asks first: Escape keeps the player in, "Leave" takes them out and gives the app back.
  const eve = await rig.open(PHONE, `/play?code=${code}`);
  await eve.getByLabel('Nickname').fill('Eve');
  await eve.getByRole('button', { name: 'Join the game' }).click();
  await host.getByText('4 players in the lobby.').waitFor();
  await eve.getByRole('button', { name: 'Leave game' }).tap();
  const dialog = eve.getByRole('alertdialog', { name: 'Leave this game?' });
  await dialog.getByRole('button', { name: 'Stay in the game' }).and(eve.locator(':focus')).waitFor();
  await eve.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await eve.getByRole('button', { name: 'Leave game' }).and(eve.locator(':focus')).waitFor();
  await eve.getByRole('button', { name: 'Leave game' }).tap();
  await dialog.getByRole('button', { name: 'Leave', exact: true }).tap();
  await eve.getByRole('heading', { level: 1, name: 'Join a quiz' }).waitFor();
  await eve.getByRole('navigation', { name: 'Main' }).waitFor();
  await host.getByText('3 players in the lobby.').waitFor();
  await host.getByRole('button', { name: 'Start the game' }).click();

  for (let q = 0; q < 5; q++) {
    if (q === 0) {
      // The host's timer runs on the server's deadline, announced at milestones only.
      await host.getByRole('timer').waitFor();
      await host.getByText('15 seconds to answer.').waitFor({ state: 'attached' });
    }
    if (q === 2) {
      // A refresh on a phone rejoins with the token kept in the tab, score and rank intact.
      const bo = players[1]!;
      const meta = bo.getByText(/^Playing as Bo/);
      const before = await meta.innerText();
      await bo.reload();
      await waitForQuestion(bo);
      expect(await meta.innerText()).toBe(before);
      expect(await bo.getByRole('textbox', { name: 'Nickname' }).count()).toBe(0);
    }
    for (const [i, p] of players.entries()) {
      await answerShown(p, { pick: i });
      // The last answer reveals at once, so the lock message may already have given way.
      await p
        .getByRole('status')
        .filter({ hasText: /Answer locked|Right!|Partly right|Wrong this time/ })
        .first()
        .waitFor();
    }
    // Everyone answered: the server reveals at once.
    await host.getByRole('button', { name: 'Leaderboard' }).waitFor();
    for (const p of players)
      await p
        .getByText(/Right!|Partly right|Wrong this time\./)
        .first()
        .waitFor();
    await host.getByRole('button', { name: 'Leaderboard' }).click();
    await host.getByRole('heading', { name: 'Leaderboard' }).waitFor();
    if (q === 1) {
      // A refresh of the projector laptop returns to the running game with its host token.
      await host.reload();
      await host.getByRole('heading', { name: 'Leaderboard' }).waitFor();
    }
    await host.getByRole('button', { name: q === 4 ? 'Podium' : 'Next question' }).click();
  }

  await host.getByRole('heading', { name: 'Podium' }).waitFor();
  await host.getByText('Report saved on this device.').waitFor();
  expect(await host.getByRole('list', { name: 'Final standings' }).getByRole('listitem').count()).toBe(3);
  for (const p of players) await p.getByRole('heading', { name: 'Podium' }).waitFor();
  await waitForCount(host, 'quizReports', 1);

  await host.getByRole('button', { name: 'Done' }).click();
  await host.getByRole('heading', { name: /^Live game,/ }).waitFor();
});

it('offers pass and play, in teams, when the live server cannot be reached', async () => {
  const host = await rig.openQuizByTab();
  await host.route('**/api/games', (route) => route.abort());
  await host.getByRole('checkbox', { name: 'The CRI plugin' }).check();
  await host.getByLabel('Questions').fill('2');
  await host.getByLabel('Teams').selectOption('2');
  await host.getByRole('button', { name: 'Start a live game' }).click();
  await host.getByText(/The live quiz server cannot be reached/).waitFor();
  await host.getByRole('button', { name: 'Pass and play', exact: true }).click();
  await host.getByLabel('Player name').fill('Dee');
  await host.getByRole('button', { name: 'Add player' }).click();
  await host.getByLabel('Player name').fill('Eve');
  await host.getByRole('button', { name: 'Add player' }).click();
  await host.getByRole('button', { name: /Start the quiz/ }).click();
  for (let q = 0; q < 2; q++) {
    for (const name of ['Dee', 'Eve']) {
      await host.getByRole('heading', { name: `Pass the device to ${name}` }).waitFor();
      expect(await host.getByRole('group', { name: /choose an answer/ }).count()).toBe(0);
      await host.getByRole('button', { name: `I’m ${name}: show the question` }).click();
      await answerShown(host, { group: `${name}, choose an answer` });
    }
    await host.getByRole('button', { name: 'Leaderboard' }).click();
    await host.getByRole('button', { name: q === 1 ? 'Podium' : 'Next question' }).click();
  }
  await host.getByText('Report saved on this device.').waitFor();
  expect(await host.getByRole('list', { name: 'Teams' }).getByRole('listitem').count()).toBe(2);
});
