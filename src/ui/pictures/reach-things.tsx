import { PERSON, type Thing } from './reach-geometry';
import { INK, LINE, PAPER } from './tokens';

/*
 * The objects on the desk and the seated person, drawn top-down in the figures' style: outlines
 * in the text colour over the page background (so the zone patterns don't show through), the
 * person solid with thick round limbs.
 */
const OUTLINE = { stroke: INK, 'stroke-width': 2, fill: PAPER, 'stroke-linejoin': 'round' } as const;
const DETAIL = { stroke: INK, 'stroke-width': 1.5, 'stroke-linecap': 'round', fill: 'none' } as const;

const rows = (x: number, y: number, w: number, gap: number, count: number) =>
  Array.from({ length: count }, (_, i) => `M${x} ${y + i * gap}h${w}`).join('');

export function ThingView({ thing }: { thing: Thing }) {
  const [x, y] = thing.at;
  const [w, h] = thing.size;
  switch (thing.kind) {
    case 'keyboard':
      return (
        <g>
          <rect x={x} y={y} width={w} height={h} rx={3} {...OUTLINE} />
          <path d={`${rows(x + 7, y + 7, w - 14, 7, 3)}M${x + 28} ${y + 21}h${w - 56}`} {...DETAIL} />
        </g>
      );
    case 'mouse':
      return (
        <g>
          <rect x={x} y={y} width={w} height={h} rx={w / 2} {...OUTLINE} />
          <path d={`M${x + w / 2} ${y + 1}v${h * 0.38}`} {...DETAIL} />
        </g>
      );
    case 'phone':
      return (
        <g>
          <rect x={x} y={y} width={w} height={h} rx={3.5} {...OUTLINE} />
          <rect x={x + 3} y={y + 4} width={w - 6} height={h - 9} rx={1} fill={INK} opacity={0.25} />
        </g>
      );
    case 'notepad':
      return (
        <g>
          <rect x={x} y={y} width={w} height={h} rx={2} {...OUTLINE} />
          <path d={`${rows(x + 6, y + 14, w - 12, 7, 4)}`} {...DETAIL} opacity={0.6} />
          <path d={[0, 1, 2, 3, 4].map((i) => `M${x + 6 + i * 6} ${y - 3}v7`).join('')} {...DETAIL} />
        </g>
      );
    case 'papers':
      return (
        <g>
          <rect x={x + 5} y={y - 4} width={w - 3} height={h} rx={1} {...OUTLINE} transform={`rotate(8 ${x} ${y})`} />
          <rect x={x} y={y} width={w} height={h} rx={1} {...OUTLINE} />
          <path d={rows(x + 6, y + 9, w - 12, 6, 5)} {...DETAIL} opacity={0.6} />
        </g>
      );
    case 'binder':
      return (
        <g>
          <rect x={x} y={y} width={w} height={h} rx={3} {...OUTLINE} />
          <path d={`M${x + 9} ${y}v${h}`} {...DETAIL} />
          <path d={`M${x + 3} ${y + 12}h5M${x + 3} ${y + h / 2}h5M${x + 3} ${y + h - 12}h5`} {...DETAIL} />
        </g>
      );
    case 'printer':
      return (
        <g>
          <rect x={x + 14} y={y - 6} width={w - 28} height={14} {...OUTLINE} />
          <rect x={x} y={y} width={w} height={h} rx={4} {...OUTLINE} />
          <rect x={x + 10} y={y + h - 14} width={w - 20} height={8} rx={1} {...DETAIL} />
          <circle cx={x + w - 9} cy={y + 9} r={2.5} fill={INK} />
        </g>
      );
  }
}

const line = (points: readonly (readonly [number, number])[]) => points.map((p) => p.join(',')).join(' ');

export function PersonTop() {
  const { shoulders, head, armL, armR, chair } = PERSON;
  const limb = { stroke: INK, fill: 'none', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' } as const;
  return (
    <g>
      <path d={chair} stroke={LINE} stroke-width={6} fill="none" stroke-linecap="round" />
      <polyline points={line(armL.slice(0, 3))} stroke-width={9} {...limb} />
      <polyline points={line(armR.slice(0, 3))} stroke-width={9} {...limb} />
      <polyline points={line(armL.slice(2))} stroke-width={7} {...limb} />
      <polyline points={line(armR.slice(2))} stroke-width={7} {...limb} />
      <polyline points={line(shoulders)} stroke-width={22} {...limb} />
      {/* A rim in the background colour keeps the head readable against the shoulders. */}
      <circle cx={head.at[0]} cy={head.at[1]} r={head.r + 2.5} fill={PAPER} />
      <circle cx={head.at[0]} cy={head.at[1]} r={head.r} fill={INK} />
    </g>
  );
}
