import { angleOf, type LabelSpec, pairs, polar, type Vec } from './geometry';

/*
 * The seated-posture picture, side on, facing right. One viewBox unit is about half a
 * centimetre, so the distances drawn are the real ones: the tests measure the angles and heights
 * below against the checklist's thresholds. Sources: OSHA eTool "Computer Workstations" (screen
 * 50–100 cm away with its top line at or just below eye level; elbows 90–120° and close to the
 * body; wrists straight; thighs level; feet supported); ISO 9241-5 and the AOA (screen centre
 * 15–20° below the level line of sight); HSE DSE guidance (lumbar support, a gap behind the knees).
 */
export const POSTURE_VIEW = { width: 380, height: 330 } as const;
export const CM_PER_UNIT = 0.5;

export const POSTURE_TOPICS = ['screen', 'elbows', 'thighs', 'feet', 'lumbar'] as const;
export type PostureTopic = (typeof POSTURE_TOPICS)[number];

export const FLOOR_Y = 318;

/** The body's joints: thighs level and shins upright, so the knees sit at hip height. */
export const J = {
  hip: [112, 212],
  /** The torso's bezier control point: it bows forward a little, leaving the hollow of the lower back. */
  lumbar: [117, 160],
  neck: [102, 98],
  head: [110, 66],
  nose: [126, 68],
  eye: [124, 63],
  shoulder: [106, 104],
  elbow: [122, 166],
  wrist: [176, 171],
  fingers: [192, 172],
  knee: [198, 212],
  ankle: [198, 305],
  heel: [194, 312],
  toe: [232, 312],
} as const satisfies Record<string, Vec>;

export const HEAD_R = 17;

/** The screen's panel, its top tipped back a little (ISO 9241-5 prefers a slight backward tilt). */
export const SCREEN = { top: [271, 74] as Vec, bottom: [266, 140] as Vec, width: 8 };
export const screenCentre: Vec = [(SCREEN.top[0] + SCREEN.bottom[0]) / 2, (SCREEN.top[1] + SCREEN.bottom[1]) / 2];

export const SEAT = { back: 86, front: 176, y: 228, width: 8 } as const;

/** How far below the level line of sight the eyes look to reach the screen's centre, in degrees. */
export const gazeDrop = () => angleOf(J.eye, screenCentre);
/** Eye to screen, in centimetres. */
export const screenDistanceCm = () => (screenCentre[0] - J.eye[0]) * CM_PER_UNIT;

export interface Limb {
  points: readonly Vec[];
  width: number;
  topic?: PostureTopic;
  /** Drawn over the torso with a background-coloured rim, like the exercise figures' crossing limbs. */
  rim?: boolean;
}

/** Body parts drawn as thick round lines, back to front; the torso is a path of its own. */
export const LIMBS: readonly Limb[] = [
  { points: [J.neck, J.head], width: 8 },
  { points: [J.hip, J.knee], width: 12, topic: 'thighs' },
  { points: [J.knee, J.ankle], width: 11, topic: 'feet' },
  { points: [J.heel, J.toe], width: 7, topic: 'feet' },
  { points: [J.shoulder, J.elbow], width: 10, topic: 'elbows', rim: true },
  { points: [J.elbow, J.wrist], width: 10, topic: 'elbows' },
  { points: [J.wrist, J.fingers], width: 7, topic: 'elbows' },
];

export const TORSO = { d: `M${J.hip.join(' ')} Q${J.lumbar.join(' ')} ${J.neck.join(' ')}`, width: 18 };

/** Furniture as polylines (flat x, y lists) with their widths, drawn in the border token. */
export const FURNITURE: readonly { points: readonly Vec[]; width: number }[] = [
  { points: pairs([6, FLOOR_Y, 374, FLOOR_Y]), width: 3 },
  { points: pairs([SEAT.back, SEAT.y, SEAT.front, SEAT.y]), width: SEAT.width },
  { points: pairs([96, 222, 88, 106]), width: 6 }, // backrest
  { points: pairs([112, 234, 112, 294]), width: 6 }, // column
  { points: pairs([74, 296, 150, 296]), width: 6 }, // five-star base, side on
  { points: pairs([160, 187, 380, 187]), width: 6 }, // desk top, running out of the picture
  { points: pairs([168, 181, 210, 181]), width: 6 }, // keyboard
  { points: pairs([276, 110, 286, 114, 286, 182]), width: 5 }, // screen stand
  { points: pairs([266, 182, 306, 182]), width: 5 },
];

export const CASTERS: readonly Vec[] = pairs([78, 310, 146, 310]);
export const CASTER_R = 6;

/** The lumbar cushion: a lens between the backrest and the hollow of the lower back. */
export const CUSHION = { d: 'M93 144 Q112 171 93 200 Q84 172 93 144Z', top: 144, bottom: 200 };

/** The eye-to-screen distance is measured above the head, the gaze angle as an arc at the eye. */
export const DIMENSION_Y = 31;
export const GAZE_ARC = 64;
export const ELBOW_ARC = 18;
/** Where the level line of sight stops, just past the screen and short of its label. */
export const SIGHT_END = 286;

export interface Note {
  topic: PostureTopic;
  /** The room each label has: the widths keep clear of the body, the screen and the furniture. */
  label: LabelSpec;
  /** From the label to what it names. */
  leader?: readonly Vec[];
  /** The leader starts just past the label's longest line (at its first point's x at the least). */
  leaderAfterText?: true;
}

export const NOTES: readonly Note[] = [
  { topic: 'screen', label: { at: [196, 18], text: 'ck_pic_note_distance', anchor: 'middle', maxWidth: 340 } },
  { topic: 'screen', label: { at: [292, 72], text: 'ck_pic_note_screen_top', maxWidth: 84 } },
  { topic: 'screen', label: { at: [198, 78], text: 'ck_pic_note_gaze' } },
  {
    topic: 'elbows',
    label: { at: [138, 117], text: 'ck_pic_note_elbows', maxWidth: 122 },
    leader: [[135, 137], polar(J.elbow, ELBOW_ARC, -45)],
  },
  {
    topic: 'thighs',
    label: { at: [214, 214], text: 'ck_pic_note_thighs', maxWidth: 160 },
    leader: pairs([211, 210, 204, 211]),
  },
  {
    topic: 'thighs',
    label: { at: [186, 252], text: 'ck_pic_note_knee_gap', anchor: 'end', maxWidth: 70 },
    leader: pairs([184, 243, 186, 227]),
  },
  { topic: 'feet', label: { at: [240, 292], text: 'ck_pic_note_feet', maxWidth: 136 } },
  {
    topic: 'lumbar',
    label: { at: [8, 166], text: 'ck_pic_note_lumbar', maxWidth: 78 },
    leader: pairs([60, 168, 95, 172]),
    leaderAfterText: true,
  },
];
