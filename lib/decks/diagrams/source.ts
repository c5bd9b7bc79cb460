// Reads a diagram source (YAML in decks/diagrams/) into checked data, each problem with its line.
// The schema is closed: a key it does not know is an error, so a source can hold nothing but boxes,
// arrows and text, and text is plain (no markup).
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';

import { ID } from '../schema';
import type { DeckProblem } from '../types';
import { z } from '../zod';

const PLAIN = /^[^<>]*$/;
const plainText = (what: string, max: number) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, `${what} is empty`)
    .max(max, `${what} is longer than ${max} characters`)
    .regex(PLAIN, `${what} is plain text: no "<" or ">"`);

const coordinate = z.number({ error: 'coordinates are numbers' }).min(0, 'coordinates are 0 or more');
const point = z.tuple([coordinate, coordinate], { error: 'a point is [x, y]' });
const regionId = z.string({ error: 'region ids are text' }).regex(ID, 'region ids are kebab-case (a-z, 0-9 and -)');

const regionSchema = z
  .object({
    id: regionId,
    name: plainText('name', 80),
    label: z.union([plainText('label', 40), z.array(plainText('label line', 40)).min(1).max(4)]).optional(),
    box: z.tuple([coordinate, coordinate, coordinate, coordinate], { error: 'box is [x, y, width, height]' }).optional(),
    arrow: z.tuple([regionId, regionId], { error: 'arrow is [from-region, to-region]' }).optional(),
    text: point.optional(),
    style: z.enum(['group', 'dashed'], { error: 'style is group or dashed' }).optional(),
    tone: z.number().int().min(0).max(5, 'tone is 0 to 5').optional(),
    font: z.number().int().min(10, 'font is 10 to 16').max(16, 'font is 10 to 16').optional(),
    align: z.enum(['start', 'middle'], { error: 'align is start or middle' }).optional(),
    via: z.array(point).max(4).optional(),
    ends: z.enum(['end', 'both', 'none'], { error: 'ends is end, both or none' }).optional(),
    dashed: z.boolean().optional(),
    label_at: point.optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    const shapes = [r.box, r.arrow, r.text].filter((s) => s !== undefined).length;
    if (shapes !== 1) ctx.addIssue({ code: 'custom', message: `region "${r.id}" needs exactly one of box, arrow or text` });
    const only = (key: keyof typeof r, shape: string, present: unknown) => {
      if (r[key] !== undefined && present === undefined) ctx.addIssue({ code: 'custom', path: [key], message: `${key} belongs to ${shape} regions only` });
    };
    only('style', 'box', r.box);
    only('via', 'arrow', r.arrow);
    only('ends', 'arrow', r.arrow);
    only('dashed', 'arrow', r.arrow);
    if (r.label_at !== undefined && r.style !== 'group' && r.arrow === undefined) {
      ctx.addIssue({ code: 'custom', path: ['label_at'], message: 'label_at belongs to arrows and groups only' });
    }
    only('align', 'text', r.text);
  });

export const diagramSourceSchema = z
  .object({
    id: z.string().regex(ID, 'diagram id must be kebab-case (a-z, 0-9 and -)'),
    title: plainText('title', 80),
    description: plainText('description', 600),
    sources: z.array(z.string().min(1)).min(1, 'a diagram needs at least one upstream source'),
    size: z.tuple([z.number().int().min(240).max(720), z.number().int().min(120).max(900)], {
      error: 'size is [width, height]: width 240 to 720, height 120 to 900',
    }),
    regions: z.array(regionSchema).min(3, 'a diagram needs at least three regions').max(32, 'a diagram has at most 32 regions'),
  })
  .strict();

export type DiagramSource = z.output<typeof diagramSourceSchema>;
export type RegionSource = DiagramSource['regions'][number];

export interface DiagramFile {
  /** Path shown in problems, e.g. decks/diagrams/cri-plugin.yaml. */
  path: string;
  text: string;
}

/** The line of the YAML node at a path (a region, a key), for file:line messages. */
export function lineOf(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as (string | number)[], true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return 1;
}

export interface ParsedDiagram {
  source: DiagramSource;
  /** The line of a region (by index) or of one of its keys. */
  line: (path: readonly PropertyKey[]) => number;
}

export function parseDiagramSource(file: DiagramFile): { parsed?: ParsedDiagram; problems: DeckProblem[] } {
  const problems: DeckProblem[] = [];
  const counter = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) problems.push({ file: file.path, line: e.linePos?.[0]?.line ?? 1, message: `malformed diagram: ${e.message.split('\n')[0]}` });
    return { problems };
  }
  const line = (path: readonly PropertyKey[]) => lineOf(doc, counter, path);
  const result = diagramSourceSchema.safeParse(doc.toJS());
  if (!result.success) {
    for (const issue of result.error.issues) {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
      const where = keys.length > 0 ? [...issue.path, keys[0]] : issue.path;
      const message =
        keys.length > 0
          ? `unknown key${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}: a diagram holds only boxes, arrows and text`
          : `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`;
      problems.push({ file: file.path, line: line(where), message });
    }
    return { problems };
  }
  return { parsed: { source: result.data, line }, problems };
}
