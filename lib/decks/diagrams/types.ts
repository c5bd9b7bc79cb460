// A compiled diagram: every coordinate the drawing needs, computed by the deck build from a source in
// decks/diagrams/. The app draws it with a fixed set of SVG elements (rect, path, polygon, text), so the
// data can describe nothing but a picture.
import type { DeckSource } from '../types';

export type RegionKind = 'box' | 'group' | 'arrow' | 'text';

export interface LabelGeometry {
  /** Anchor of the first line: its centre (middle) or its left end (start), at the baseline. */
  x: number;
  y: number;
  lines: string[];
  anchor: 'middle' | 'start';
  size: number;
  lineHeight: number;
}

export type RegionShape =
  | { type: 'rect'; x: number; y: number; w: number; h: number; dashed: boolean }
  | { type: 'path'; d: string; dashed: boolean; heads: string[] }
  | { type: 'none' };

export interface CompiledRegion {
  id: string;
  /** The accessible name: what a screen reader says, what the quiz lists, what a card's answer names. */
  name: string;
  kind: RegionKind;
  /** Fill colour, 0 (plain surface) to 5; the app maps each to theme colours. */
  tone: number;
  shape: RegionShape;
  label: LabelGeometry | null;
  /** Where a mark (a count, a "?") is centred. */
  mark: { x: number; y: number };
  /** The smallest group this region sits in, if any. */
  within: string | null;
  /** Arrows: the regions they join; `both` when the arrow points both ways. */
  from?: string;
  to?: string;
  both?: boolean;
}

export interface CompiledDiagram {
  id: string;
  title: string;
  description: string;
  sources: DeckSource[];
  width: number;
  height: number;
  /** In drawing order: groups, boxes, arrows, free text. */
  regions: CompiledRegion[];
  hash: string;
}

/** How a diagram card asks: mask regions and recall them, or tap the region the prompt describes. */
export type DiagramInteraction = 'hide' | 'point';

/** What a diagram card stores about its picture (the picture itself comes from diagrams.json). */
export interface DiagramRef {
  id: string;
  /** The compiled diagram's hash: a changed picture changes the card, as an edit would. */
  hash: string;
  interaction: DiagramInteraction;
  /** hide: the masked regions; point: the one region to tap. */
  regions: string[];
  /** The names of `regions`, in the same order. */
  names: string[];
  /** point cards: the regions a learner may tap (arrows when it asks for an arrow, else the rest), with their names: the quiz's options. */
  options?: { id: string; name: string }[];
}
