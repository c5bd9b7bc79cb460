// Anki's card templates rendered to HTML, as far as an imported card needs: field replacements with
// their filters (text:, hint:, cloze:, type: removed), conditionals ({{#F}}…{{/F}}, {{^F}}…{{/F}}),
// {{FrontSide}}, and [sound:…] tags dropped (sounds are not imported). The result is unsanitized:
// the store's import sanitizes it as bundled cards are.

export type Fields = Record<string, string>;

const SECTION = /\{\{([#^])\s*([^}]+?)\s*\}\}([\s\S]*?)\{\{\/\s*\2\s*\}\}/g;

export function stripHtml(html: string): string {
  // Each group of passes runs only when its text can match: most fields have no entity and no line break.
  let out = html;
  if (out.includes('<')) {
    out = out
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<br\s*\/?>|<\/(div|p|li)>/gi, '\n')
      .replace(/<[^>]*>/g, '');
  }
  if (out.includes('&')) {
    out = out
      .replace(/&nbsp;/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  }
  if (out.includes('\n')) out = out.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n');
  return out.trim();
}

const isEmpty = (value: string | undefined) => value === undefined || (stripHtml(value) === '' && !/<img\b/i.test(value));

/** Renders one side; `clozeOrd` (1-based) shows that cloze's deletions as `{{…}}` markers our cloze kind reads. */
export function renderTemplate(template: string, fields: Fields, frontSide = ''): string {
  let out = template;
  for (let pass = 0; pass < 4 && SECTION.test(out); pass++) {
    SECTION.lastIndex = 0;
    out = out.replace(SECTION, (_, sign: string, name: string, body: string) =>
      (sign === '#') !== isEmpty(fields[name.trim()]) ? body : '',
    );
  }
  out = out.replace(/\{\{\s*([^}]+?)\s*\}\}/g, (_, tag: string) => {
    if (tag === 'FrontSide') return frontSide;
    const parts = tag.split(':');
    const name = parts.pop()!.trim();
    const filters = parts.map((f) => f.trim());
    if (filters.includes('type')) return '';
    const value = fields[name] ?? '';
    if (filters.includes('text')) return stripHtml(value);
    return value;
  });
  return stripSounds(out).trim();
}

export function stripSounds(html: string): string {
  return html.replace(/\[sound:[^\]]*\]/g, '');
}

/** The answer side without the question repeated: what follows <hr id=answer>, or the side without {{FrontSide}}. */
export function answerPart(afmt: string): string {
  const hr = /<hr\s+id\s*=\s*["']?answer["']?\s*\/?>/i.exec(afmt);
  if (hr) return afmt.slice(hr.index + hr[0].length);
  return afmt.replace(/\{\{\s*FrontSide\s*\}\}/g, '');
}

/** The field a template types in ({{type:Field}}; {{type:cloze:Field}} is a cloze, not typed). */
export function typedField(qfmt: string): string | undefined {
  const m = /\{\{\s*type:(?!cloze:)([^}]+?)\s*\}\}/.exec(qfmt);
  return m?.[1]?.trim();
}

/** The cloze field a cloze template shows. */
export function clozeField(qfmt: string): string | undefined {
  return /\{\{\s*(?:[^}]*:)?cloze:([^}]+?)\s*\}\}/.exec(qfmt)?.[1]?.trim();
}

const CLOZE = /\{\{c(\d+)::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g;

/** Cloze numbers present in a text (1-based). */
export function clozeNumbers(text: string): number[] {
  return [...new Set([...text.matchAll(CLOZE)].map((m) => Number(m[1])))].sort((a, b) => a - b);
}

/** One Anki cloze card as our cloze text: its own deletions as {{…}}, the others shown. */
export function clozeToOurs(text: string, ord: number): string {
  return text.replace(CLOZE, (_, n: string, inner: string) => (Number(n) === ord ? `{{${inner}}}` : inner));
}

/** Our cloze text ({{…}} deletions, all hidden at once) as one Anki cloze card (all c1). */
export function oursToCloze(text: string): string {
  return text.replace(/\{\{([\s\S]+?)\}\}/g, (_, inner: string) => `{{c1::${inner.trim()}}}`);
}
