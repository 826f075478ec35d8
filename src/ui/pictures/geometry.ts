import type { MessageKey } from '../../locales/keys';

/**
 * Pure helpers shared by the checklist pictures: points, arcs, and the text labels with an
 * estimated box so the tests can check that labels stay inside the picture and apart from each
 * other without a DOM. No Preact here, so vitest can import it as plain TypeScript.
 */
export type Vec = readonly [number, number];

/** Points from a flat list of numbers: [x0, y0, x1, y1, …]; keeps long coordinate lists short. */
export function pairs(flat: readonly number[]): Vec[] {
  return flat.flatMap((n, i): Vec[] => (i % 2 === 0 ? [[n, flat[i + 1] ?? n]] : []));
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A text label drawn as real <text>, one <tspan> a line, in the page's own font. */
export interface Label {
  /** Anchor point: the first line's baseline sits on y. */
  at: Vec;
  lines: readonly string[];
  anchor?: 'start' | 'middle' | 'end';
  /** Font size in viewBox units. */
  size?: number;
}

/**
 * A label before it has words: where it goes and the message it shows. The message's line breaks
 * ("\n") are the label's lines, so each language breaks its own words; the tests check every
 * language's labels against the drawing.
 */
export interface LabelSpec extends Omit<Label, 'lines'> {
  text: MessageKey;
  /** The widest a line may be; a longer line sets the whole label a little smaller to fit. */
  maxWidth?: number;
}

/** A label with its words: one line per line of `text`, its size reduced if a line is too wide. */
export function fitLabel(spec: LabelSpec, text: string): Label {
  const { text: _key, maxWidth, ...label } = spec;
  const lines = text.split('\n');
  const size = spec.size ?? LABEL_SIZE;
  const widest = Math.max(...lines.map((line) => textWidth(line, 1)));
  const fitted = maxWidth === undefined || widest * size <= maxWidth ? size : Math.floor((maxWidth / widest) * 10) / 10;
  return { ...label, lines, size: fitted };
}

export const LABEL_SIZE = 12.5;
export const LINE_GAP = 1.2;
/*
 * Glyph widths in em, rounded up from DejaVu Sans Bold, the widest system UI font we render
 * with (Debian's system-ui): the box the tests check is, if anything, larger than what any
 * browser draws, even when a highlighted label turns bold.
 */
const THINNEST = /[ijlI.,:;'’·|!]/;
const THIN = /[frtJ ()–°-]/;
const WIDE = /[mwMW—]/;
const ROUND = /[acekosvxyz]/;
function glyph(ch: string): number {
  if (THINNEST.test(ch)) return 0.4;
  if (THIN.test(ch)) return 0.52;
  if (WIDE.test(ch)) return 1.1;
  if (/[0-9]/.test(ch)) return 0.73;
  if (/[A-Z]/.test(ch)) return 0.86;
  if (ROUND.test(ch)) return 0.7;
  return 0.74;
}

/** An upper bound on a line's width at the given font size. */
export function textWidth(line: string, size: number): number {
  return [...line].reduce((sum, ch) => sum + glyph(ch), 0) * size;
}

/** The box a label covers, estimated from its longest line and its line count. */
export function labelBox(label: Label): Box {
  const size = label.size ?? LABEL_SIZE;
  const width = Math.max(...label.lines.map((line) => textWidth(line, size)));
  const height = size * (1 + LINE_GAP * (label.lines.length - 1));
  const [x, y] = label.at;
  const left = label.anchor === 'middle' ? x - width / 2 : label.anchor === 'end' ? x - width : x;
  // The baseline is about 0.8 em below the top of the capitals and 0.2 em above the descenders.
  return { x: left, y: y - size * 0.8, width, height: height + size * 0.2 };
}

/** Whether a box lies within a view of the given width and height, with a margin to spare. */
export function boxInside(box: Box, width: number, height: number, margin = 0): boolean {
  return (
    box.x >= margin && box.y >= margin && box.x + box.width <= width - margin && box.y + box.height <= height - margin
  );
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** A box grown by `by` on every side, for a label drawn on a rounded chip. */
export function padBox(box: Box, by: number): Box {
  return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** A point at `degrees` (0 = pointing right, 90 = pointing down, as SVG's y grows downwards). */
export function polar(centre: Vec, radius: number, degrees: number): Vec {
  const a = (degrees * Math.PI) / 180;
  return [round(centre[0] + radius * Math.cos(a)), round(centre[1] + radius * Math.sin(a))];
}

/** An SVG arc path from one angle to another, clockwise on screen when `to` > `from`. */
export function arcPath(centre: Vec, radius: number, from: number, to: number): string {
  const [x0, y0] = polar(centre, radius, from);
  const [x1, y1] = polar(centre, radius, to);
  const large = Math.abs(to - from) > 180 ? 1 : 0;
  const sweep = to > from ? 1 : 0;
  return `M${x0} ${y0} A${radius} ${radius} 0 ${large} ${sweep} ${x1} ${y1}`;
}

/** A full circle as a path, for the even-odd rings of the reach zones. */
export function circlePath(centre: Vec, radius: number): string {
  const [cx, cy] = centre;
  return `M${cx - radius} ${cy} a${radius} ${radius} 0 1 0 ${2 * radius} 0 a${radius} ${radius} 0 1 0 ${-2 * radius} 0Z`;
}

export const distance = (a: Vec, b: Vec) => Math.hypot(a[0] - b[0], a[1] - b[1]);

/** The angle of the line from a to b, in degrees, SVG orientation. */
export const angleOf = (a: Vec, b: Vec) => (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;

/** The angle at `joint` between the segments to `a` and to `b`, in degrees (0–180). */
export function jointAngle(a: Vec, joint: Vec, b: Vec): number {
  const u = [a[0] - joint[0], a[1] - joint[1]];
  const v = [b[0] - joint[0], b[1] - joint[1]];
  const cos = (u[0]! * v[0]! + u[1]! * v[1]!) / (Math.hypot(u[0]!, u[1]!) * Math.hypot(v[0]!, v[1]!));
  return (Math.acos(Math.min(1, Math.max(-1, cos))) * 180) / Math.PI;
}
