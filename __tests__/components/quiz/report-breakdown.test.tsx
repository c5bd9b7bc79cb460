// The host's report on screen: each player by question and each question by player, and the same
// players compared across games by the id their device sent (not by nickname).
import { render, screen, within } from '@testing-library/react';

import { PlayerComparison, ReportBreakdown } from '@/components/quiz/report-breakdown';
import { playerTrends } from '@/components/quiz/report-compare';
import { toReportRow } from '@/components/quiz/shared/to-report-row';
import type { QuizReportRow } from '@/lib/db/rows';

const ANA = 'ana-device-0123456789ab';
const BO = 'bo-device-0123456789abc';

const question = (n: number, correct: number, skipped = false) => ({
  cardId: `c${n}`,
  deckId: 'runc',
  prompt: `Question **${n}**?`,
  skipped,
  right: 0,
  players: 2,
  accuracy: skipped ? null : 0.5,
  correct,
});

function report(createdAt: number, players: QuizReportRow['players']): QuizReportRow {
  return { createdAt, mode: 'live', decks: ['runc'], players, questions: [question(1, 0), question(2, 2), question(3, 1, true)] };
}
const player = (nickname: string, deviceId: string | undefined, picks: Record<number, number | null>, rank: number) => ({
  nickname,
  team: null,
  score: 0,
  right: 0,
  answered: 0,
  rank,
  picks,
  ...(deviceId ? { deviceId } : {}),
});

const GAME_1 = report(1000, [player('Ana', ANA, { 0: 0, 1: 1 }, 1), player('Bo', BO, { 0: null, 1: 2 }, 2)]);
const GAME_2 = report(2000, [
  player('Ana', BO, { 0: 0, 1: 2 }, 1),
  player('Anna', ANA, { 0: 0, 1: 2 }, 1),
  player('Cy', undefined, { 1: 2 }, 3),
]);

it('breaks each player down by question, in words for screen readers', () => {
  render(<ReportBreakdown report={GAME_1} label="Live game" />);
  const grid = screen.getByRole('region', { name: 'Players by question, Live game' });
  const ana = within(grid).getByRole('row', { name: /^Ana/ });
  expect(ana).toHaveTextContent('Ana✓right✗wrongnot in this question50%');
  const bo = within(grid).getByRole('row', { name: /^Bo/ });
  expect(bo).toHaveTextContent('Bo–no answer✓rightnot in this question50%');
});

it('breaks each question down by player: who missed it', () => {
  render(<ReportBreakdown report={GAME_1} label="Live game" />);
  const items = within(screen.getByRole('list', { name: 'Questions by player, Live game' })).getAllByRole('listitem');
  expect(items.map((li) => li.textContent)).toEqual(['Question 1? · missed by Bo', 'Question 2? · missed by Ana', 'Question 3? · skipped']);
});

it('reads typed and order answers from what they earned: a partly right order is wrong, an old report still reads its picks', () => {
  // Question 1 a typed command, question 2 an order: no option was picked, the credit says how it went.
  const typedAndOrder = report(3000, [
    { ...player('Ana', ANA, {}, 1), credits: { 0: 1, 1: 0.67 } },
    { ...player('Bo', BO, { 0: null }, 2), credits: { 0: null, 1: 1 } },
  ]);
  render(<ReportBreakdown report={typedAndOrder} label="Live game" />);
  const grid = screen.getByRole('region', { name: 'Players by question, Live game' });
  expect(within(grid).getByRole('row', { name: /^Ana/ })).toHaveTextContent('Ana✓right✗wrongnot in this question50%');
  expect(within(grid).getByRole('row', { name: /^Bo/ })).toHaveTextContent('Bo–no answer✓rightnot in this question50%');
});

it('recognises a player across games by device, never by nickname', () => {
  const trends = playerTrends([GAME_2, GAME_1]);
  // "Ana" in game 2 is Bo's device; "Anna" is Ana's. Cy sent no device id and is not compared.
  expect(trends).toEqual([
    {
      deviceId: BO,
      nickname: 'Ana',
      games: [
        { createdAt: 1000, nickname: 'Bo', accuracy: 0.5 },
        { createdAt: 2000, nickname: 'Ana', accuracy: 1 },
      ],
    },
    {
      deviceId: ANA,
      nickname: 'Anna',
      games: [
        { createdAt: 1000, nickname: 'Ana', accuracy: 0.5 },
        { createdAt: 2000, nickname: 'Anna', accuracy: 1 },
      ],
    },
  ]);
  render(<PlayerComparison reports={[GAME_2, GAME_1]} />);
  const list = within(screen.getByRole('region', { name: 'Players across games' })).getAllByRole('listitem');
  expect(list.map((li) => li.textContent)).toEqual(['Ana (also as Bo): 50% → 100%', 'Anna (also as Ana): 50% → 100%']);
});

it('shows no comparison before a device has played twice', () => {
  const { container } = render(<PlayerComparison reports={[GAME_1]} />);
  expect(container).toBeEmptyDOMElement();
});

it('keeps each live player’s device id, picks and the right options in the saved report', () => {
  const row = toReportRow(
    {
      phase: 'podium',
      settings: {} as never,
      teams: [],
      players: [
        {
          playerId: 'p1',
          nickname: 'Ana',
          team: null,
          status: 'active',
          score: 1000,
          right: 1,
          answered: 1,
          rank: 1,
          deviceId: ANA,
          picks: { 0: 2 },
          credits: { 0: 1 },
        },
      ],
      questions: [
        {
          index: 0,
          kind: 'choice' as const,
          cardId: 'c1',
          deckId: 'runc',
          prompt: 'Q',
          options: ['a', 'b', 'c'],
          correct: 2,
          skipped: false,
          counts: [0, 0, 1],
          answered: 1,
          right: 1,
          players: 1,
          accuracy: 1,
        },
      ],
    },
    'live',
    ['runc'],
    5,
  );
  expect(row.players[0]).toMatchObject({ deviceId: ANA, picks: { 0: 2 }, credits: { 0: 1 } });
  expect(row.questions[0]).toMatchObject({ correct: 2 });
});
