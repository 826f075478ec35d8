import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/locales/keys';
import { resetLanguageForTests } from '../../../src/platform/i18n';
import { angleOf, boxesOverlap, boxInside, jointAngle } from '../../../src/ui/pictures/geometry';
import { postureDescription, postureNotes } from '../../../src/ui/pictures/picture-text';
import {
  CASTER_R,
  CASTERS,
  CM_PER_UNIT,
  CUSHION,
  DIMENSION_Y,
  FLOOR_Y,
  FURNITURE,
  gazeDrop,
  HEAD_R,
  J,
  LIMBS,
  NOTES,
  POSTURE_TOPICS,
  POSTURE_VIEW,
  SCREEN,
  SEAT,
  SIGHT_END,
  screenCentre,
  screenDistanceCm,
  TORSO,
} from '../../../src/ui/pictures/posture-geometry';
import { useLanguage } from '../../fake-i18n';
import { sample, sampleQuad, strokeHits } from './collide';

/** Switches the words to `lang` for the rest of the test (each test starts in English). */
function speak(lang: string) {
  useLanguage(lang);
  resetLanguageForTests();
}

const cm = (units: number) => units * CM_PER_UNIT;
const widthOf = (from: readonly number[], to: readonly number[]) =>
  LIMBS.find((l) => l.points[0] === from && l.points[1] === to)!.width;

describe('the seated posture matches the checklist thresholds', () => {
  it('bends the elbows to 90–120°, upper arms close to the body (OSHA eTool)', () => {
    const angle = jointAngle(J.shoulder, J.elbow, J.wrist);
    expect(angle).toBeGreaterThanOrEqual(90);
    expect(angle).toBeLessThanOrEqual(120);
    // The upper arm hangs within 20° of straight down.
    expect(Math.abs(angleOf(J.shoulder, J.elbow) - 90)).toBeLessThanOrEqual(20);
  });

  it('keeps the forearms roughly level and the wrists straight', () => {
    expect(Math.abs(angleOf(J.elbow, J.wrist))).toBeLessThanOrEqual(10);
    expect(Math.abs(angleOf(J.wrist, J.fingers) - angleOf(J.elbow, J.wrist))).toBeLessThanOrEqual(5);
  });

  it('puts the hands at keyboard height, just above the desk', () => {
    const desk = FURNITURE.find((f) => f.points[0]![0] === 160)!;
    expect(J.wrist[1]).toBeLessThan(desk.points[0]![1]);
    expect(cm(desk.points[0]![1] - J.wrist[1])).toBeLessThan(10);
  });

  it('levels the thighs with the knees at hip height and the shins upright', () => {
    expect(Math.abs(angleOf(J.hip, J.knee))).toBeLessThanOrEqual(3);
    expect(cm(Math.abs(J.knee[1] - J.hip[1]))).toBeLessThanOrEqual(2);
    expect(Math.abs(angleOf(J.knee, J.ankle) - 90)).toBeLessThanOrEqual(5);
  });

  it('sets the feet flat on the floor', () => {
    expect(J.heel[1]).toBe(J.toe[1]);
    const sole = J.toe[1] + widthOf(J.heel, J.toe) / 2;
    const floorTop = FLOOR_Y - FURNITURE[0]!.width / 2;
    expect(Math.abs(sole - floorTop)).toBeLessThanOrEqual(1.5);
  });

  it('leaves a gap of a few centimetres between the seat edge and the back of the knees', () => {
    const gap = J.knee[0] - widthOf(J.knee, J.ankle) / 2 - (SEAT.front + SEAT.width / 2);
    expect(cm(gap)).toBeGreaterThanOrEqual(3);
    expect(cm(gap)).toBeLessThanOrEqual(10);
  });

  it('sets the screen top at or just below eye level (OSHA eTool)', () => {
    const drop = cm(SCREEN.top[1] - J.eye[1]);
    expect(drop).toBeGreaterThanOrEqual(0);
    expect(drop).toBeLessThanOrEqual(6);
    // ISO 9241-5: a slight backward tilt, top further away than the bottom.
    expect(SCREEN.top[0]).toBeGreaterThan(SCREEN.bottom[0]);
    expect(SIGHT_END).toBeGreaterThan(SCREEN.top[0]);
  });

  it('drops the gaze 15–20° to the screen centre, at 50–100 cm', () => {
    expect(gazeDrop()).toBeGreaterThanOrEqual(15);
    expect(gazeDrop()).toBeLessThanOrEqual(20);
    expect(screenDistanceCm()).toBeGreaterThanOrEqual(50);
    expect(screenDistanceCm()).toBeLessThanOrEqual(100);
  });

  it('puts the lumbar cushion at the small of the back: below mid-back, above the seat', () => {
    const midBack = (J.neck[1] + J.hip[1]) / 2;
    expect(CUSHION.top).toBeGreaterThan(J.neck[1] + 0.3 * (J.hip[1] - J.neck[1]));
    expect((CUSHION.top + CUSHION.bottom) / 2).toBeGreaterThan(midBack);
    expect(CUSHION.bottom).toBeLessThan(SEAT.y);
  });
});

describe('the posture picture can emphasise every checklist topic', () => {
  it.each(POSTURE_TOPICS)('%s has a label and something to turn accent', (topic) => {
    expect(NOTES.some((n) => n.topic === topic)).toBe(true);
    const drawn = new Set<string>([...LIMBS.flatMap((l) => (l.topic ? [l.topic] : [])), 'screen', 'lumbar']);
    expect(drawn.has(topic)).toBe(true);
    expect(postureDescription(topic)).not.toBe(postureDescription());
  });

  it('says every threshold in the description too', () => {
    const text = postureDescription();
    for (const words of ['15 to 20 degrees', '50 to 100 centimetres', '90 and 120 degrees', 'footrest', 'gap'])
      expect(text).toContain(words);
  });

  it.each(LANGUAGES)('keeps every threshold in the %s description and labels', (lang) => {
    speak(lang);
    const text = postureDescription();
    for (const n of ['15', '20', '50', '100', '90', '120']) expect(text).toMatch(new RegExp(`\\b${n}\\b`));
    const labels = postureNotes().map((n) => n.label.lines.join(' '));
    for (const words of ['50–100 cm', '15–20°', '90–120°'])
      expect(
        labels.some((l) => l.includes(words)),
        words,
      ).toBe(true);
  });
});

describe.each(LANGUAGES)('the posture labels in %s stay legible', (lang) => {
  /** The labels' boxes in the language tested; call inside a test, which starts in English. */
  const boxes = () => {
    speak(lang);
    return postureNotes().map((n) => ({ name: n.label.lines.join(' '), box: n.box, size: n.label.size ?? 0 }));
  };
  const strokes = [
    ...LIMBS.map((l) => ({ name: 'limb', points: sample(l.points), width: l.width })),
    ...FURNITURE.map((f) => ({ name: 'furniture', points: sample(f.points), width: f.width })),
    { name: 'torso', points: sampleQuad(J.hip, J.lumbar, J.neck), width: TORSO.width },
    { name: 'screen', points: sample([SCREEN.top, SCREEN.bottom]), width: SCREEN.width },
    { name: 'head', points: [J.head], width: 2 * HEAD_R },
    ...CASTERS.map((c) => ({ name: 'caster', points: [c], width: 2 * CASTER_R })),
    { name: 'sight line', points: sample([J.eye, [SIGHT_END, J.eye[1]]]), width: 1.5 },
    { name: 'gaze line', points: sample([J.eye, screenCentre]), width: 1.5 },
    {
      name: 'dimension',
      points: sample([
        [J.eye[0], DIMENSION_Y - 5],
        [screenCentre[0], DIMENSION_Y - 5],
      ]),
      width: 1.5,
    },
  ];

  it('sit inside the picture, in type no smaller than 10 (English at full size)', () => {
    for (const { name, box, size } of boxes()) {
      expect(boxInside(box, POSTURE_VIEW.width, POSTURE_VIEW.height, 2), name).toBe(true);
      expect(size, name).toBeGreaterThanOrEqual(lang === 'en' ? 12.5 : 10);
    }
  });

  it('never overlaps another label', () => {
    const all = boxes();
    const clashes = all.flatMap((a, i) =>
      all
        .slice(i + 1)
        .filter((b) => boxesOverlap(a.box, b.box))
        .map((b) => `${a.name} / ${b.name}`),
    );
    expect(clashes).toEqual([]);
  });

  it('keeps clear of the body, the furniture and the guide lines', () => {
    const clashes = boxes().flatMap((b) =>
      strokes.filter((s) => strokeHits(s.points, s.width, b.box)).map((s) => `${b.name} / ${s.name}`),
    );
    expect(clashes).toEqual([]);
  });

  it('starts each leader at its label, clear of its words', () => {
    speak(lang);
    for (const note of postureNotes().filter((n) => n.leader)) {
      const { box } = note;
      const [x, y] = note.leader![0]!;
      const gap = Math.max(box.x - x, x - (box.x + box.width), box.y - y, y - (box.y + box.height), 0);
      expect(gap).toBeLessThanOrEqual(8);
    }
  });
});
