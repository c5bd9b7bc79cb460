'use client';
// Card text as the deck build rendered it (Markdown to HTML, sanitized with DOMPurify there; the CSP
// blocks inline scripts and handlers besides). A card stored before cards carried HTML is rendered
// here instead, with the Markdown renderer loaded only for it.
import dynamic from 'next/dynamic';

import { HtmlText } from './html-text';

const Markdown = dynamic(() => import('./markdown').then((m) => m.Markdown), { ssr: false });

interface Props {
  /** The build's HTML for this text, when the stored card has it. */
  html: string | undefined;
  /** The same text as Markdown, rendered here when there is no HTML. */
  markdown: string;
  inline?: boolean;
  className?: string;
}

export function CardContent({ html, markdown, inline = false, className = 'prose' }: Props) {
  if (html === undefined) return <Markdown text={markdown} inline={inline} className={className} />;
  return <HtmlText html={html} inline={inline} className={className} />;
}
