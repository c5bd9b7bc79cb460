'use client';
// Sanitized HTML on screen: a div, or with `inline` a span (button labels, list items). Callers
// pass only HTML DOMPurify has cleaned, at build time (card-content), at import (an imported deck) or
// just now (markdown). An imported card's images come from IndexedDB (media-images.ts).
import { useRef } from 'react';

import { useMediaImages } from './media-images';

export function HtmlText({ html, inline = false, className = 'prose' }: { html: string; inline?: boolean; className?: string }) {
  const ref = useRef<HTMLElement>(null);
  useMediaImages(ref, html);
  return inline ? (
    <span ref={ref} className={className} dangerouslySetInnerHTML={{ __html: html }} />
  ) : (
    <div ref={ref as React.RefObject<HTMLDivElement>} className={className} dangerouslySetInnerHTML={{ __html: html }} />
  );
}
