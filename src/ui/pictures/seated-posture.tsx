import { angleOf, arcPath, type Vec } from './geometry';
import { Leader, Picture, TextLabel } from './picture-kit';
import { postureDescription, postureNotes, postureTitle } from './picture-text';
import {
  CASTER_R,
  CASTERS,
  CUSHION,
  DIMENSION_Y,
  ELBOW_ARC,
  FURNITURE,
  GAZE_ARC,
  HEAD_R,
  J,
  LIMBS,
  POSTURE_VIEW,
  type PostureTopic,
  SCREEN,
  SIGHT_END,
  screenCentre,
  TORSO,
} from './posture-geometry';
import { ACCENT, ACCENT_SOFT, INK, LINE, MUTED, PAPER, TEXT } from './tokens';

/*
 * The body is drawn like the exercise figures (solid head, thick round limbs in the text colour);
 * the part the checklist item is about turns accent, and so do its guide lines and label. The
 * lumbar cushion is always accent-outlined because lumbar support is one of the three checks the
 * product is known for; it fills solid when it is the topic.
 */
const line = (points: readonly Vec[]) => points.map((p) => p.join(',')).join(' ');
const ROUND = { fill: 'none', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' } as const;

/** The lines of sight, the eye-to-screen distance and the elbow's angle. */
function Guides({ tone }: { tone: (topic: PostureTopic) => string }) {
  const screen = tone('screen');
  const [ex, ey] = J.eye;
  const [cx, cy] = screenCentre;
  const dash = { stroke: screen, 'stroke-width': 1.5, 'stroke-dasharray': '6 4', ...ROUND } as const;
  const thin = { stroke: screen, 'stroke-width': 1.5, ...ROUND } as const;
  return (
    <g>
      <polyline points={line([J.eye, [SIGHT_END, ey]])} {...dash} />
      <polyline points={line([J.eye, screenCentre])} {...dash} />
      <path d={arcPath(J.eye, GAZE_ARC, 0, angleOf(J.eye, screenCentre))} {...thin} />
      <circle cx={cx} cy={cy} r={3} fill={screen} />
      <path d={`M${ex} ${DIMENSION_Y}H${cx}M${ex} ${DIMENSION_Y - 5}v10M${cx} ${DIMENSION_Y - 5}v10`} {...thin} />
      <path
        d={arcPath(J.elbow, ELBOW_ARC, angleOf(J.elbow, J.shoulder), angleOf(J.elbow, J.wrist))}
        {...thin}
        stroke={tone('elbows')}
        stroke-width={2}
      />
    </g>
  );
}

export interface SeatedPostureProps {
  /** The checklist topic being viewed; its body part, guide lines and label are emphasised. */
  highlight?: PostureTopic | undefined;
  class?: string;
}

export function SeatedPosture({ highlight, class: className }: SeatedPostureProps) {
  const on = (topic?: PostureTopic) => topic !== undefined && topic === highlight;
  const tone = (topic: PostureTopic) => (on(topic) ? ACCENT : MUTED);
  return (
    <Picture
      width={POSTURE_VIEW.width}
      height={POSTURE_VIEW.height}
      title={postureTitle()}
      description={postureDescription(highlight)}
      class={className}
    >
      <g stroke={LINE} {...ROUND}>
        {FURNITURE.map(({ points, width }) => (
          <polyline key={line(points)} points={line(points)} stroke-width={width} />
        ))}
        {CASTERS.map(([x, y]) => (
          <circle key={x} cx={x} cy={y} r={CASTER_R} fill={LINE} stroke="none" />
        ))}
      </g>
      <polyline
        points={line([SCREEN.top, SCREEN.bottom])}
        stroke={on('screen') ? ACCENT : INK}
        stroke-width={SCREEN.width}
        {...ROUND}
      />
      <Guides tone={tone} />
      <path d={CUSHION.d} fill={on('lumbar') ? ACCENT : ACCENT_SOFT} stroke={ACCENT} stroke-width={2} />
      <path d={TORSO.d} stroke={INK} stroke-width={TORSO.width} {...ROUND} />
      <circle cx={J.head[0]} cy={J.head[1]} r={HEAD_R} fill={INK} />
      <circle cx={J.nose[0]} cy={J.nose[1]} r={4} fill={INK} />
      {LIMBS.map(({ points, width, topic, rim }) => (
        <g key={line(points)}>
          {rim && <polyline points={line(points)} stroke={PAPER} stroke-width={width + 5} {...ROUND} />}
          <polyline points={line(points)} stroke={on(topic) ? ACCENT : INK} stroke-width={width} {...ROUND} />
        </g>
      ))}
      {postureNotes().map(({ topic, label, leader }) => (
        <g key={label.lines.join(' ')}>
          {leader && <Leader points={leader} colour={tone(topic)} />}
          <TextLabel label={label} fill={on(topic) ? ACCENT : TEXT} weight={on(topic) ? 700 : 500} />
        </g>
      ))}
    </Picture>
  );
}
