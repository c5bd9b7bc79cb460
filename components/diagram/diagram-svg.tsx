'use client';
// Draws a compiled diagram with rect, path, polygon and text only. Regions can be masked (a "?" in
// place of the label), marked right or wrong, dimmed, counted, and, when `onPick` is given, tapped:
// each pickable region is then a button named by its region name.
import type { KeyboardEvent } from 'react';

import type { CompiledDiagram, CompiledRegion, LabelGeometry } from '@/lib/decks/diagrams/types';

import styles from './diagram.module.css';

export type RegionMark = 'right' | 'wrong' | 'picked' | 'revealed';

export interface DiagramSvgProps {
  diagram: CompiledDiagram;
  /** The accessible name of the picture (or of the group of buttons when regions are pickable). */
  label: string;
  /** Regions drawn with a "?" (or a number, when several) instead of their label. */
  masked?: readonly string[];
  marks?: Readonly<Record<string, RegionMark>>;
  /** Regions the learner may tap; the rest are drawn dimmed when `dimOthers`. */
  pickable?: readonly string[];
  dimOthers?: boolean;
  onPick?: (regionId: string) => void;
  /** A count drawn on each region (the quiz's reveal). */
  counts?: Readonly<Record<string, number>>;
}

function Label({ label, className, text }: { label: LabelGeometry; className: string; text?: string }) {
  const lines = text === undefined ? label.lines : [text];
  return (
    <text x={label.x} y={label.y} fontSize={label.size} textAnchor={label.anchor} className={className}>
      {lines.map((line, i) => (
        <tspan key={i} x={label.x} dy={i === 0 ? 0 : label.lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

function maskLabel(region: CompiledRegion, text: string): LabelGeometry {
  if (region.kind === 'group' && region.label) return { ...region.label, lines: [text], size: 15 };
  const size = region.kind === 'arrow' ? 13 : 18;
  return { x: region.mark.x, y: region.mark.y + size * 0.35, lines: [text], anchor: 'middle', size, lineHeight: size };
}

/** A count sits on the top-right corner of a box, on the middle of an arrow or text. */
function badgeAt(region: CompiledRegion): { x: number; y: number } {
  const { shape } = region;
  return shape.type === 'rect' ? { x: shape.x + shape.w - 6, y: shape.y + 6 } : region.mark;
}

function Shape({ region, pickable }: { region: CompiledRegion; pickable: boolean }) {
  const { shape } = region;
  if (shape.type === 'rect') {
    const group = region.kind === 'group';
    const cls = group
      ? styles.group
      : `${styles.shape} ${region.tone > 0 ? styles[`tone${region.tone}`] : ''} ${shape.dashed ? styles.dashed : ''}`;
    return <rect x={shape.x} y={shape.y} width={shape.w} height={shape.h} rx={group ? 10 : 7} className={cls} />;
  }
  if (shape.type === 'path') {
    return (
      <>
        {pickable && <path d={shape.d} className={styles.hit} />}
        <path d={shape.d} className={`${styles.line} ${shape.dashed ? styles.dashed : ''}`} />
        {shape.heads.map((points) => (
          <polygon key={points} points={points} className={styles.head} />
        ))}
      </>
    );
  }
  return null;
}

function Badge({ at, count }: { at: { x: number; y: number }; count: number }) {
  return (
    <>
      <circle cx={at.x} cy={at.y} r={11} className={styles.badge} />
      <text x={at.x} y={at.y + 4.5} fontSize={13} textAnchor="middle" className={styles.badgeText}>
        {count}
      </text>
    </>
  );
}

function labelClass(region: CompiledRegion): string {
  if (region.kind === 'group') return styles.groupLabel;
  if (region.kind === 'arrow') return styles.arrowLabel;
  return styles.label;
}

export function DiagramSvg({ diagram, label, masked = [], marks = {}, pickable, dimOthers = false, onPick, counts }: DiagramSvgProps) {
  const interactive = onPick !== undefined;
  const canPick = (id: string) => interactive && (pickable === undefined || pickable.includes(id));
  const keyDown = (id: string) => (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    // Handled here: the study screen's own Space/Enter must not also fire.
    e.preventDefault();
    onPick?.(id);
  };
  return (
    <svg
      viewBox={`0 0 ${diagram.width} ${diagram.height}`}
      className={styles.svg}
      role={interactive ? 'group' : 'img'}
      aria-label={label}
      data-diagram={diagram.id}
    >
      {diagram.regions.map((region) => {
        const k = masked.indexOf(region.id);
        const pick = canPick(region.id);
        const mark = marks[region.id];
        const dim = dimOthers && pickable !== undefined && !pickable.includes(region.id);
        const cls = [pick ? styles.pick : '', k >= 0 ? styles.masked : '', mark ? styles[mark] : '', dim ? styles.dim : ''].join(' ');
        const count = counts?.[region.id];
        return (
          <g
            key={region.id}
            className={cls}
            data-region={region.id}
            data-mark={mark}
            {...(pick
              ? {
                  role: 'button',
                  tabIndex: 0,
                  'aria-label': region.name,
                  onClick: () => onPick?.(region.id),
                  onKeyDown: keyDown(region.id),
                }
              : { 'aria-hidden': interactive ? true : undefined })}
          >
            <Shape region={region} pickable={pick} />
            {k >= 0 ? (
              <Label label={maskLabel(region, masked.length > 1 ? String(k + 1) : '?')} className={styles.mask} />
            ) : (
              region.label && <Label label={region.label} className={labelClass(region)} />
            )}
            {count !== undefined && <Badge at={badgeAt(region)} count={count} />}
          </g>
        );
      })}
    </svg>
  );
}
