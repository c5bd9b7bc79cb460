// Recognises "the device is out of storage" however it reaches us: the DOMException, or Dexie's wrappers.

export const quotaMessage =
  'This device is out of storage space for containerd Cards, so your last change was not saved. ' +
  'Everything saved before it is safe. Free up some space on the device, then try again.';

// Chromium and Safari name it QuotaExceededError (legacy code 22); old Firefox used code 1014.
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
const QUOTA_CODES = new Set([22, 1014]);
// Dexie nests the browser's error in `inner` (and in `failures` for bulk writes); transactions abort with it.
const MAX_DEPTH = 5;

function ownQuotaSignal(error: object): boolean {
  const { name, code } = error as { name?: unknown; code?: unknown };
  if (typeof name === 'string' && QUOTA_NAMES.has(name)) return true;
  return typeof DOMException !== 'undefined' && error instanceof DOMException && QUOTA_CODES.has(code as number);
}

function nestedErrors(error: object): unknown[] {
  const { inner, cause, failures } = error as { inner?: unknown; cause?: unknown; failures?: unknown };
  const nested: unknown[] = [inner, cause];
  if (Array.isArray(failures)) nested.push(...failures);
  else if (failures && typeof failures === 'object') nested.push(...Object.values(failures));
  return nested;
}

export function isQuotaError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > MAX_DEPTH) return false;
  if (ownQuotaSignal(error)) return true;
  return nestedErrors(error).some((nested) => isQuotaError(nested, depth + 1));
}
