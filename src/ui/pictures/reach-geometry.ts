import type { MessageKey } from '../../locales/keys';
import { distance, type LabelSpec, pairs, type Vec } from './geometry';
import type { TokenName } from './tokens';

/*
 * The reach-zones picture, seen from above: a desk with a person seated at its near edge and
 * three zones centred on them. The zones follow Cal/OSHA "Easy Ergonomics for Desktop Computer
 * Users": what you use often within the forearm's sweep with the elbows kept at your sides, what
 * you use now and then within a straight arm's reach without leaning, and the rest further off,
 * where fetching it means standing up rather than twisting. Units are viewBox units; 1 ≈ 0.35 cm.
 */
export const REACH_VIEW = { width: 360, height: 300 } as const;

/** Between the shoulders, where the arcs are centred. */
export const SEAT_CENTRE: Vec = [180, 262];

export const DESK = { x: 8, y: 14, width: 344, height: 226 } as const;

export const ZONE_KEYS = ['frequent', 'occasional', 'rare'] as const;
export type ZoneKey = (typeof ZONE_KEYS)[number];

export interface Zone {
  key: ZoneKey;
  /** Distance from SEAT_CENTRE where the zone starts and ends; the rare zone runs to the desk's edges. */
  inner: number;
  outer: number;
  /** Its chip; the widths keep the chip inside its own ring. */
  label: LabelSpec;
  /** The theme token its pattern and edge are drawn in. */
  mark: TokenName;
  /** Opacity of the soft tint under the pattern: normally, and when the zone is highlighted. */
  tint: readonly [number, number];
}

/** Forearm sweep (about 35 cm) and straight-arm reach (about 60 cm), in viewBox units. */
export const FOREARM_REACH = 100;
export const ARM_REACH = 170;

export const ZONES: readonly Zone[] = [
  {
    key: 'frequent',
    inner: 0,
    outer: FOREARM_REACH,
    label: { at: [180, 185], text: 'ck_zone_frequent', anchor: 'middle', maxWidth: 66 },
    mark: 'accent',
    tint: [0.1, 0.24],
  },
  {
    key: 'occasional',
    inner: FOREARM_REACH,
    outer: ARM_REACH,
    label: { at: [180, 131], text: 'ck_zone_occasional', anchor: 'middle', maxWidth: 160 },
    mark: 'muted',
    tint: [0.06, 0.16],
  },
  {
    key: 'rare',
    inner: ARM_REACH,
    outer: Number.POSITIVE_INFINITY,
    label: { at: [180, 53], text: 'ck_zone_rare_chip', anchor: 'middle', maxWidth: 196 },
    mark: 'border',
    tint: [0, 0.12],
  },
];

export const zoneOf = (key: ZoneKey): Zone => ZONES.find((z) => z.key === key)!;

/** Where a zone's arc meets the desk's near edge, left of the person. */
export function arcFoot(radius: number): number {
  const rise = SEAT_CENTRE[1] - (DESK.y + DESK.height);
  return SEAT_CENTRE[0] - Math.sqrt(radius * radius - rise * rise);
}

/** Small captions under the desk's near edge, naming the reach each arc stands for. */
export const REACH_MARKS: readonly { radius: number; label: LabelSpec }[] = [
  {
    radius: FOREARM_REACH,
    label: { at: [arcFoot(FOREARM_REACH), 260], text: 'ck_pic_forearm', anchor: 'middle', size: 11.5, maxWidth: 96 },
  },
  { radius: ARM_REACH, label: { at: [DESK.x, 282], text: 'ck_pic_arm_length', size: 11.5, maxWidth: 124 } },
];

/** Padding around a zone label's text for the chip drawn under it. */
export const CHIP_PAD = 5;

export type ThingKind = 'keyboard' | 'mouse' | 'phone' | 'notepad' | 'papers' | 'binder' | 'printer';

export interface Thing {
  kind: ThingKind;
  zone: ZoneKey;
  /** Top-left corner and size of the object's footprint. */
  at: Vec;
  size: Vec;
  /** Its name in the picture's description. */
  name: MessageKey;
}

export const THINGS: readonly Thing[] = [
  { kind: 'keyboard', zone: 'frequent', at: [134, 200], size: [92, 28], name: 'ck_thing_keyboard' },
  { kind: 'mouse', zone: 'frequent', at: [234, 201], size: [16, 23], name: 'ck_thing_mouse' },
  { kind: 'phone', zone: 'frequent', at: [106, 201], size: [16, 27], name: 'ck_thing_phone' },
  { kind: 'notepad', zone: 'occasional', at: [262, 142], size: [36, 44], name: 'ck_thing_notepad' },
  { kind: 'papers', zone: 'occasional', at: [64, 146], size: [36, 44], name: 'ck_thing_documents' },
  { kind: 'binder', zone: 'rare', at: [26, 24], size: [38, 52], name: 'ck_thing_binder' },
  { kind: 'printer', zone: 'rare', at: [274, 24], size: [66, 44], name: 'ck_thing_printer' },
];

/** The corners of an object's footprint, for checking it sits wholly inside its zone. */
export function corners(thing: Thing): Vec[] {
  const [x, y] = thing.at;
  const [w, h] = thing.size;
  return [
    [x, y],
    [x + w, y],
    [x, y + h],
    [x + w, y + h],
  ];
}

/** Nearest and farthest distance of an object's footprint from the seat. */
export function reachOf(thing: Thing): { near: number; far: number } {
  const [cx, cy] = SEAT_CENTRE;
  const [x, y] = thing.at;
  const [w, h] = thing.size;
  const nearest: Vec = [Math.min(Math.max(cx, x), x + w), Math.min(Math.max(cy, y), y + h)];
  return {
    near: distance(SEAT_CENTRE, nearest),
    far: Math.max(...corners(thing).map((c) => distance(SEAT_CENTRE, c))),
  };
}

/** The seated person, top-down: shoulders, head, and forearms out to the keyboard and mouse. */
export const PERSON = {
  shoulders: pairs([146, 271, 214, 271]),
  head: { at: [180, 263] as Vec, r: 17 },
  /** Shoulder, elbow (kept at the side), wrist, fingertips. */
  armL: pairs([150, 269, 147, 248, 158, 219, 161, 210]),
  armR: pairs([210, 269, 213, 248, 236, 229, 239, 223]),
  chair: 'M136 283 Q180 300 224 283',
};
