'use client';
// The one line under a long task's button (an import, a backup, an export): what it is doing or did,
// read out politely as it changes, and a failure announced at once.

export type TaskStatus = { kind: 'busy' | 'done' | 'error'; text: string } | null;

export function TaskStatusLine({ status }: { status: TaskStatus }) {
  return status?.kind === 'error' ? (
    <p className="error-text flush" role="alert">
      {status.text}
    </p>
  ) : (
    <p className="muted flush" role="status">
      {status?.text}
    </p>
  );
}
