import { describe, expect, it } from 'vitest';
import type { Dose } from '../../../src/core/routine/types';
import { CAUTION } from '../../../src/data/cautions';
import { exerciseById } from '../../../src/data/exercises';
import { resetLanguageForTests } from '../../../src/platform/i18n';
import {
  cautionKey,
  exerciseAlt,
  exerciseCautions,
  exerciseKey,
  exerciseName,
  exerciseSteps,
  generalCaution,
} from '../../../src/ui/exercise-text';
import {
  areaLabel,
  doseText,
  equipmentLabel,
  equipmentText,
  positionLabel,
  shortDuration,
} from '../../../src/ui/routine-labels';
import { useLanguage } from '../../fake-i18n';

const chinTuck = exerciseById('chin-tuck');
if (!chinTuck) throw new Error('chin-tuck is missing from the library');

function inLanguage(lang: string): void {
  useLanguage(lang);
  resetLanguageForTests();
}

describe("an exercise's words", () => {
  it('names messages from the id', () => {
    expect(exerciseKey('eye-rest-20-20-20')).toBe('ex_eye_rest_20_20_20');
    expect(cautionKey('hipBursitis')).toBe('caution_hip_bursitis');
    expect(cautionKey('neck')).toBe('caution_neck');
  });

  it('reads name, steps, picture text and cautions in English', () => {
    expect(exerciseName(chinTuck)).toBe('Chin tuck');
    const steps = exerciseSteps(chinTuck);
    expect(steps).toHaveLength(chinTuck.stepCount);
    expect(steps[0]).toBe('Sit upright and look straight ahead.');
    expect(steps.at(-1)).toBe('Five in a row.');
    expect(exerciseAlt(chinTuck)).toMatch(/^Side view of a seated person/);
    expect(exerciseCautions(chinTuck)).toEqual([
      'Neck: if this hurts, stop straight away. Turn and tilt only; never roll your head in a full circle.',
    ]);
    expect(exerciseCautions({ cautions: [CAUTION.balance, CAUTION.clinician] })).toHaveLength(2);
    expect(generalCaution()).toMatch(/^Move slowly and keep breathing\./);
  });

  it('reads them in German when the browser is German', () => {
    inLanguage('de');
    expect(exerciseName(chinTuck)).toBe('Kinn einziehen');
    expect(exerciseSteps(chinTuck)[0]).toMatch(/^Setz dich/);
    expect(exerciseCautions(chinTuck)[0]).toMatch(/^Nacken:/);
    expect(generalCaution()).not.toMatch(/Move slowly/);
  });
});

describe('library labels', () => {
  it('names areas, positions and equipment as before', () => {
    expect(areaLabel('legs')).toBe('Legs and circulation');
    expect(areaLabel('lower-back')).toBe('Lower back');
    expect(positionLabel('floor')).toBe('On the floor');
    expect(equipmentLabel('mat')).toBe('Exercise mat');
    expect(equipmentText([])).toBe('Nothing needed');
    expect(equipmentText(['chair'])).toBe('Chair');
    expect(equipmentText(['chair', 'desk'])).toBe('Chair, Desk');
  });

  it('writes durations short', () => {
    expect(shortDuration(20)).toBe('20 s');
    expect(shortDuration(120)).toBe('2 min');
    expect(shortDuration(90)).toBe('1 min 30 s');
  });

  it.each<[Dose, string]>([
    [{ kind: 'hold', seconds: 20, times: 2, sides: 2 }, 'Hold 20 s, each side, 2 times'],
    [{ kind: 'hold', seconds: 20, times: 3, sides: 1 }, 'Hold 20 s, 3 times'],
    [{ kind: 'hold', seconds: 15, times: 1, sides: 2 }, 'Hold 15 s, each side'],
    [{ kind: 'hold', seconds: 90, times: 1, sides: 1 }, 'Hold 1 min 30 s'],
    [{ kind: 'reps', reps: 10, sides: 2 }, '10 reps, each side'],
    [{ kind: 'reps', reps: 1, sides: 1 }, '1 rep'],
    [{ kind: 'reps', reps: 5, sides: 1 }, '5 reps'],
    [{ kind: 'timed', seconds: 120 }, '2 min'],
  ])('says %j as “%s”', (dose, text) => {
    expect(doseText(dose)).toBe(text);
  });

  it('speaks German, Spanish and French', () => {
    const dose: Dose = { kind: 'hold', seconds: 20, times: 2, sides: 2 };
    const said = ['de', 'es', 'fr'].map((lang) => {
      inLanguage(lang);
      return [doseText(dose), areaLabel('legs'), equipmentText([])];
    });
    for (const [text, area, none] of said) {
      expect(text).toMatch(/20\s(s|Sek\.)/);
      expect(text).toMatch(/2/);
      expect(text).not.toMatch(/Hold|each side/);
      expect(area).not.toBe('Legs and circulation');
      expect(none).not.toBe('Nothing needed');
    }
  });
});
