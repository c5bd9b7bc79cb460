// One fixture for every browser test: each context the helpers open reports its pages' uncaught
// errors and CSP violations here, and the e2e setup fails the test that saw any (guard-setup.ts).
import type { BrowserContext, Page } from 'playwright-core';

const problems: string[] = [];
let allowed: RegExp[] = [];

function record(problem: string): void {
  if (!allowed.some((pattern) => pattern.test(problem))) problems.push(problem);
}

/** Problems seen since the last call, which clears them (and any allowance). */
export function drainProblems(): string[] {
  allowed = [];
  return problems.splice(0);
}

/** A test that provokes a known error on purpose names it, for this test only. */
export function allowProblems(...patterns: RegExp[]): void {
  allowed.push(...patterns);
}

function guardPage(page: Page): void {
  page.on('pageerror', (error) => record(`page error at ${page.url()}: ${error.message}`));
}

const guarded = new WeakSet<BrowserContext>();

/** Reports every page error and CSP violation of the context, its pages present and to come. */
export async function guardContext(context: BrowserContext): Promise<BrowserContext> {
  if (guarded.has(context)) return context;
  guarded.add(context);
  await context.exposeBinding('__ccGuardReport', ({ page }, violation: string) =>
    record(`CSP violation at ${page?.url() ?? '?'}: ${violation}`),
  );
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __ccGuardReport?: (v: string) => void }).__ccGuardReport;
      report?.(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sample || 'no sample'}) at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  context.pages().forEach(guardPage);
  context.on('page', guardPage);
  return context;
}
