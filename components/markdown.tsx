'use client';
// Card content is Markdown written by us or imported by a user: render it with marked, then
// sanitize with DOMPurify so no script, handler or javascript: URL from content can run.
import DOMPurify from 'dompurify';
import { marked } from 'marked';
import { useMemo } from 'react';

let hooked = false;

function sanitize(html: string): string {
  if (!hooked) {
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A' && node.getAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    });
    hooked = true;
  }
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true }, FORBID_TAGS: ['style', 'form', 'input', 'button'] });
}

export function renderMarkdown(markdown: string, inline = false): string {
  if (typeof window === 'undefined') return '';
  const html = inline ? marked.parseInline(markdown, { async: false, gfm: true }) : marked.parse(markdown, { async: false, gfm: true });
  return sanitize(html);
}

/** Block Markdown in a div, or with `inline` a span (for button labels and list items). */
export function Markdown({ text, className = 'prose', inline = false }: { text: string; className?: string; inline?: boolean }) {
  const html = useMemo(() => renderMarkdown(text, inline), [text, inline]);
  return inline ? (
    <span className={className} dangerouslySetInnerHTML={{ __html: html }} />
  ) : (
    <div className={className} dangerouslySetInnerHTML={{ __html: html }} />
  );
}
