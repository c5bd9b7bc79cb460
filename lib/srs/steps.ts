// Learning steps as the user writes them ("1m 10m", "1h 1d") and as ts-fsrs wants them.

export type StepText = `${number}${'m' | 'h' | 'd'}`;

const STEP = /^(\d+(?:\.\d+)?)([mhd])$/;
const MINUTES = { m: 1, h: 60, d: 1440 } as const;

export function parseSteps(text: string): { steps: StepText[] } | { error: string } {
  const parts = text
    .trim()
    .split(/[\s,]+/)
    .filter(Boolean);
  const steps: StepText[] = [];
  for (const part of parts) {
    const m = STEP.exec(part);
    if (!m) return { error: `"${part}" is not a step: write a number and m, h or d, like 1m 10m 1d` };
    const value = Number(m[1]);
    if (value <= 0) return { error: `"${part}": a step must be longer than zero` };
    if (value * MINUTES[m[2] as 'm' | 'h' | 'd'] > 1440 * 365) return { error: `"${part}": a step may be at most a year` };
    steps.push(`${value}${m[2]}` as StepText);
  }
  if (steps.length > 10) return { error: 'at most 10 steps' };
  return { steps };
}

export function formatSteps(steps: readonly string[]): string {
  return steps.join(' ');
}
