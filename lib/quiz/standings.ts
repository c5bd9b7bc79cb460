// Ranking players and teams. Ties share a rank ("1, 2, 2, 4"); ties list in join order.
import type { Player, QuizState, Standing, TeamStanding } from './types';

export const LEADERBOARD_SIZE = 5;

export function activePlayers(state: QuizState): Player[] {
  return state.players.filter((p) => p.status === 'active');
}

function rankBy<T>(items: T[], score: (item: T) => number): Array<{ item: T; rank: number }> {
  const sorted = items.slice().sort((a, b) => score(b) - score(a));
  let rank = 0;
  return sorted.map((item, i) => {
    if (i === 0 || score(item) !== score(sorted[i - 1] as T)) rank = i + 1;
    return { item, rank };
  });
}

export function standings(state: QuizState): Standing[] {
  return rankBy(activePlayers(state), (p) => p.score).map(({ item: p, rank }) => ({
    playerId: p.id,
    nickname: p.nickname,
    team: p.team,
    score: p.score,
    rank,
  }));
}

export function teamName(team: number): string {
  return `Team ${team + 1}`;
}

/** A team's score is its active members' average, rounded; an empty team scores 0. */
export function teamStandings(state: QuizState): TeamStanding[] {
  if (state.settings.teamCount < 2) return [];
  const players = activePlayers(state);
  const teams = Array.from({ length: state.settings.teamCount }, (_, team) => {
    const members = players.filter((p) => p.team === team);
    const total = members.reduce((sum, p) => sum + p.score, 0);
    return { team, name: teamName(team), members: members.length, score: members.length ? Math.round(total / members.length) : 0 };
  });
  return rankBy(teams, (t) => t.score).map(({ item, rank }) => ({ ...item, rank }));
}

export function rankOf(list: Standing[], playerId: string): number | null {
  return list.find((s) => s.playerId === playerId)?.rank ?? null;
}

/** The team a late joiner goes to: the one with fewest active members, lowest number first. */
export function smallestTeam(state: QuizState): number {
  const players = activePlayers(state);
  let best = 0;
  let bestSize = Infinity;
  for (let team = 0; team < state.settings.teamCount; team++) {
    const size = players.filter((p) => p.team === team).length;
    if (size < bestSize) {
      best = team;
      bestSize = size;
    }
  }
  return best;
}
