import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/locales/keys';
import { resetLanguageForTests, t } from '../../../src/platform/i18n';
import { boxesOverlap, boxInside, distance, labelBox, padBox, type Vec } from '../../../src/ui/pictures/geometry';
import { labelOf, reachDescription } from '../../../src/ui/pictures/picture-text';
import {
  ARM_REACH,
  arcFoot,
  CHIP_PAD,
  corners,
  DESK,
  FOREARM_REACH,
  PERSON,
  REACH_MARKS,
  REACH_VIEW,
  reachOf,
  SEAT_CENTRE,
  THINGS,
  ZONE_KEYS,
  ZONES,
  zoneOf,
} from '../../../src/ui/pictures/reach-geometry';
import { useLanguage } from '../../fake-i18n';

/** Switches the words to `lang` for the rest of the test (each test starts in English). */
function speak(lang: string) {
  useLanguage(lang);
  resetLanguageForTests();
}

const deskBox = { x: DESK.x, y: DESK.y, width: DESK.width, height: DESK.height };
const thingBox = (t: (typeof THINGS)[number]) => ({ x: t.at[0], y: t.at[1], width: t.size[0], height: t.size[1] });
/** The zone chips in the language currently spoken. */
const chips = () => ZONES.map((z) => ({ key: z.key, box: padBox(labelBox(labelOf(z.label)), CHIP_PAD) }));
const boxCorners = (b: { x: number; y: number; width: number; height: number }): Vec[] => [
  [b.x, b.y],
  [b.x + b.width, b.y],
  [b.x, b.y + b.height],
  [b.x + b.width, b.y + b.height],
];

describe('reach zones', () => {
  it('nest outwards: frequent < occasional < rare, with no gaps between them', () => {
    expect(ZONES.map((z) => z.key)).toEqual([...ZONE_KEYS]);
    expect(FOREARM_REACH).toBeLessThan(ARM_REACH);
    for (const [i, zone] of ZONES.entries()) {
      expect(zone.inner).toBeLessThan(zone.outer);
      if (i > 0) expect(zone.inner).toBe(ZONES[i - 1]!.outer);
    }
    expect(zoneOf('rare').outer).toBe(Number.POSITIVE_INFINITY);
  });

  it('keep the forearm sweep at about half to two thirds of a full arm', () => {
    // Roughly 35–45 cm elbow to hand against 60–70 cm for the whole arm.
    expect(FOREARM_REACH / ARM_REACH).toBeGreaterThan(0.5);
    expect(FOREARM_REACH / ARM_REACH).toBeLessThan(0.7);
  });

  it('leave room on the desk for the rare zone', () => {
    expect(SEAT_CENTRE[1] - DESK.y).toBeGreaterThan(ARM_REACH + 40);
    expect(arcFoot(ARM_REACH)).toBeGreaterThanOrEqual(DESK.x);
  });

  it.each(ZONE_KEYS)('%s can be highlighted, is labelled and is described', (key) => {
    const zone = zoneOf(key);
    expect(labelOf(zone.label).lines.join(' ').length).toBeGreaterThan(0);
    expect(THINGS.some((t) => t.zone === key)).toBe(true);
    expect(reachDescription(key)).not.toBe(reachDescription());
  });
});

describe('objects on the desk', () => {
  it('put the keyboard, mouse and phone within easy reach, the binder and printer out of it', () => {
    const zoneOfThing = (kind: string) => THINGS.find((t) => t.kind === kind)?.zone;
    expect(['keyboard', 'mouse', 'phone'].map(zoneOfThing)).toEqual(['frequent', 'frequent', 'frequent']);
    expect(['notepad', 'papers'].map(zoneOfThing)).toEqual(['occasional', 'occasional']);
    expect(['binder', 'printer'].map(zoneOfThing)).toEqual(['rare', 'rare']);
  });

  it.each(THINGS.map((t) => [t.kind, t] as const))(
    'the %s lies wholly inside its zone and on the desk',
    (_k, thing) => {
      const zone = zoneOf(thing.zone);
      const { near, far } = reachOf(thing);
      expect(near).toBeGreaterThanOrEqual(zone.inner);
      expect(far).toBeLessThanOrEqual(zone.outer);
      expect(boxInside(thingBox(thing), DESK.x + DESK.width, DESK.y + DESK.height, DESK.x)).toBe(true);
    },
  );

  it('keeps the keyboard straight in front of the person', () => {
    const keyboard = THINGS.find((t) => t.kind === 'keyboard')!;
    expect(keyboard.at[0] + keyboard.size[0] / 2).toBe(SEAT_CENTRE[0]);
  });

  it('never piles one object on another', () => {
    const clashes = THINGS.flatMap((a, i) =>
      THINGS.slice(i + 1)
        .filter((b) => boxesOverlap(thingBox(a), thingBox(b)))
        .map((b) => `${a.kind} / ${b.kind}`),
    );
    expect(clashes).toEqual([]);
  });

  it.each(LANGUAGES)('names every object in the description, in %s', (lang) => {
    speak(lang);
    for (const thing of THINGS) expect(reachDescription()).toContain(t(thing.name));
    if (lang === 'en') expect(reachDescription()).toMatch(/the keyboard, mouse,? and phone are here/);
  });
});

describe.each(LANGUAGES)('zone labels in %s', (lang) => {
  it('each chip sits on the desk, inside its own zone, in type no smaller than 10', () => {
    speak(lang);
    for (const { key, box } of chips()) {
      const zone = zoneOf(key);
      expect(boxInside(box, DESK.x + DESK.width, DESK.y + DESK.height, DESK.x), key).toBe(true);
      for (const corner of boxCorners(box)) {
        const d = distance(SEAT_CENTRE, corner);
        expect(d, key).toBeGreaterThan(zone.inner);
        expect(d, key).toBeLessThan(zone.outer);
      }
      // A chip straddling an arc would read as belonging to both zones.
      const nearest = distance(SEAT_CENTRE, [SEAT_CENTRE[0], box.y + box.height]);
      expect(nearest, key).toBeGreaterThan(zone.inner);
    }
    for (const spec of [...ZONES.map((z) => z.label), ...REACH_MARKS.map((m) => m.label)]) {
      const size = labelOf(spec).size ?? 0;
      expect(size, spec.text).toBeGreaterThanOrEqual(10);
      if (lang === 'en') expect(size, `${spec.text} keeps its size in English`).toBe(spec.size ?? 12.5);
    }
  });

  it('keep clear of each other and of the objects', () => {
    speak(lang);
    const all = [
      ...chips().map((c) => ({ name: c.key, box: c.box })),
      ...THINGS.map((t) => ({ name: t.kind, box: thingBox(t) })),
    ];
    const clashes = all.flatMap((a, i) =>
      all
        .slice(i + 1)
        .filter((b) => boxesOverlap(a.box, b.box))
        .map((b) => `${a.name} / ${b.name}`),
    );
    expect(clashes).toEqual([]);
  });

  it('the reach captions sit below the desk, inside the picture, clear of the person', () => {
    speak(lang);
    const [left] = PERSON.shoulders[0]!;
    for (const { label } of REACH_MARKS) {
      const box = labelBox(labelOf(label));
      expect(boxInside(box, REACH_VIEW.width, REACH_VIEW.height, 2)).toBe(true);
      expect(box.y).toBeGreaterThan(DESK.y + DESK.height);
      expect(box.x + box.width).toBeLessThan(left - 12);
    }
    const [a, b] = REACH_MARKS.map((m) => labelBox(labelOf(m.label))) as [
      ReturnType<typeof labelBox>,
      ReturnType<typeof labelBox>,
    ];
    expect(boxesOverlap(a, b)).toBe(false);
  });

  it('the desk and the person fit the picture', () => {
    expect(boxInside(deskBox, REACH_VIEW.width, REACH_VIEW.height)).toBe(true);
    const lowest = PERSON.head.at[1] + PERSON.head.r;
    expect(lowest).toBeLessThan(REACH_VIEW.height);
    for (const thing of THINGS) for (const c of corners(thing)) expect(c[1]).toBeLessThan(DESK.y + DESK.height);
  });
});
