import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BODY_AREAS, EQUIPMENT, POSITIONS } from '../../../src/core/routine/types';
import { DEFAULT_SETTINGS, defaultSettings } from '../../../src/core/settings/defaults';
import { LIMITS } from '../../../src/core/settings/limits';
import { validateSettings } from '../../../src/core/settings/validate';
import { worded } from './worded';

describe('routine settings', () => {
  it('default to the desk-friendly pool: seated or standing, desk kit, at the office, every area', () => {
    expect(defaultSettings().routine).toEqual({
      focusAreas: [],
      positions: ['seated', 'standing'],
      equipment: ['chair', 'desk', 'wall'],
      atOffice: true,
    });
  });

  it('put each list in canonical order and drop repeats', () => {
    const { settings, errors } = validateSettings({
      routine: {
        focusAreas: ['eyes', 'lower-back', 'eyes'],
        positions: ['floor', 'seated', 'floor'],
        equipment: ['mat', 'chair', 'mat'],
      },
    });
    expect(errors).toEqual([]);
    expect(settings.routine).toEqual({
      focusAreas: ['lower-back', 'eyes'],
      positions: ['seated', 'floor'],
      equipment: ['chair', 'mat'],
      atOffice: true,
    });
  });

  it('accept empty focus areas (every area) and empty equipment (nothing but the person)', () => {
    const { settings, errors } = validateSettings({ routine: { focusAreas: [], equipment: [] } });
    expect(errors).toEqual([]);
    expect(settings.routine.focusAreas).toEqual([]);
    expect(settings.routine.equipment).toEqual([]);
  });

  it.each([
    ['focusAreas', 'body areas', BODY_AREAS, ['neck', 'knees']],
    ['positions', 'positions', POSITIONS, ['lying']],
    ['equipment', 'equipment', EQUIPMENT, ['chair', 'kettlebell']],
    ['focusAreas', 'body areas', BODY_AREAS, 'neck'],
    ['positions', 'positions', POSITIONS, { seated: true }],
    ['equipment', 'equipment', EQUIPMENT, [1]],
  ] as const)('reject a bad routine.%s, naming the field and every allowed value', (key, noun, allowed, bad) => {
    const { settings, errors } = validateSettings({ routine: { [key]: bad, atOffice: false } });
    const path = `routine.${key}`;
    expect(worded(errors)).toEqual([
      { field: path, message: `${path} must list ${noun} from: ${allowed.join(', ')}.` },
    ]);
    expect(settings.routine[key]).toEqual(DEFAULT_SETTINGS.routine[key]);
    expect(settings.routine.atOffice).toBe(false); // the good field beside it is kept
  });

  it('require at least one position', () => {
    const { settings, errors } = validateSettings({ routine: { positions: [] } });
    expect(settings.routine.positions).toEqual(['seated', 'standing']);
    expect(worded(errors)).toEqual([
      {
        field: 'routine.positions',
        message: 'routine.positions must name at least one position from: seated, standing, floor.',
      },
    ]);
    const base = validateSettings({ routine: { positions: ['floor'] } }).settings;
    expect(validateSettings({ routine: { positions: [] } }, base).settings.routine.positions).toEqual(['floor']);
  });

  it('allow floor only at the office: the filters, not the validator, rule floor moves out', () => {
    expect(validateSettings({ routine: { positions: ['floor'], atOffice: true } }).errors).toEqual([]);
  });

  it('reject a non-boolean atOffice and a non-object section', () => {
    expect(worded(validateSettings({ routine: { atOffice: 'yes' } }).errors)).toEqual([
      { field: 'routine.atOffice', message: 'routine.atOffice must be true or false.' },
    ]);
    const { settings, errors } = validateSettings({ routine: ['seated'] });
    expect(settings.routine).toEqual(DEFAULT_SETTINGS.routine);
    expect(worded(errors)).toEqual([{ field: 'routine', message: 'routine must be an object.' }]);
  });

  it('keep any valid subset of each vocabulary, in canonical order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...BODY_AREAS)),
        fc.array(fc.constantFrom(...POSITIONS), { minLength: 1 }),
        fc.array(fc.constantFrom(...EQUIPMENT)),
        fc.boolean(),
        (focusAreas, positions, equipment, atOffice) => {
          const { settings, errors } = validateSettings({ routine: { focusAreas, positions, equipment, atOffice } });
          expect(errors).toEqual([]);
          expect(settings.routine).toEqual({
            focusAreas: BODY_AREAS.filter((a) => focusAreas.includes(a)),
            positions: POSITIONS.filter((p) => positions.includes(p)),
            equipment: EQUIPMENT.filter((e) => equipment.includes(e)),
            atOffice,
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('sit–stand settings', () => {
  it('default to Cornell’s 20-8-2, switched off', () => {
    expect(defaultSettings().sitStand).toEqual({ enabled: false, sitMinutes: 20, standMinutes: 8, moveMinutes: 2 });
  });

  it('have the ranges the brief sets', () => {
    expect(LIMITS['sitStand.sitMinutes']).toEqual({ min: 1, max: 240 });
    expect(LIMITS['sitStand.standMinutes']).toEqual({ min: 1, max: 120 });
    expect(LIMITS['sitStand.moveMinutes']).toEqual({ min: 1, max: 30 });
  });

  it('keep good fields and report each bad one by name, range included', () => {
    const { settings, errors } = validateSettings({
      sitStand: { enabled: 'on', sitMinutes: 30, standMinutes: 121, moveMinutes: 0 },
    });
    expect(settings.sitStand).toEqual({ enabled: false, sitMinutes: 30, standMinutes: 8, moveMinutes: 2 });
    expect(worded(errors)).toEqual([
      { field: 'sitStand.enabled', message: 'sitStand.enabled must be true or false.' },
      { field: 'sitStand.standMinutes', message: 'sitStand.standMinutes must be a whole number from 1 to 120.' },
      { field: 'sitStand.moveMinutes', message: 'sitStand.moveMinutes must be a whole number from 1 to 30.' },
    ]);
  });

  it('fall back to a given base', () => {
    const base = validateSettings({ sitStand: { enabled: true, sitMinutes: 45 } }).settings;
    const { settings } = validateSettings({ sitStand: { sitMinutes: 999 } }, base);
    expect(settings.sitStand).toEqual({ enabled: true, sitMinutes: 45, standMinutes: 8, moveMinutes: 2 });
  });
});
