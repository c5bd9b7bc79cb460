'use client';
// Markdown rendered in the browser (marked, then DOMPurify: see lib/markdown/render.ts), for text that
// did not come through the deck build: live quiz questions, and cards stored before cards carried HTML.
import DOMPurify from 'dompurify';
import { useMemo } from 'react';

import { markdownRenderer, type RenderMarkdown } from '@/lib/markdown/render';

import { HtmlText } from './html-text';

let render: RenderMarkdown | undefined;

export function renderMarkdown(markdown: string, inline = false): string {
  if (typeof window === 'undefined') return '';
  render ??= markdownRenderer(DOMPurify);
  return render(markdown, inline);
}

/** Block Markdown in a div, or with `inline` a span (for button labels and list items). */
export function Markdown({ text, className = 'prose', inline = false }: { text: string; className?: string; inline?: boolean }) {
  const html = useMemo(() => renderMarkdown(text, inline), [text, inline]);
  return <HtmlText html={html} inline={inline} className={className} />;
}
