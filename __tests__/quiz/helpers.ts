// Builders for engine tests: cards, a started game, and a runner that fails loudly on refusals.
import {
  applyCommand,
  createQuiz,
  seededRandom,
  type QuizCard,
  type QuizCommand,
  type QuizEvent,
  type QuizSettings,
  type QuizState,
} from '@/lib/quiz';

export function cards(n: number, deckId = 'runc'): QuizCard[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `card-${i}`,
    deckId,
    prompt: `Question ${i}?`,
    choices: [`right ${i}`, `wrong ${i}a`, `wrong ${i}b`, `wrong ${i}c`],
    correct: 0,
  }));
}

export class Game {
  state: QuizState;
  events: QuizEvent[] = [];
  now = 1_000_000;
  private random = seededRandom(42);

  constructor(settings: Partial<QuizSettings> = {}, cardCount = 5) {
    this.state = createQuiz(
      cards(cardCount),
      { previewSeconds: 2, secondsPerQuestion: 10, questionCount: 3, ...settings },
      { now: this.now, random: this.random },
    );
  }

  /** Applies a command that must succeed; returns its events. */
  do(command: QuizCommand): QuizEvent[] {
    const result = applyCommand(this.state, command, { now: this.now, random: this.random });
    if (!result.ok) throw new Error(`refused ${command.type}: ${result.error}`);
    this.state = result.state;
    this.events.push(...result.events);
    return result.events;
  }

  /** Applies a command that must be refused; returns the reason. */
  refused(command: QuizCommand): string {
    const result = applyCommand(this.state, command, { now: this.now, random: this.random });
    if (result.ok) throw new Error(`accepted ${command.type}`);
    return result.error;
  }

  at(ms: number): this {
    this.now = ms;
    return this;
  }

  wait(ms: number): QuizEvent[] {
    this.now += ms;
    return this.do({ type: 'tick' });
  }

  join(...names: string[]): void {
    for (const name of names) this.do({ type: 'join', playerId: `p-${name}`, nickname: name });
  }

  /** The option index holding the right answer of the current question. */
  rightOption(): number {
    return this.state.questions[this.state.index]?.correct ?? -1;
  }

  wrongOption(): number {
    return (this.rightOption() + 1) % 4;
  }

  player(name: string) {
    const p = this.state.players.find((x) => x.id === `p-${name}`);
    if (p === undefined) throw new Error(`no player ${name}`);
    return p;
  }

  /** Starts and waits out the preview so the first question is open for answers. */
  startAnswering(): void {
    this.do({ type: 'start' });
    this.wait(2000);
    expect(this.state.phase).toBe('answering');
  }
}

export const types = (events: QuizEvent[]) => events.map((e) => e.type);
