// Deck summaries are plain text with `code spans`; rendered here without a Markdown parser, so the
// prerendered page shows them before any script runs.
export function InlineCode({ text }: { text: string }) {
  return text.split(/`([^`]+)`/).map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
}
