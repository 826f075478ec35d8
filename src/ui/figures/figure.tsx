import { useId } from 'preact/hooks';
import { drawPose } from './draw';
import { poseFor } from './poses';
import type { Shape } from './shapes';

/*
 * An exercise picture: a line figure drawn from its pose (poses.ts), in the text colour so it
 * follows light and dark mode, with what stretches and the motion arrows in var(--accent).
 * A limb crossing the body gets a rim in var(--figure-gap), which defaults to the page
 * background; set it on a card whose background differs.
 */
const ACCENT = 'var(--accent, #0f6b5c)';
const GAP = 'var(--figure-gap, var(--bg, #fff))';

function paint(shape: Shape, fill: boolean) {
  const colour = shape.tone === 'accent' ? ACCENT : 'currentColor';
  return {
    stroke: colour,
    fill: fill ? colour : 'none',
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
    ...(shape.alpha === undefined ? {} : { opacity: shape.alpha }),
  } as const;
}

const points = (pts: readonly (readonly [number, number])[]) => pts.map((p) => p.join(',')).join(' ');

function ShapeView({ shape }: { shape: Shape }) {
  switch (shape.kind) {
    case 'line': {
      const line = (
        <polyline
          points={points(shape.points)}
          stroke-width={shape.width}
          {...(shape.dash ? { 'stroke-dasharray': `${shape.width * 2} ${shape.width * 2}` } : {})}
          {...paint(shape, false)}
        />
      );
      if (!shape.gap) return line;
      return (
        <g>
          <polyline
            points={points(shape.points)}
            stroke={GAP}
            fill="none"
            stroke-width={shape.width + 5}
            stroke-linecap="round"
          />
          {line}
        </g>
      );
    }
    case 'poly':
      return (
        <g>
          {shape.gap && (
            <polygon points={points(shape.points)} stroke={GAP} fill="none" stroke-width={shape.width + 5} />
          )}
          <polygon points={points(shape.points)} stroke-width={shape.width} {...paint(shape, true)} />
        </g>
      );
    case 'path':
      return <path d={shape.d} stroke-width={shape.width} {...paint(shape, false)} />;
    case 'dot':
      return <circle cx={shape.at[0]} cy={shape.at[1]} r={shape.r} {...paint(shape, true)} stroke="none" />;
    case 'ring':
      return (
        <circle cx={shape.at[0]} cy={shape.at[1]} r={shape.r} stroke-width={shape.width} {...paint(shape, false)} />
      );
    case 'box':
      return (
        <rect
          x={shape.at[0]}
          y={shape.at[1]}
          width={shape.size[0]}
          height={shape.size[1]}
          rx={2}
          stroke-width={shape.width}
          {...paint(shape, shape.fill === true)}
        />
      );
  }
}

export interface FigureProps {
  /** A figure id from the exercise (`exercise.figure`). */
  id: string;
  /** The text alternative (`exerciseAlt(exercise)` from src/ui/exercise-text.ts). */
  title: string;
  class?: string;
  /** Rendered size in CSS pixels; a stylesheet may override it. */
  size?: number;
}

export function Figure({ id, title, class: className, size = 160 }: FigureProps) {
  const titleId = useId();
  const pose = poseFor(id);
  if (!pose) return null;
  const { viewBox, shapes } = drawPose(pose);
  return (
    <svg
      viewBox={viewBox}
      width={size}
      height={size}
      role="img"
      aria-labelledby={titleId}
      class={className ?? 'figure'}
    >
      <title id={titleId}>{title}</title>
      {shapes.map((shape, i) => (
        <ShapeView key={i} shape={shape} />
      ))}
    </svg>
  );
}
