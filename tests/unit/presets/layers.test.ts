import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectiveSettings, lockedFields, withoutLocked } from '../../../src/core/presets/layers';
import {
  getPath,
  type PartialSettings,
  SETTINGS_FIELDS,
  validatePartialSettings,
} from '../../../src/core/presets/partial-settings';
import { DEFAULT_SETTINGS, defaultSettings } from '../../../src/core/settings/defaults';
import { LIMITS } from '../../../src/core/settings/limits';
import { validateSettings } from '../../../src/core/settings/validate';

/** Random layers: settings-shaped objects with any mix of good and bad values, validated as policy would be. */
const section = (fields: Record<string, fc.Arbitrary<unknown>>) => fc.record(fields, { requiredKeys: [] });
const rangeOf = (key: keyof typeof LIMITS) => fc.integer({ min: LIMITS[key].min - 2, max: LIMITS[key].max + 2 });
const rawLayer = section({
  stretchBreak: section({ enabled: fc.boolean(), everyMinutes: rangeOf('stretchBreak.everyMinutes') }),
  snooze: section({ minutes: rangeOf('snooze.minutes'), maxPerBreak: rangeOf('snooze.maxPerBreak') }),
  workHours: section({
    enabled: fc.boolean(),
    days: fc.subarray(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']),
    start: fc.constantFrom('00:00', '08:00', '12:30', '18:00', '23:59', '25:00'),
    end: fc.constantFrom('00:00', '09:00', '17:30', '23:59', 'late'),
  }),
  routine: section({ positions: fc.subarray(['seated', 'standing', 'floor']), atOffice: fc.boolean() }),
  idleResetMinutes: rangeOf('idleResetMinutes'),
});
const layer = rawLayer.map((raw) => validatePartialSettings(raw).settings);

describe('effectiveSettings', () => {
  it('gives the built-in defaults when every layer is empty', () => {
    expect(effectiveSettings({ adminDefaults: {}, user: {}, enforced: {} })).toEqual(DEFAULT_SETTINGS);
  });

  it('orders defaults < admin defaults < the person < enforced, and replaces lists whole', () => {
    const result = effectiveSettings({
      adminDefaults: { snooze: { minutes: 7, maxPerBreak: 1 }, routine: { positions: ['standing'] } },
      user: { snooze: { minutes: 9 }, routine: { positions: ['seated', 'floor'] } },
      enforced: { routine: { positions: ['seated'] } },
    });
    expect(result.snooze).toEqual({ minutes: 9, maxPerBreak: 1 });
    expect(result.routine.positions).toEqual(['seated']);
  });

  it('puts back non-enforced times that clash with an enforced one', () => {
    const result = effectiveSettings({
      adminDefaults: {},
      user: { workHours: { end: '08:00' } },
      enforced: { workHours: { start: '08:30' } },
    });
    expect(result.workHours).toMatchObject({ start: '08:30', end: '17:30' });
  });

  it('lets enforced fields win whatever the other layers hold (property)', () => {
    fc.assert(
      fc.property(layer, layer, layer, (adminDefaults, user, enforced) => {
        const result = effectiveSettings({ adminDefaults, user, enforced });
        for (const field of lockedFields(enforced))
          expect(getPath(result, field), field).toEqual(getPath(enforced, field));
        // The result is always a full settings object of the right shape.
        expect(Object.keys(result).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
      }),
    );
  });

  it('equals the person’s own settings when the admin parts are empty (property)', () => {
    fc.assert(
      fc.property(rawLayer, (raw) => {
        const user = validateSettings(raw).settings;
        expect(effectiveSettings({ adminDefaults: {}, user, enforced: {} })).toEqual(user);
      }),
    );
  });
});

describe('lockedFields and withoutLocked', () => {
  it('names each enforced field once, a list counting as one path', () => {
    const enforced: PartialSettings = {
      workHours: { days: ['mon'] },
      stretchBreak: { everyMinutes: 40 },
      idleResetMinutes: 3,
    };
    expect([...lockedFields(enforced)].sort()).toEqual([
      'idleResetMinutes',
      'stretchBreak.everyMinutes',
      'workHours.days',
    ]);
    expect(lockedFields({}).size).toBe(0);
  });

  it('drops locked fields from what the person saves or imports', () => {
    const locked = new Set(['stretchBreak.everyMinutes', 'workHours.days']);
    const user = defaultSettings();
    const kept = withoutLocked(user, locked);
    expect(getPath(kept, 'stretchBreak.everyMinutes')).toBeUndefined();
    expect(getPath(kept, 'workHours.days')).toBeUndefined();
    expect(kept.stretchBreak?.durationMinutes).toBe(5);
    expect(SETTINGS_FIELDS.filter((f) => getPath(kept, f) !== undefined)).toHaveLength(SETTINGS_FIELDS.length - 2);
    expect(withoutLocked({ stretchBreak: { everyMinutes: 10 } }, locked)).toEqual({});
  });
});
