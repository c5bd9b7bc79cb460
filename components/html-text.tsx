// Sanitized HTML on screen: a div, or with `inline` a span (button labels, list items). Callers
// pass only HTML DOMPurify has cleaned, at build time (card-content) or just now (markdown).
export function HtmlText({ html, inline = false, className = 'prose' }: { html: string; inline?: boolean; className?: string }) {
  return inline ? (
    <span className={className} dangerouslySetInnerHTML={{ __html: html }} />
  ) : (
    <div className={className} dangerouslySetInnerHTML={{ __html: html }} />
  );
}
