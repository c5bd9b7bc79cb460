// Card Markdown to safe HTML: marked renders, DOMPurify sanitizes, so no script, event handler or
// javascript: URL from content survives. The deck build runs it on jsdom (decks come with their HTML);
// the browser runs it for text that did not come through the build, such as a live quiz question.
import type { Config, DOMPurify } from 'dompurify';
import { marked } from 'marked';

const PURIFY_CONFIG: Config = { USE_PROFILES: { html: true }, FORBID_TAGS: ['style', 'form', 'input', 'button'] };

export type RenderMarkdown = (markdown: string, inline?: boolean) => string;

const hooked = new WeakSet<DOMPurify>();

/** A renderer bound to one DOMPurify instance (the page's, or one made on a jsdom window). */
export function markdownRenderer(purify: DOMPurify): RenderMarkdown {
  if (!hooked.has(purify)) {
    // Links in cards open the upstream docs in a new tab, without giving them this page.
    purify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A' && node.getAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    });
    hooked.add(purify);
  }
  return (markdown, inline = false) => {
    const html = inline ? marked.parseInline(markdown, { async: false, gfm: true }) : marked.parse(markdown, { async: false, gfm: true });
    return purify.sanitize(html, PURIFY_CONFIG) as string;
  };
}
