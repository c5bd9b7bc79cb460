// The study screen's keyboard shortcuts, listed where a keyboard user looks for them.
const SHORTCUTS: [keys: string, does: string][] = [
  ['Space or Enter', 'Show answer; on the answer, Good'],
  ['1 2 3 4', 'Again, Hard, Good, Easy'],
  ['-', 'Bury until tomorrow'],
  ['@', 'Suspend'],
  ['i', 'Card details (Escape closes)'],
  ['Z', 'Undo'],
];

export function StudyShortcuts() {
  return (
    <details className="study-shortcuts muted">
      <summary>Keyboard shortcuts</summary>
      <dl>
        {SHORTCUTS.map(([keys, does]) => (
          <div key={keys}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{does}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
