import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SETTINGS_FIELDS, validatePartialSettings } from '../../../src/core/presets/partial-settings';
import { defaultSettings } from '../../../src/core/settings/defaults';
import { validateSettings } from '../../../src/core/settings/validate';
import { say } from '../../../src/platform/i18n';

/** Each error's message in words (English in tests). */
const words = (errors: readonly { message: Parameters<typeof say>[0] }[]) => errors.map((e) => say(e.message));

describe('validatePartialSettings', () => {
  it('keeps only the fields given, and nothing for an empty object or undefined', () => {
    expect(validatePartialSettings({ snooze: { minutes: 10 } })).toEqual({
      settings: { snooze: { minutes: 10 } },
      errors: [],
    });
    expect(validatePartialSettings({})).toEqual({ settings: {}, errors: [] });
    expect(validatePartialSettings(undefined)).toEqual({ settings: {}, errors: [] });
  });

  it('accepts a full settings object unchanged', () => {
    const full = defaultSettings();
    expect(validatePartialSettings(full)).toEqual({ settings: full, errors: [] });
    expect(SETTINGS_FIELDS).toHaveLength(28);
  });

  it('reports bad and unknown fields by dotted path and keeps the good ones', () => {
    const { settings, errors } = validatePartialSettings({
      stretchBreak: { everyMinutes: 0, durationMinutes: 4, foo: 1 },
      prompt: 'window',
      colour: 'red',
      routine: { positions: ['seated'] },
    });
    expect(settings).toEqual({ stretchBreak: { durationMinutes: 4 }, routine: { positions: ['seated'] } });
    expect(words(errors)).toEqual([
      'stretchBreak.everyMinutes must be a whole number from 1 to 240.',
      'unknown field: stretchBreak.foo',
      'prompt must be an object.',
      'unknown field: colour',
    ]);
    expect(errors.map((e) => e.field)).toEqual(['stretchBreak.everyMinutes', 'stretchBreak.foo', 'prompt', 'colour']);
  });

  it('puts the prefix before every field and message', () => {
    const { errors } = validatePartialSettings({ snooze: { minutes: 99, x: 1 } }, 'enforced.');
    expect(errors.map((e) => e.field)).toEqual(['enforced.snooze.minutes', 'enforced.snooze.x']);
    expect(words(errors)).toEqual([
      'enforced.snooze.minutes must be a whole number from 1 to 60.',
      'unknown field: enforced.snooze.x',
    ]);
    const notObject = validatePartialSettings(3, 'defaults.').errors;
    expect(notObject.map((e) => e.field)).toEqual(['defaults']);
    expect(words(notObject)).toEqual(['defaults must be an object.']);
    expect(words(validatePartialSettings([]).errors)).toEqual(['Settings must be an object.']);
    expect(validatePartialSettings([]).errors[0]?.field).toBe('');
  });

  it('applies cross-field rules only when both parts are given', () => {
    expect(validatePartialSettings({ workHours: { start: '18:00' } }).errors).toEqual([]);
    const clash = validatePartialSettings({ workHours: { start: '18:00', end: '09:00', enabled: true } });
    expect(clash.settings).toEqual({ workHours: { enabled: true } });
    expect(words(clash.errors)).toEqual(['workHours.end must be later than workHours.start.']);
    const noDays = validatePartialSettings({ workHours: { enabled: true, days: [] } });
    expect(noDays.settings).toEqual({ workHours: { enabled: true } });
    expect(validatePartialSettings({ workHours: { days: [] } }).settings).toEqual({ workHours: { days: [] } });
    expect(validatePartialSettings({ routine: { positions: [] } }).errors[0]?.field).toBe('routine.positions');
  });

  it('uses the same messages as validateSettings for the same bad value', () => {
    const bad = { microBreak: { durationSeconds: 2 }, workHours: { start: '9am' }, routine: { equipment: ['sofa'] } };
    expect(validatePartialSettings(bad).errors).toEqual(validateSettings(bad).errors);
  });

  it('never lets one invalid field discard a valid one (property)', () => {
    const good = fc.record(
      {
        snooze: fc.record({ minutes: fc.integer({ min: 1, max: 60 }) }),
        idleResetMinutes: fc.integer({ min: 1, max: 60 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(good, fc.anything(), fc.string(), (valid, junk, key) => {
        const input = { ...valid, stretchBreak: { everyMinutes: junk, [`x${key}`]: 1 } };
        const { settings } = validatePartialSettings(input);
        expect(settings.snooze).toEqual(valid.snooze);
        expect(settings.idleResetMinutes).toEqual(valid.idleResetMinutes);
        // Whatever was kept passes the full validator untouched.
        expect(validateSettings(settings).errors).toEqual([]);
      }),
    );
  });
});
