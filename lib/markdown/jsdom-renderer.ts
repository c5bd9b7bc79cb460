// The Markdown renderer outside a browser (the deck build, tests): DOMPurify on a jsdom window.
// Build-time only: nothing the app ships imports this.
import createDOMPurify, { type WindowLike } from 'dompurify';
import { JSDOM } from 'jsdom';

import { markdownRenderer, type RenderMarkdown } from './render';

export function jsdomMarkdownRenderer(): RenderMarkdown {
  return markdownRenderer(createDOMPurify(new JSDOM('').window as unknown as WindowLike));
}
