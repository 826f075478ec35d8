import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/core/settings/defaults';
import { loadSettings, MIGRATIONS, type Migration, SETTINGS_VERSION } from '../../../src/core/settings/migrate';
import { worded } from './worded';

describe('loadSettings', () => {
  it('gives the defaults, unchanged, when nothing is stored', () => {
    for (const stored of [undefined, null]) {
      expect(loadSettings(stored)).toEqual({ settings: defaultSettings(), errors: [], changed: false });
    }
  });

  it('reads settings stored in the current version as they are', () => {
    const settings = { ...defaultSettings(), idleResetMinutes: 12 };
    const loaded = loadSettings({ version: SETTINGS_VERSION, savedAt: 1, settings });
    expect(loaded).toEqual({ settings, errors: [], changed: false });
  });

  it('reads settings saved before routine, sitStand, postureCheck, checklist and defer existed, giving those their defaults', () => {
    // The exact shape version 1 wrote before the routine filters, sit–stand and the checklist were added.
    const before = {
      stretchBreak: { enabled: true, everyMinutes: 45, durationMinutes: 7 },
      microBreak: { enabled: false, everyMinutes: 20, durationSeconds: 30 },
      idleResetMinutes: 5,
      snooze: { minutes: 10, maxPerBreak: 1 },
      workHours: { enabled: true, days: ['mon', 'wed'], start: '08:00', end: '16:00' },
      prompt: { style: 'window' },
    };
    const loaded = loadSettings({ version: 1, savedAt: 1, settings: before });
    expect(loaded).toEqual({
      settings: {
        ...before,
        routine: defaultSettings().routine,
        sitStand: defaultSettings().sitStand,
        postureCheck: defaultSettings().postureCheck,
        checklist: defaultSettings().checklist,
        defer: defaultSettings().defer,
      },
      errors: [],
      changed: false,
    });
  });

  it('repairs bad fields, keeps good ones, and asks for a write-back', () => {
    const loaded = loadSettings({
      version: 1,
      savedAt: 1,
      settings: { stretchBreak: { everyMinutes: 500 }, microBreak: { everyMinutes: 10 } },
    });
    expect(loaded.settings.stretchBreak.everyMinutes).toBe(50);
    expect(loaded.settings.microBreak.everyMinutes).toBe(10);
    expect(worded(loaded.errors)).toEqual([
      {
        field: 'stretchBreak.everyMinutes',
        message: 'stretchBreak.everyMinutes must be a whole number from 1 to 240.',
      },
    ]);
    expect(loaded.changed).toBe(true);
  });

  it('never throws on garbage of any type, and always gives valid settings', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({ version: fc.anything(), savedAt: fc.anything(), settings: fc.anything() }),
          fc.record({ version: fc.integer({ min: -3, max: 5 }), settings: fc.anything() }),
        ),
        (stored) => {
          const loaded = loadSettings(stored);
          expect(loadSettings({ version: SETTINGS_VERSION, savedAt: 0, settings: loaded.settings })).toEqual({
            settings: loaded.settings,
            errors: [],
            changed: false,
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('has no migrations yet: version 1 is the first shape', () => {
    expect(SETTINGS_VERSION).toBe(1);
    expect(MIGRATIONS).toEqual([]);
  });

  describe('with a list of migrations', () => {
    const calls: number[] = [];
    // v1 called intervals "stretchEvery"; v2 nested them; v3 renamed idle; v4 is current.
    const steps: Migration[] = [
      {
        from: 1,
        note: 'v1 → v2: nest the stretch interval',
        up: (old) => {
          calls.push(1);
          const { stretchEvery, ...rest } = old;
          return { ...rest, stretchBreak: { everyMinutes: stretchEvery } };
        },
      },
      {
        from: 2,
        note: 'v2 → v3: rename idleMinutes',
        up: (old) => {
          calls.push(2);
          const { idleMinutes, ...rest } = old;
          return { ...rest, idleResetMinutes: idleMinutes };
        },
      },
      {
        from: 3,
        note: 'v3 → v4: a trail, to check the order',
        up: (old) => {
          calls.push(3);
          return { ...old, trail: [...((old.trail as number[]) ?? []), 3] };
        },
      },
    ];

    it('runs every step from the stored version, in order', () => {
      calls.length = 0;
      const loaded = loadSettings({ version: 1, savedAt: 0, settings: { stretchEvery: 30, idleMinutes: 9 } }, steps, 4);
      expect(calls).toEqual([1, 2, 3]);
      expect(loaded.settings.stretchBreak.everyMinutes).toBe(30);
      expect(loaded.settings.idleResetMinutes).toBe(9);
      expect(loaded.changed).toBe(true);
      expect(loaded.errors).toEqual([]);
    });

    it('skips the steps older than the stored version', () => {
      calls.length = 0;
      const loaded = loadSettings({ version: 2, savedAt: 0, settings: { idleMinutes: 7 } }, steps, 4);
      expect(calls).toEqual([2, 3]);
      expect(loaded.settings.idleResetMinutes).toBe(7);
      expect(loaded.changed).toBe(true);
    });

    it('stops at the target version', () => {
      calls.length = 0;
      loadSettings({ version: 1, savedAt: 0, settings: { stretchEvery: 30 } }, steps, 2);
      expect(calls).toEqual([1]);
    });

    it('runs nothing for settings already at the target version', () => {
      calls.length = 0;
      const loaded = loadSettings({ version: 4, savedAt: 0, settings: { idleResetMinutes: 3 } }, steps, 4);
      expect(calls).toEqual([]);
      expect(loaded).toEqual({ settings: { ...defaultSettings(), idleResetMinutes: 3 }, errors: [], changed: false });
    });

    it('treats a missing or broken version as the current one', () => {
      for (const version of [undefined, '1', 1.5, null]) {
        calls.length = 0;
        loadSettings({ version, savedAt: 0, settings: {} }, steps, 4);
        expect(calls).toEqual([]);
      }
    });

    it('hands a step an empty object when the stored body is not one', () => {
      calls.length = 0;
      const seen: unknown[] = [];
      const spy: Migration[] = [
        {
          from: 1,
          note: 'spy',
          up: (old) => {
            seen.push(old);
            return old;
          },
        },
      ];
      loadSettings({ version: 1, savedAt: 0, settings: 'garbled' }, spy, 2);
      loadSettings({ version: 1, savedAt: 0 }, spy, 2);
      expect(seen).toEqual([{}, {}]);
    });

    it('keeps what validates from a newer version and says so', () => {
      calls.length = 0;
      const loaded = loadSettings(
        { version: 9, savedAt: 0, settings: { idleResetMinutes: 8, futureField: true } },
        steps,
        4,
      );
      expect(calls).toEqual([]);
      expect(loaded.settings.idleResetMinutes).toBe(8);
      expect(worded(loaded.errors)).toEqual([
        { field: '', message: 'Settings were saved by a newer version (9); unknown fields were ignored.' },
      ]);
    });
  });
});

describe('unreadable stored settings', () => {
  it.each([42, 'x', [], {}, { version: 1 }])('reports %j instead of silently using defaults', (stored) => {
    const loaded = loadSettings(stored);
    expect(loaded.settings).toEqual(defaultSettings());
    expect(worded(loaded.errors)[0]?.message).toMatch(/could not be read/);
    expect(loaded.changed).toBe(true);
  });
});
