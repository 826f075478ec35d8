import type { Vec } from './skeleton';

/**
 * What a figure is drawn from: thick round-capped lines, dots, filled polygons and boxes. `ink` is
 * the text colour (so figures follow light and dark mode), `accent` marks the part that stretches
 * and the motion arrows. `gap` puts a background-coloured rim under a line so a limb crossing the
 * body stays readable.
 */
export type Tone = 'ink' | 'accent';

interface Paint {
  tone?: Tone;
  /** Opacity: far limbs and furniture are lighter than the figure. */
  alpha?: number;
}

export type Shape =
  | (Paint & { kind: 'line'; points: readonly Vec[]; width: number; dash?: boolean; gap?: boolean })
  | (Paint & { kind: 'path'; d: string; width: number })
  | (Paint & { kind: 'dot'; at: Vec; r: number })
  | (Paint & { kind: 'ring'; at: Vec; r: number; width: number })
  | (Paint & { kind: 'poly'; points: readonly Vec[]; width: number; gap?: boolean })
  | (Paint & { kind: 'box'; at: Vec; size: Vec; width: number; fill?: boolean });

/** Every point a shape passes through, for the tests' "inside the picture" check. */
export function shapePoints(shape: Shape): readonly Vec[] {
  switch (shape.kind) {
    case 'line':
    case 'poly':
      return shape.points;
    case 'dot':
    case 'ring':
      return [shape.at];
    case 'box':
      return [shape.at, [shape.at[0] + shape.size[0], shape.at[1] + shape.size[1]]];
    case 'path': {
      const numbers = (shape.d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
      return numbers.flatMap((n, i): Vec[] => (i % 2 ? [] : [[n, numbers[i + 1] ?? n]]));
    }
  }
}

const ARROW_HEAD = 8;

function head(tip: Vec, from: Vec, tone: Tone): Shape {
  const angle = Math.atan2(tip[1] - from[1], tip[0] - from[0]);
  const wing = (turn: number): Vec => [
    Math.round((tip[0] - ARROW_HEAD * Math.cos(angle + turn)) * 10) / 10,
    Math.round((tip[1] - ARROW_HEAD * Math.sin(angle + turn)) * 10) / 10,
  ];
  return { kind: 'line', points: [wing(0.6), tip, wing(-0.6)], width: 3.5, tone };
}

/**
 * A motion arrow: two points for a straight one, three (start, bend, end) for a curve. `both`
 * puts a head at each end, for a movement that goes and comes back.
 */
export function arrow(points: readonly [Vec, Vec] | readonly [Vec, Vec, Vec], both = false, tone: Tone = 'accent') {
  const [start, a, b] = points;
  const end = b ?? a;
  const shapes: Shape[] = [
    b
      ? { kind: 'path', d: `M${start[0]} ${start[1]} Q${a[0]} ${a[1]} ${b[0]} ${b[1]}`, width: 3.5, tone }
      : { kind: 'line', points: [start, end], width: 3.5, tone },
    head(end, b ? a : start, tone),
  ];
  if (both) shapes.push(head(start, a, tone));
  return shapes;
}
