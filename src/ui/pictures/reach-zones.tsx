import { useId } from 'preact/hooks';
import { circlePath, labelBox, padBox } from './geometry';
import { Picture, TextLabel } from './picture-kit';
import { labelOf, reachDescription, reachTitle } from './picture-text';
import {
  ARM_REACH,
  arcFoot,
  CHIP_PAD,
  DESK,
  FOREARM_REACH,
  REACH_MARKS,
  REACH_VIEW,
  SEAT_CENTRE,
  THINGS,
  ZONES,
  type ZoneKey,
  zoneOf,
} from './reach-geometry';
import { PersonTop, ThingView } from './reach-things';
import { ACCENT, LINE, MUTED, ON_ACCENT, PAPER, token } from './tokens';

/*
 * Each zone is told apart three ways, so colour is never the only cue: its label, its pattern
 * (hatching, dots, short dashes) and its edge (solid, dashed, the desk's own edge). Every mark is
 * drawn in a theme token that keeps at least 3:1 against the page in light and dark mode
 * (accent, muted, border: checked in tests/unit/pictures); the soft tints under the patterns are
 * only a bonus. The highlighted zone gets a thicker accent outline, a deeper tint and a filled
 * label chip.
 */
const deskPath = `M${DESK.x} ${DESK.y}h${DESK.width}v${DESK.height}h${-DESK.width}Z`;
const near = circlePath(SEAT_CENTRE, FOREARM_REACH);
const far = circlePath(SEAT_CENTRE, ARM_REACH);

const SHAPE: Record<ZoneKey, string> = { frequent: near, occasional: far + near, rare: deskPath + far };

function Patterns({ id }: { id: (key: ZoneKey) => string }) {
  const ink = (key: ZoneKey) => token(zoneOf(key).mark);
  return (
    <defs>
      <pattern id={id('frequent')} width={7} height={7} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <line x1={0} y1={0} x2={0} y2={7} stroke={ink('frequent')} stroke-width={1.6} />
      </pattern>
      <pattern id={id('occasional')} width={9} height={9} patternUnits="userSpaceOnUse">
        <circle cx={4.5} cy={4.5} r={1.4} fill={ink('occasional')} />
      </pattern>
      <pattern id={id('rare')} width={20} height={14} patternUnits="userSpaceOnUse">
        <path d="M3 4h7M13 11h7" stroke={ink('rare')} stroke-width={1.5} stroke-linecap="round" />
      </pattern>
    </defs>
  );
}

export interface ReachZonesProps {
  /** Emphasise one zone, e.g. the one the checklist item being read is about. */
  highlight?: ZoneKey | undefined;
  class?: string;
}

export function ReachZones({ highlight, class: className }: ReachZonesProps) {
  const base = useId();
  const id = (key: string) => `${base}-${key}`;
  const clip = `url(#${id('desk')})`;
  return (
    <Picture
      width={REACH_VIEW.width}
      height={REACH_VIEW.height}
      title={reachTitle()}
      description={reachDescription(highlight)}
      class={className}
    >
      <Patterns id={id} />
      <clipPath id={id('desk')}>
        <path d={deskPath} />
      </clipPath>
      <g clip-path={clip} fill-rule="evenodd">
        {ZONES.map(({ key, mark, tint }) => (
          <g key={key}>
            <path d={SHAPE[key]} fill={token(mark)} opacity={tint[highlight === key ? 1 : 0]} />
            <path d={SHAPE[key]} fill={`url(#${id(key)})`} />
          </g>
        ))}
        <path d={near} fill="none" stroke={ACCENT} stroke-width={2.5} />
        <path d={far} fill="none" stroke={MUTED} stroke-width={2} stroke-dasharray="9 6" />
        {highlight && <path d={SHAPE[highlight]} fill="none" stroke={ACCENT} stroke-width={5} />}
      </g>
      <path d={deskPath} fill="none" stroke={LINE} stroke-width={2} stroke-linejoin="round" />
      {THINGS.map((thing) => (
        <ThingView key={thing.kind} thing={thing} />
      ))}
      <PersonTop />
      {REACH_MARKS.map(({ radius, label: spec }) => {
        const x = arcFoot(radius);
        const label = labelOf(spec);
        return (
          <g key={radius}>
            <path d={`M${x} ${DESK.y + DESK.height}V${label.at[1] - 11}`} stroke={MUTED} stroke-width={1.5} />
            <TextLabel label={label} fill={MUTED} />
          </g>
        );
      })}
      {ZONES.map(({ key, label: spec, mark }) => {
        const label = labelOf(spec);
        const chip = padBox(labelBox(label), CHIP_PAD);
        const on = highlight === key;
        return (
          <g key={key}>
            <rect
              {...chip}
              rx={chip.height / 2}
              fill={on ? ACCENT : PAPER}
              stroke={on ? ACCENT : token(mark)}
              stroke-width={1.5}
            />
            <TextLabel label={label} fill={on ? ON_ACCENT : undefined} weight={600} />
          </g>
        );
      })}
    </Picture>
  );
}
