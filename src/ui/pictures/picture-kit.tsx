import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { LABEL_SIZE, type Label, LINE_GAP } from './geometry';
import { MUTED, TEXT } from './tokens';

/*
 * What both checklist pictures share: the <svg> with its title and description wired up for
 * screen readers, and text labels in the page's own font.
 */

export interface PictureProps {
  width: number;
  height: number;
  title: string;
  description: string;
  class?: string | undefined;
  children: ComponentChildren;
}

/** Scales to its container: about 360 px wide in the popup, capped at 600 px on wider pages. */
export function Picture({ width, height, title, description, class: className, children }: PictureProps) {
  const id = useId();
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${id}-t`}
      aria-describedby={`${id}-d`}
      class={className ?? 'picture'}
      style={{ display: 'block', width: '100%', maxWidth: '600px', height: 'auto', fontFamily: 'inherit' }}
    >
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{description}</desc>
      {children}
    </svg>
  );
}

interface TextProps {
  label: Label;
  fill?: string;
  /** 500 by default; highlighted labels go to 700. */
  weight?: number;
}

/** A label as real <text>, so it stays sharp when zoomed and can be selected or translated. */
export function TextLabel({ label, fill = TEXT, weight = 500 }: TextProps) {
  const size = label.size ?? LABEL_SIZE;
  const [x, y] = label.at;
  return (
    <text
      x={x}
      y={y}
      fill={fill}
      font-size={size}
      font-weight={weight}
      text-anchor={label.anchor ?? 'start'}
      style={{ fontFamily: 'inherit' }}
    >
      {label.lines.map((line, i) => (
        <tspan key={line} x={x} dy={i === 0 ? 0 : size * LINE_GAP}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** A thin line from a label to what it names, with a dot on the named end. */
export function Leader({
  points,
  colour = MUTED,
}: {
  points: readonly (readonly [number, number])[];
  colour?: string;
}) {
  const end = points[points.length - 1];
  return (
    <g stroke={colour} fill="none" stroke-width={1.5} stroke-linecap="round" stroke-linejoin="round">
      <polyline points={points.map((p) => p.join(',')).join(' ')} />
      {end && <circle cx={end[0]} cy={end[1]} r={2.5} fill={colour} stroke="none" />}
    </g>
  );
}
