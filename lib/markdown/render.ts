// Card Markdown to safe HTML: marked renders, DOMPurify sanitizes, so no script, event handler or
// javascript: URL from content survives. The deck build runs it on jsdom (decks come with their HTML);
// the browser runs it for text that did not come through the build, such as a live quiz question, and
// for imported cards, whose HTML passes the same sanitizer with a little more taken away (below).
import type { Config, DOMPurify } from 'dompurify';
import { marked } from 'marked';

const PURIFY_CONFIG: Config = { USE_PROFILES: { html: true }, FORBID_TAGS: ['style', 'form', 'input', 'button'] };

/**
 * Imported HTML (Anki fields, text files) besides: no style attributes (the pages' CSP allows none, and
 * a hostile deck could cover the screen with them), no audio or video, and images only from the deck's
 * own media, kept by name in data-media and shown from IndexedDB; a remote image is never fetched.
 */
const IMPORTED_CONFIG: Config = {
  ...PURIFY_CONFIG,
  FORBID_TAGS: [...(PURIFY_CONFIG.FORBID_TAGS as string[]), 'audio', 'video', 'source', 'track', 'picture'],
  FORBID_ATTR: ['style', 'srcset', 'background', 'poster'],
};

export type RenderMarkdown = (markdown: string, inline?: boolean) => string;

const hooked = new WeakSet<DOMPurify>();

function hookLinks(purify: DOMPurify): void {
  if (hooked.has(purify)) return;
  // Links in cards open the upstream docs in a new tab, without giving them this page.
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A' && node.getAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  hooked.add(purify);
}

/** A renderer bound to one DOMPurify instance (the page's, or one made on a jsdom window). */
export function markdownRenderer(purify: DOMPurify): RenderMarkdown {
  hookLinks(purify);
  return (markdown, inline = false) => {
    const html = inline ? marked.parseInline(markdown, { async: false, gfm: true }) : marked.parse(markdown, { async: false, gfm: true });
    return purify.sanitize(html, PURIFY_CONFIG) as string;
  };
}

const EXTERNAL = /^[a-z][a-z0-9+.-]*:|^\/\//i;

function mediaName(src: string): string {
  try {
    return decodeURIComponent(src);
  } catch {
    return src;
  }
}

/**
 * Event-handler attributes dropped from tags before DOMPurify parses the HTML. Nothing would run (the
 * CSP blocks handlers, and DOMPurify removes them), but Chromium checks a handler against the page's
 * CSP as soon as it parses one, even in an inert document, and reports a violation for each.
 */
export function withoutHandlers(html: string): string {
  return html.replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(/[\s/]on[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]*)/gi, ' '));
}

const INERT_TAG = /^<\/?(b|i|u|em|strong|br|p|div|span|sub|sup|ul|ol|li|code|pre|hr|h[1-6]|blockquote|table|thead|tbody|tr|td|th)\s*\/?>$/i;

/**
 * Text whose every tag is one of a few inert tags with no attributes at all (most Anki fields: <b>,
 * <br>, <div>) is what DOMPurify would return unchanged: nothing to run, load or style. Skipping it
 * makes a 50,000-note import tens of seconds faster; anything else goes through DOMPurify.
 */
export function isPlainMarkup(html: string): boolean {
  if (html.includes('<!') || html.includes('<?')) return false;
  const tags = html.match(/<[^>]*>?/g) ?? [];
  return tags.every((tag) => INERT_TAG.test(tag)) && !/<(?![a-z/!?])/i.test(html.replace(/<[^>]*>/g, ''));
}

const importers = new WeakMap<DOMPurify, (html: string) => string>();

/**
 * Sanitizes imported HTML: the cards' renderer's rules, then images pointed at the deck's own media
 * only. Its own DOMPurify instance (made on the given one's window), so its hooks touch no other HTML.
 */
export function importedHtmlSanitizer(purify: DOMPurify, make: () => DOMPurify): (html: string) => string {
  let sanitize = importers.get(purify);
  if (sanitize) return sanitize;
  const own = make();
  hookLinks(own);
  own.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName !== 'IMG') return;
    const src = (node.getAttribute('src') ?? '').trim();
    node.removeAttribute('src');
    if (src !== '' && !EXTERNAL.test(src)) node.setAttribute('data-media', mediaName(src));
  });
  sanitize = (html) => (isPlainMarkup(html) ? html : (own.sanitize(withoutHandlers(html), IMPORTED_CONFIG) as string));
  importers.set(purify, sanitize);
  return sanitize;
}
