import { Dexie } from 'dexie';

import { isQuotaError, quotaMessage } from '@/lib/pwa/quota';

function quotaDomException(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

describe('isQuotaError', () => {
  it('recognises the browser DOMException', () => {
    expect(isQuotaError(quotaDomException())).toBe(true);
  });

  it("recognises Dexie's QuotaExceededError and the browser error inside it", () => {
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', quotaDomException()))).toBe(true);
  });

  it('finds a quota failure inside a bulk write and an Error cause', () => {
    const bulk = new Dexie.BulkError('2 of 3 failed', [new Error('other'), quotaDomException()]);
    expect(isQuotaError(bulk)).toBe(true);
    expect(isQuotaError(new Error('save failed', { cause: { name: 'QuotaExceededError' } }))).toBe(true);
  });

  it("recognises old Firefox's name", () => {
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
  });

  it('says no to everything else', () => {
    expect(isQuotaError(new Error('boom'))).toBe(false);
    expect(isQuotaError(new Dexie.ConstraintError('duplicate key'))).toBe(false);
    expect(isQuotaError(new DOMException('gone', 'NotFoundError'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
  });

  it('stops on cyclic wrappers', () => {
    const a: { inner?: unknown } = {};
    const b = { inner: a };
    a.inner = b;
    expect(isQuotaError(a)).toBe(false);
  });

  it('tells the user what happened and what to do', () => {
    expect(quotaMessage).toMatch(/out of storage/);
    expect(quotaMessage).toMatch(/not saved/);
    expect(quotaMessage).toMatch(/free up/i);
  });
});
