// zod schemas for a deck's front matter and a card's field lines.
import { UPGRADE_STAGE_IDS } from './upgrade-stages';
import { z } from './zod';

export const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const frontMatterSchema = z
  .object({
    id: z.string().regex(ID, 'deck id must be kebab-case (a-z, 0-9 and -)'),
    title: z.string().trim().min(1, 'title is empty').max(80, 'title is longer than 80 characters'),
    summary: z.string().trim().min(1, 'summary is empty').max(300, 'summary is longer than 300 characters'),
    sources: z.array(z.string().min(1)).min(1, 'a deck needs at least one source'),
    order: z.number().int().optional(),
  })
  .strict();

export const CARD_FIELDS = ['kind', 'source', 'versions', 'variants', 'upgrade', 'tags', 'truth', 'diagram', 'interaction', 'regions'] as const;
export const SECTIONS = ['Prompt', 'Answer', 'Choices', 'Accept', 'Steps'] as const;

export const cardFieldsSchema = z.object({
  kind: z.enum(['basic', 'cloze', 'choice', 'typed', 'diagram', 'truefalse', 'order'], {
    error: 'kind must be one of basic, cloze, choice, typed, diagram, truefalse, order',
  }),
  source: z.string({ error: 'card has no source: add a "source:" line' }).min(1, 'card has no source: add a "source:" line'),
  /** Ranges, checked by parseVersions (lib/decks/versions.ts). */
  versions: z.string().optional(),
  /** The same question's cards for other versions (ids), checked across decks by checkVariants (variants.ts). */
  variants: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(/[\s,]+/).filter(Boolean) : []))
    .pipe(z.array(z.string().regex(ID, 'variants must be card ids (kebab-case)'))),
  /** The upgrade stage the card's change falls under (upgrade-stages.ts); required by lintDecks on a card that changes between supported lines. */
  upgrade: z.enum(UPGRADE_STAGE_IDS, { error: `upgrade must be one of ${UPGRADE_STAGE_IDS.join(', ')}` }).optional(),
  tags: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []))
    .pipe(z.array(z.string().regex(ID, 'tags must be kebab-case words'))),
  /** True/false cards: whether the statement in the prompt is true. */
  truth: z
    .enum(['true', 'false'], { error: 'truth must be true or false' })
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  /** Diagram cards: the diagram's id, how the card asks, and the regions it is about. */
  diagram: z.string().regex(ID, 'diagram must be a diagram id (kebab-case)').optional(),
  interaction: z.enum(['hide', 'point'], { error: 'interaction must be hide or point' }).optional(),
  regions: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : [])),
});

