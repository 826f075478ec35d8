import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, defaultSettings, type Settings } from '../../../src/core/settings/defaults';
import { LIMITS, type LimitedField } from '../../../src/core/settings/limits';
import { validateSettings } from '../../../src/core/settings/validate';
import { worded } from './worded';

const FIELDS = Object.keys(LIMITS) as LimitedField[];

/** A settings-shaped object with one numeric field set to `value`. */
function withField(path: LimitedField, value: unknown): Record<string, unknown> {
  const s = structuredClone(defaultSettings()) as unknown as Record<string, Record<string, unknown>>;
  const [section, key] = path.split('.');
  if (key === undefined) (s as Record<string, unknown>)[section as string] = value;
  else (s[section as string] as Record<string, unknown>)[key] = value;
  return s;
}

function readField(settings: Settings, path: LimitedField): unknown {
  const [section, key] = path.split('.');
  const top = (settings as unknown as Record<string, unknown>)[section as string];
  return key === undefined ? top : (top as Record<string, unknown>)[key];
}

describe('validateSettings', () => {
  it('accepts complete valid settings unchanged, with no errors', () => {
    const input: Settings = {
      stretchBreak: { enabled: false, everyMinutes: 240, durationMinutes: 30 },
      microBreak: { enabled: true, everyMinutes: 1, durationSeconds: 5 },
      idleResetMinutes: 60,
      snooze: { minutes: 1, maxPerBreak: 0 },
      workHours: { enabled: true, days: ['sun', 'sat'], start: '00:00', end: '23:59' },
      prompt: { style: 'window' },
      routine: { focusAreas: ['eyes', 'legs'], positions: ['floor'], equipment: [], atOffice: false },
      sitStand: { enabled: true, sitMinutes: 240, standMinutes: 1, moveMinutes: 30 },
      postureCheck: { enabled: false, everyMinutes: 480 },
      checklist: { recheckDays: 1 },
      defer: { fullscreen: false, meetings: true, maxMinutes: 120 },
    };
    expect(validateSettings(input)).toEqual({ settings: input, errors: [] });
  });

  it('fills missing fields from the defaults without complaint', () => {
    expect(validateSettings({})).toEqual({ settings: defaultSettings(), errors: [] });
    expect(validateSettings(undefined)).toEqual({ settings: defaultSettings(), errors: [] });
    const partial = validateSettings({ stretchBreak: { everyMinutes: 30 } });
    expect(partial.errors).toEqual([]);
    expect(partial.settings.stretchBreak).toEqual({ enabled: true, everyMinutes: 30, durationMinutes: 5 });
  });

  it('keeps the good fields and reports each bad one with its name and range', () => {
    const { settings, errors } = validateSettings({
      stretchBreak: { enabled: true, everyMinutes: 0, durationMinutes: 10 },
      microBreak: { everyMinutes: 15, durationSeconds: 301 },
      snooze: { minutes: 10, maxPerBreak: 2.5 },
    });
    expect(settings.stretchBreak).toEqual({ enabled: true, everyMinutes: 50, durationMinutes: 10 });
    expect(settings.microBreak).toEqual({ enabled: true, everyMinutes: 15, durationSeconds: 20 });
    expect(settings.snooze).toEqual({ minutes: 10, maxPerBreak: 2 });
    expect(worded(errors)).toEqual([
      {
        field: 'stretchBreak.everyMinutes',
        message: 'stretchBreak.everyMinutes must be a whole number from 1 to 240.',
      },
      {
        field: 'microBreak.durationSeconds',
        message: 'microBreak.durationSeconds must be a whole number from 5 to 300.',
      },
      { field: 'snooze.maxPerBreak', message: 'snooze.maxPerBreak must be a whole number from 0 to 10.' },
    ]);
  });

  describe.each(FIELDS)('%s', (path) => {
    const { min, max } = LIMITS[path];
    const fallback = readField(defaultSettings(), path);

    it('accepts both ends of its range', () => {
      for (const v of [min, max]) {
        const { settings, errors } = validateSettings(withField(path, v));
        expect(errors).toEqual([]);
        expect(readField(settings, path)).toBe(v);
      }
    });

    it.each([
      ['below the range', min - 1],
      ['above the range', max + 1],
      ['a fraction', min + 0.5],
      ['NaN', Number.NaN],
      ['Infinity', Number.POSITIVE_INFINITY],
      ['a string', String(min)],
      ['null', null],
      ['a boolean', true],
    ])('rejects %s, naming the field and the range', (_, bad) => {
      const { settings, errors } = validateSettings(withField(path, bad));
      expect(worded(errors)).toEqual([
        { field: path, message: `${path} must be a whole number from ${min} to ${max}.` },
      ]);
      expect(readField(settings, path)).toBe(fallback);
    });
  });

  it('accepts every whole-minute interval from 1 to 240 and nothing outside', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), fc.constantFrom('stretchBreak', 'microBreak'), (n, kind) => {
        const { settings, errors } = validateSettings({ [kind]: { everyMinutes: n } });
        const ok = n >= 1 && n <= 240;
        expect(errors.length === 0).toBe(ok);
        expect(settings[kind as 'stretchBreak'].everyMinutes).toBe(ok ? n : DEFAULT_SETTINGS[kind].everyMinutes);
        if (!ok)
          expect(worded(errors)[0]?.message).toContain(`${kind}.everyMinutes must be a whole number from 1 to 240`);
      }),
      { numRuns: 300 },
    );
  });

  it('rejects non-boolean switches', () => {
    const { settings, errors } = validateSettings({ stretchBreak: { enabled: 'yes' }, workHours: { enabled: 1 } });
    expect(settings.stretchBreak.enabled).toBe(true);
    expect(settings.workHours.enabled).toBe(false);
    expect(worded(errors)).toEqual([
      { field: 'stretchBreak.enabled', message: 'stretchBreak.enabled must be true or false.' },
      { field: 'workHours.enabled', message: 'workHours.enabled must be true or false.' },
    ]);
  });

  it.each(['9:00', '24:00', '12:60', '12:5', 'noon', '', 900])('rejects the time %j', (bad) => {
    const { settings, errors } = validateSettings({ workHours: { start: bad } });
    expect(settings.workHours.start).toBe('09:00');
    expect(errors.map((e) => e.field)).toContain('workHours.start');
    expect(worded(errors)[0]?.message).toBe('workHours.start must be a time written as HH:MM (00:00 to 23:59).');
  });

  it('requires the end of work hours to be after the start, and then keeps neither', () => {
    for (const [start, end] of [
      ['18:00', '08:00'],
      ['10:00', '10:00'],
    ]) {
      const { settings, errors } = validateSettings({ workHours: { enabled: true, start, end } });
      expect(settings.workHours).toMatchObject({ enabled: true, start: '09:00', end: '17:30' });
      expect(worded(errors)).toEqual([
        { field: 'workHours.end', message: 'workHours.end must be later than workHours.start.' },
      ]);
    }
    // One end alone is judged against the other's default.
    expect(validateSettings({ workHours: { start: '18:00' } }).errors.map((e) => e.field)).toEqual(['workHours.end']);
    expect(validateSettings({ workHours: { end: '12:00' } }).settings.workHours.end).toBe('12:00');
  });

  it('sorts work days into calendar order and drops repeats', () => {
    const { settings, errors } = validateSettings({ workHours: { days: ['fri', 'mon', 'fri', 'sun'] } });
    expect(errors).toEqual([]);
    expect(settings.workHours.days).toEqual(['sun', 'mon', 'fri']);
    expect(validateSettings({ workHours: { days: [] } }).settings.workHours.days).toEqual([]);
  });

  it('requires at least one work day when work hours are on, falling back to the base days', () => {
    const { settings, errors } = validateSettings({ workHours: { enabled: true, days: [] } });
    expect(settings.workHours).toMatchObject({ enabled: true, days: ['mon', 'tue', 'wed', 'thu', 'fri'] });
    expect(worded(errors)).toEqual([
      { field: 'workHours.days', message: 'workHours.days must name at least one day when working hours are on.' },
    ]);
    const base = validateSettings({ workHours: { days: ['sat'] } }).settings;
    expect(validateSettings({ workHours: { enabled: true, days: [] } }, base).settings.workHours.days).toEqual(['sat']);
  });

  it.each([['monday'], [['mon', 'funday']], [[1, 2]], [{ mon: true }]])('rejects the days %j', (bad) => {
    const { settings, errors } = validateSettings({ workHours: { days: bad } });
    expect(settings.workHours.days).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    expect(worded(errors)).toEqual([
      { field: 'workHours.days', message: 'workHours.days must list days from: sun, mon, tue, wed, thu, fri, sat.' },
    ]);
  });

  it('accepts the known prompt styles only', () => {
    expect(validateSettings({ prompt: { style: 'window' } }).settings.prompt.style).toBe('window');
    const { settings, errors } = validateSettings({ prompt: { style: 'popup' } });
    expect(settings.prompt.style).toBe('notification');
    expect(worded(errors)).toEqual([
      { field: 'prompt.style', message: 'prompt.style must be one of: notification, window.' },
    ]);
  });

  it.each([[[]], ['text'], [7], [null], [true]])('reports a non-object section %j by its name', (bad) => {
    const { settings, errors } = validateSettings({ snooze: bad, microBreak: { everyMinutes: 10 } });
    expect(settings.snooze).toEqual(DEFAULT_SETTINGS.snooze);
    expect(settings.microBreak.everyMinutes).toBe(10);
    expect(worded(errors)).toEqual([{ field: 'snooze', message: 'snooze must be an object.' }]);
  });

  it.each([[null], [[]], ['{}'], [42], [false]])('reports a non-object whole %j and gives the defaults', (bad) => {
    const { settings, errors } = validateSettings(bad);
    expect(settings).toEqual(defaultSettings());
    expect(worded(errors)).toEqual([{ field: '', message: 'Settings must be an object.' }]);
  });

  it('falls back to a given base instead of the defaults', () => {
    const base = validateSettings({ stretchBreak: { everyMinutes: 30 }, idleResetMinutes: 10 }).settings;
    const { settings, errors } = validateSettings({ stretchBreak: { everyMinutes: -5 }, idleResetMinutes: 2 }, base);
    expect(settings.stretchBreak.everyMinutes).toBe(30);
    expect(settings.idleResetMinutes).toBe(2);
    expect(errors.map((e) => e.field)).toEqual(['stretchBreak.everyMinutes']);
  });

  it('never throws, and what it returns validates cleanly', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const { settings } = validateSettings(input);
        expect(validateSettings(settings)).toEqual({ settings, errors: [] });
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on settings-shaped input with wrong field types', () => {
    const section = fc.dictionary(
      fc.constantFrom('enabled', 'everyMinutes', 'durationMinutes', 'durationSeconds', 'minutes', 'maxPerBreak'),
      fc.anything(),
    );
    const input = fc.record(
      {
        stretchBreak: section,
        microBreak: section,
        idleResetMinutes: fc.anything(),
        snooze: section,
        workHours: fc.record({ enabled: fc.anything(), days: fc.anything(), start: fc.anything(), end: fc.anything() }),
        prompt: fc.record({ style: fc.anything() }),
        routine: fc.record(
          { focusAreas: fc.anything(), positions: fc.anything(), equipment: fc.anything(), atOffice: fc.anything() },
          { requiredKeys: [] },
        ),
        sitStand: fc.dictionary(
          fc.constantFrom('enabled', 'sitMinutes', 'standMinutes', 'moveMinutes'),
          fc.oneof(fc.integer({ min: -5, max: 300 }), fc.anything()),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(input, (raw) => {
        const { settings, errors } = validateSettings(raw);
        expect(validateSettings(settings).errors).toEqual([]);
        for (const e of worded(errors)) expect(e.message).toContain(e.field);
      }),
      { numRuns: 300 },
    );
  });
});
