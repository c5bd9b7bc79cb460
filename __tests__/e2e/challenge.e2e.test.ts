/** @jest-environment node */
// A challenge end to end: the host publishes one from the Quiz tab (link, QR code, deadline); a player
// opens the link on a phone (390 × 844, touch), plays alone at their own pace (one question answered
// offline, queued on the phone and sent when back online), sees each right answer only after answering,
// and the host's screen shows the result as it arrives.
import { PHONE } from './helpers/browser';
import { answerShown, startQuizRig, type QuizRig } from './helpers/live-quiz';

let rig: QuizRig;

beforeAll(async () => {
  rig = await startQuizRig();
});

afterAll(async () => {
  await rig?.close();
});

it('is published by the host and played alone on a phone, one answer sent after going offline', async () => {
  const host = await rig.openQuizByTab();
  await host.getByRole('checkbox', { name: "runc's role" }).check();
  await host.getByLabel('Questions', { exact: true }).fill('4');
  await host.getByLabel('A challenge stays open for').selectOption('24');
  await host.getByRole('button', { name: /Publish a challenge/ }).click();
  const heading = host.getByRole('heading', { name: /^Challenge \d{3} \d{3}$/ });
  await heading.waitFor();
  const code = (await heading.innerText()).replace(/\D/g, '');
  const port = new URL(rig.server.url).port;
  const link = host.getByRole('link', { name: `http://192.168.1.20:${port}/play/challenge?code=${code}` });
  await link.waitFor();
  expect(await host.getByRole('img', { name: /QR code for/ }).isVisible()).toBe(true);
  await host.getByText(/Open until/).waitFor();
  await host.getByText('0 players; 0 finished.').waitFor();

  // The phone opens the link (as the QR code would), at the server's own address.
  const { page: phone, context } = await rig.device(PHONE);
  await phone.goto(`${rig.server.url}/play/challenge?code=${code}`);
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

  // Every answer sent: the questions Ana did not get right go to her own study, in one tap.
  const missed = await phone.getByText('✗ not right').count();
  if (missed === 0) await phone.getByText('You missed nothing this game: nothing to add to your study.').waitFor();
  else {
    const questions = `${missed} question${missed === 1 ? '' : 's'}`;
    await phone.getByRole('button', { name: `Add the ${questions} I missed to my study` }).tap();
    await phone.getByText(`${questions} ${missed === 1 ? 'is' : 'are'} due in your study now.`).waitFor();
  }

  await host.getByText('1 player; 1 finished.').waitFor({ timeout: 15_000 });
  const row = host.getByRole('table', { name: 'Players' }).getByRole('row', { name: /Ana/ });
  await row.getByRole('cell', { name: '4 of 4' }).waitFor();
});
