// Jest setup for the browser tests: a test fails on any page error or CSP violation it caused,
// whether or not it was looking for one (see guard.ts).
import { drainProblems } from './guard';

afterEach(() => {
  const problems = drainProblems();
  if (problems.length > 0) throw new Error(`The page reported problems:\n${problems.join('\n')}`);
});
