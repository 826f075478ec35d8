import { describe, expect, it } from 'vitest';
import { BODY_AREAS, EQUIPMENT, type Exercise, HOME_ONLY_EQUIPMENT, POSITIONS } from '../../../src/core/routine/types';
import { CAUTION, CAUTION_IDS } from '../../../src/data/cautions';
import { doseSeconds } from '../../../src/data/dose';
import { EXERCISES, exerciseById } from '../../../src/data/exercises';
import { summarizeLibrary } from '../../../src/data/library-summary';
import { cautionKey, exerciseKey } from '../../../src/ui/exercise-text';
import { poseFor } from '../../../src/ui/figures/poses';
import { readAreas, readMessages } from '../../locale-files';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const subsetOf = <T>(items: readonly T[], allowed: readonly T[]) => items.every((item) => allowed.includes(item));
const isHomeOnly = (e: Exercise) => e.position === 'floor' || e.equipment.some((k) => HOME_ONLY_EQUIPMENT.includes(k));
const deskPool = EXERCISES.filter((e) => !isHomeOnly(e));

const english = readMessages('en');
/** The message names an exercise's words need: name, steps 1…stepCount and the picture's text. */
const keysOf = (e: Exercise) => {
  const k = exerciseKey(e.id);
  return [`${k}_name`, ...Array.from({ length: e.stepCount }, (_, i) => `${k}_step_${i + 1}`), `${k}_alt`];
};
const SENTENCE = /^[A-Z0-9].*[.!?]$/;

describe('the stretch library', () => {
  it('holds at least 30 exercises with unique kebab-case ids', () => {
    expect(EXERCISES.length).toBeGreaterThanOrEqual(30);
    const ids = EXERCISES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !KEBAB.test(id))).toEqual([]);
  });

  it.each(EXERCISES.map((e) => [e.id, e] as const))('%s has valid fields', (_id, e) => {
    expect(e.areas.length).toBeGreaterThan(0);
    expect(new Set(e.areas).size).toBe(e.areas.length);
    expect(subsetOf(e.areas, BODY_AREAS)).toBe(true);
    expect(POSITIONS).toContain(e.position);
    expect(subsetOf(e.equipment, EQUIPMENT)).toBe(true);
    expect(Number.isInteger(e.stepCount)).toBe(true);
    expect(e.stepCount).toBeGreaterThanOrEqual(2);
    expect(e.stepCount).toBeLessThanOrEqual(5);
    expect(subsetOf(e.cautions, CAUTION_IDS)).toBe(true);
    expect(new Set(e.cautions).size).toBe(e.cautions.length);
    expect(e.uses.length).toBeGreaterThan(0);
    expect(subsetOf(e.uses, ['micro', 'stretch'])).toBe(true);
    expect(poseFor(e.figure), `figure ${e.figure}`).toBeDefined();
  });

  it.each(EXERCISES.map((e) => [e.id, e] as const))('%s has its words in English, and no stray step', (_id, e) => {
    const [name, ...rest] = keysOf(e);
    expect(english.get(name as string)?.message.trim(), name).toBeTruthy();
    for (const key of rest) expect(english.get(key)?.message, key).toMatch(SENTENCE);
    expect(english.has(`${exerciseKey(e.id)}_step_${e.stepCount + 1}`), 'a step beyond stepCount').toBe(false);
    expect(english.has(`${exerciseKey(e.id)}_step_0`)).toBe(false);
  });

  it.each(['de', 'es', 'fr'])('has every exercise in %s too', (lang) => {
    const translated = readMessages(lang);
    const missing = EXERCISES.flatMap(keysOf).filter((key) => !translated.get(key)?.message.trim());
    expect(missing).toEqual([]);
    const cautions = [...CAUTION_IDS.map(cautionKey), 'caution_general'];
    expect(cautions.filter((key) => !translated.get(key)?.message.trim())).toEqual([]);
  });

  it('keeps no words for exercises the library lacks', () => {
    const wanted = new Set(EXERCISES.flatMap(keysOf));
    const files = Object.entries(readAreas('en')).filter(([file]) => file.startsWith('exercises-'));
    const stray = files.flatMap(([, area]) => Object.keys(area)).filter((key) => !wanted.has(key));
    expect(stray).toEqual([]);
  });

  it('words every caution as a sentence', () => {
    for (const key of [...CAUTION_IDS.map(cautionKey), 'caution_general']) {
      expect(english.get(key)?.message, key).toMatch(SENTENCE);
    }
  });

  it.each(EXERCISES.map((e) => [e.id, e] as const))('%s takes a time that fits its dose', (_id, e) => {
    const dose = doseSeconds(e.dose);
    expect(dose).toBeGreaterThan(0);
    expect(e.seconds).toBeGreaterThanOrEqual(dose);
    // Room to get into position and change sides, but no padding beyond double the dose.
    expect(e.seconds).toBeLessThanOrEqual(dose * 2 + 60);
  });

  it('keeps micro-break exercises to about half a minute', () => {
    const long = EXERCISES.filter((e) => e.uses.includes('micro') && e.seconds > 30).map((e) => e.id);
    expect(long).toEqual([]);
  });

  it('puts floor work on a mat, and only floor work', () => {
    for (const e of EXERCISES) expect(e.position === 'floor', e.id).toBe(e.equipment.includes('mat'));
  });

  it('attaches the specific cautions where they apply', () => {
    expect(exerciseById('side-lying-leg-raise')?.cautions).toContain(CAUTION.hipBursitis);
    const neck = EXERCISES.filter((e) => e.areas.includes('neck'));
    expect(neck.length).toBeGreaterThanOrEqual(2);
    expect(neck.filter((e) => !e.cautions.includes(CAUTION.neck)).map((e) => e.id)).toEqual([]);
    const kneeling = ['kneeling-hero', 'childs-pose', 'cat-cow'];
    for (const id of kneeling) expect(exerciseById(id)?.cautions, id).toContain(CAUTION.knees);
    expect(exerciseById('standing-quad-stretch')?.cautions).toContain(CAUTION.balance);
    const home = EXERCISES.filter(isHomeOnly);
    expect(home.filter((e) => !e.cautions.includes(CAUTION.clinician)).map((e) => e.id)).toEqual([]);
    for (const id of ['seated-hamstring', 'hamstring-heel-on-step', 'seated-figure-four']) {
      expect(exerciseById(id)?.cautions, id).toContain(CAUTION.sciatica);
    }
  });

  it('leaves the general rules to one shared caution', () => {
    expect(english.get('caution_general')?.message).toMatch(/bounce/);
    const specific = CAUTION_IDS.map((id) => english.get(cautionKey(id))?.message);
    expect(specific.filter((text) => /bounce/.test(text ?? ''))).toEqual([]);
  });

  it('covers every body area at least twice', () => {
    const { byArea } = summarizeLibrary(EXERCISES);
    for (const area of BODY_AREAS) expect(byArea[area], area).toBeGreaterThanOrEqual(2);
  });

  it('offers enough for micro-breaks, eye rests among them', () => {
    const micro = EXERCISES.filter((e) => e.uses.includes('micro'));
    expect(micro.length).toBeGreaterThanOrEqual(3);
    expect(micro.some((e) => e.areas.includes('eyes'))).toBe(true);
  });

  it('has a desk pool of at least 20 seated or standing moves without home kit', () => {
    expect(deskPool.length).toBeGreaterThanOrEqual(20);
    expect(deskPool.every((e) => e.position !== 'floor')).toBe(true);
    expect(deskPool.filter((e) => e.position === 'seated').length).toBeGreaterThanOrEqual(10);
  });

  it('is frozen all the way down', () => {
    expect(Object.isFrozen(EXERCISES)).toBe(true);
    for (const e of EXERCISES) {
      expect(Object.isFrozen(e)).toBe(true);
      expect(Object.isFrozen(e.cautions)).toBe(true);
      expect(Object.isFrozen(e.dose)).toBe(true);
    }
  });

  it('looks exercises up by id', () => {
    expect(exerciseById('chin-tuck')?.id).toBe('chin-tuck');
    expect(english.get(`${exerciseKey('chin-tuck')}_name`)?.message).toBe('Chin tuck');
    expect(exerciseById('no-such-exercise')).toBeUndefined();
  });

  it('summarises the library by area and position', () => {
    const summary = summarizeLibrary(EXERCISES);
    expect(summary.total).toBe(EXERCISES.length);
    expect(Object.values(summary.byPosition).reduce((a, b) => a + b, 0)).toBe(EXERCISES.length);
    const areaTotal = EXERCISES.reduce((n, e) => n + e.areas.length, 0);
    expect(Object.values(summary.byArea).reduce((a, b) => a + b, 0)).toBe(areaTotal);
  });
});
