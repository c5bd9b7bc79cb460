// Turns a parsed deck into a CompiledDeck, reporting every schema problem with its line.
import { canonicalTyped, clozeDeletions } from './answers';
import { diagramRef, DIAGRAM_FIELDS } from './diagrams/diagram-card';
import type { CompiledDiagram, DiagramRef } from './diagrams/types';
import { contentHash } from './hash';
import type { RawCard, RawDeck } from './parse-deck';
import { checkTrueFalse, parseSteps } from './quiz-kinds';
import { CARD_FIELDS, cardFieldsSchema, frontMatterSchema, ID, SECTIONS } from './schema';
import { resolveSource } from './sources';
import type { Choice, CompiledCard, CompiledDeck, DeckProblem, OrderStep } from './types';
import { parseVersions } from './versions';

const CHOICE_LINE = /^[-*]\s+\[( |x|X)\]\s+(.+)$/;

export function validateDeck(
  raw: RawDeck,
  diagrams: ReadonlyMap<string, CompiledDiagram> = new Map(),
): { deck?: CompiledDeck; problems: DeckProblem[] } {
  const problems: DeckProblem[] = [];
  const report = (line: number, message: string) => problems.push({ file: raw.file, line, message });

  const front = frontMatterSchema.safeParse(raw.front);
  if (!front.success) {
    for (const issue of front.error.issues) {
      const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : String(issue.path[0] ?? '');
      const where = raw.frontLines.get(key) ?? 2;
      const message =
        issue.code === 'unrecognized_keys'
          ? `unknown front matter field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`
          : `front matter "${key}": ${issue.message}`;
      report(where, message);
    }
  }
  const sources = (front.success ? front.data.sources : []).map((s) => {
    const r = resolveSource(s);
    if ('error' in r) report(raw.frontLines.get('sources') ?? 2, r.error);
    return { label: s, url: 'url' in r ? r.url : '' };
  });

  const seen = new Map<string, number>();
  const cards: CompiledCard[] = [];
  raw.cards.forEach((rc, position) => {
    if (rc.id === '') {
      report(rc.line, 'card without an id: write "## <card-id>"');
    } else if (!ID.test(rc.id)) {
      report(rc.line, `card id "${rc.id}" must be kebab-case (a-z, 0-9 and -)`);
    } else if (seen.has(rc.id)) {
      report(rc.line, `duplicate card id "${rc.id}" (first at line ${seen.get(rc.id)})`);
    } else {
      seen.set(rc.id, rc.line);
    }
    const card = validateCard(rc, front.success ? front.data.id : '', position, diagrams, report);
    if (card) cards.push(card);
  });
  if (raw.cards.length === 0) report(raw.frontLines.get('id') ?? 1, 'deck has no cards');

  if (!front.success || problems.length > 0) return { problems };
  const { id, title, summary, order } = front.data;
  const hash = contentHash(JSON.stringify([id, title, summary, front.data.sources, cards.map((c) => c.hash)]));
  return { deck: { id, title, summary, order: order ?? 1000, sources, cards, hash }, problems };
}

function validateCard(
  rc: RawCard,
  deckId: string,
  position: number,
  diagrams: ReadonlyMap<string, CompiledDiagram>,
  report: (line: number, message: string) => void,
): CompiledCard | undefined {
  const before = { count: 0 };
  const problem = (line: number, message: string) => {
    before.count++;
    report(line, message);
  };
  const name = rc.id || '(no id)';
  for (const [key, f] of rc.fields) {
    if (!(CARD_FIELDS as readonly string[]).includes(key)) {
      problem(f.line, `unknown field "${key}" in card "${name}" (known: ${CARD_FIELDS.join(', ')})`);
    }
  }
  for (const [key, s] of rc.sections) {
    if (!(SECTIONS as readonly string[]).includes(key)) {
      problem(s.line, `unknown section "${key}" in card "${name}" (known: ${SECTIONS.join(', ')})`);
    }
  }
  const fieldValues = Object.fromEntries([...rc.fields].map(([k, f]) => [k, f.value]));
  const parsed = cardFieldsSchema.safeParse(fieldValues);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      const line = rc.fields.get(key)?.line ?? rc.line;
      const message = key === 'source' || key === 'kind' ? issue.message : `field "${key}": ${issue.message}`;
      problem(line, `${message} (card "${name}")`);
    }
  }
  const versionsField = rc.fields.get('versions');
  const versions = parseVersions(versionsField?.value ?? '');
  for (const message of versions.problems) problem(versionsField?.line ?? rc.line, `${message} (card "${name}")`);
  let sourceUrl = '';
  if (parsed.success) {
    const r = resolveSource(parsed.data.source);
    if ('error' in r) problem(rc.fields.get('source')?.line ?? rc.line, r.error);
    else sourceUrl = r.url;
  }

  const prompt = rc.sections.get('Prompt');
  const answer = rc.sections.get('Answer');
  const kind = parsed.success ? parsed.data.kind : undefined;
  if (!prompt || prompt.value === '') problem(prompt?.line ?? rc.line, `empty prompt in card "${name}": add a "### Prompt" section`);
  if ((!answer || answer.value === '') && kind !== 'cloze') {
    problem(answer?.line ?? rc.line, `empty answer in card "${name}": add a "### Answer" section`);
  }

  let choices: Choice[] | undefined;
  let accept: string[] | undefined;
  let steps: OrderStep[] | undefined;
  const choicesSection = rc.sections.get('Choices');
  const acceptSection = rc.sections.get('Accept');
  if (choicesSection && kind !== 'choice') problem(choicesSection.line, `"### Choices" belongs only to kind: choice (card "${name}")`);
  if (acceptSection && kind !== 'typed') problem(acceptSection.line, `"### Accept" belongs only to kind: typed (card "${name}")`);
  const stepsSection = rc.sections.get('Steps');
  if (stepsSection && kind !== 'order') problem(stepsSection.line, `"### Steps" belongs only to kind: order (card "${name}")`);
  const truthField = rc.fields.get('truth');
  if (truthField && parsed.success && kind !== 'truefalse') {
    problem(truthField.line, `"truth:" belongs only to kind: truefalse (card "${name}")`);
  }

  let diagram: DiagramRef | undefined;
  if (rc.fields.get('kind')?.value !== 'diagram') {
    for (const key of DIAGRAM_FIELDS) {
      const f = rc.fields.get(key);
      if (f) problem(f.line, `"${key}:" belongs only to kind: diagram (card "${name}")`);
    }
  }

  if (kind === 'diagram' && parsed.success) {
    diagram = diagramRef(rc, name, parsed.data, diagrams, problem);
  } else if (kind === 'choice') {
    choices = parseChoices(rc, name, problem);
  } else if (kind === 'truefalse') {
    checkTrueFalse(rc, name, parsed.success ? parsed.data.truth : undefined, problem);
  } else if (kind === 'order') {
    steps = parseSteps(rc, name, problem);
  } else if (kind === 'cloze' && prompt && prompt.value !== '' && clozeDeletions(prompt.value).length === 0) {
    problem(prompt.line, `cloze without a deletion in card "${name}": mark hidden text as {{like this}}`);
  } else if (kind === 'typed' && answer && answer.value !== '') {
    const canonical = canonicalTyped(answer.value);
    const variants = (acceptSection?.value ?? '')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => l.replace(/^[-*]\s+/, '').replace(/^`(.*)`$/, '$1').trim());
    accept = [canonical, ...variants.filter((v) => v !== canonical)];
  }

  if (before.count > 0 || !parsed.success || !prompt || !answer && kind !== 'cloze') return undefined;
  const content = {
    kind: parsed.data.kind,
    prompt: prompt.value,
    answer: answer?.value ?? '',
    source: parsed.data.source,
    versions: versions.tokens,
    ...(parsed.data.variants.length > 0 ? { variants: parsed.data.variants } : {}),
    ...(parsed.data.upgrade ? { upgrade: parsed.data.upgrade } : {}),
    choices,
    accept,
    ...(kind === 'truefalse' ? { truth: parsed.data.truth } : {}),
    ...(steps ? { steps } : {}),
    diagram,
  };
  return {
    id: rc.id,
    deckId,
    ...content,
    sourceUrl,
    tags: parsed.data.tags,
    position,
    hash: contentHash(JSON.stringify(content)),
  };
}

function parseChoices(rc: RawCard, name: string, problem: (line: number, message: string) => void): Choice[] | undefined {
  const section = rc.sections.get('Choices');
  if (!section) {
    problem(rc.line, `multiple-choice card "${name}" has no "### Choices" section`);
    return undefined;
  }
  const choices: Choice[] = [];
  section.value.split('\n').forEach((l, i) => {
    if (l.trim() === '') return;
    const m = CHOICE_LINE.exec(l.trim());
    if (!m) {
      problem(section.line + 1 + i, `choice lines look like "- [x] right" or "- [ ] wrong" (card "${name}")`);
      return;
    }
    choices.push({ text: m[2].trim(), correct: m[1] !== ' ' });
  });
  const right = choices.filter((c) => c.correct).length;
  const wrong = choices.length - right;
  if (right === 0) problem(section.line, `multiple-choice card "${name}" has no right option: mark one "- [x]"`);
  if (right > 1) problem(section.line, `multiple-choice card "${name}" has ${right} right options: exactly one may be "- [x]"`);
  if (wrong < 3) problem(section.line, `multiple-choice card "${name}" needs at least three wrong options, has ${wrong}`);
  const texts = choices.map((c) => c.text.toLowerCase());
  if (new Set(texts).size !== texts.length) problem(section.line, `multiple-choice card "${name}" repeats an option`);
  return choices;
}
