import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SETTINGS_FIELDS, validatePartialSettings } from '../../../src/core/presets/partial-settings';
import { PRESET_MAX_BYTES, type PresetResult, parsePreset, parsePresetText } from '../../../src/core/presets/preset';
import { CHECKLIST_ITEMS, CHECKLIST_SECTIONS } from '../../../src/data/checklist';
import { say } from '../../../src/platform/i18n';

const checklist = { sections: CHECKLIST_SECTIONS, items: CHECKLIST_ITEMS };

/** Either a clean rejection or a preset whose settings pass validation with no complaint. */
function sound(result: PresetResult): void {
  if (!result.ok) {
    expect(result.errors.length).toBeGreaterThan(0);
    // Each problem is a message that reads as a sentence, never a blank or a missing name.
    for (const e of result.errors) expect(say(e)).toMatch(/\w/);
    for (const e of result.errors) expect(say(e)).not.toMatch(/^pre_|^set_|^cl_/);
    return;
  }
  expect(validatePartialSettings(result.preset.settings).errors).toEqual([]);
  expect(result.preset.format).toBe('sitwell-preset');
}

// Values near the edges of what settings accept, so most random objects are almost valid.
const value = fc.oneof(
  fc.integer({ min: -5, max: 500 }),
  fc.boolean(),
  fc.constantFrom('09:00', '17:30', '24:00', 'window', 'notification', 'seated', 'mon', ''),
  fc.subarray(['mon', 'sun', 'seated', 'floor', 'chair', 'hips', 'sofa']),
  fc.anything(),
);
const [sections, keys] = [
  [
    'stretchBreak',
    'microBreak',
    'snooze',
    'workHours',
    'prompt',
    'routine',
    'sitStand',
    'postureCheck',
    'checklist',
    'other',
  ],
  [...new Set(SETTINGS_FIELDS.map((f) => f.split('.').pop() as string)), 'foo', '__proto__', 'constructor'],
];
const settingsLike = fc.dictionary(
  fc.constantFrom(...sections, 'idleResetMinutes'),
  fc.oneof(fc.dictionary(fc.constantFrom(...keys), value), value),
);
const presetLike = fc.record(
  {
    format: fc.oneof(fc.constant('sitwell-preset'), fc.anything()),
    version: fc.oneof(fc.constant(1), fc.anything()),
    name: fc.oneof(fc.string({ maxLength: 90 }), fc.anything()),
    description: fc.oneof(fc.string(), fc.anything()),
    settings: fc.oneof(settingsLike, fc.anything()),
    checklistItems: fc.oneof(fc.array(fc.anything(), { maxLength: 3 }), fc.anything()),
  },
  { requiredKeys: [] },
);

/** Some generated values (BigInt) cannot become JSON; their text form is junk input just the same. */
function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v) ?? 'undefined';
  } catch {
    return '{not json';
  }
}

describe('preset parsing never throws (fuzz)', () => {
  it('survives anything at all', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withNullPrototype: true }), (v) => {
        sound(parsePreset(v, checklist));
        sound(parsePresetText(safeJson(v), checklist));
      }),
      { numRuns: 1000 },
    );
  });

  it('survives any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => sound(parsePresetText(text))),
      { numRuns: 1000 },
    );
  });

  it('survives settings-shaped objects and keeps only valid settings', () => {
    fc.assert(
      fc.property(presetLike, (v) => {
        sound(parsePreset(v, checklist));
        sound(parsePresetText(JSON.stringify(v), checklist));
      }),
      { numRuns: 1500 },
    );
  });

  it('accepts whatever validatePartialSettings kept, unchanged', () => {
    fc.assert(
      fc.property(settingsLike, (raw) => {
        const { settings } = validatePartialSettings(raw);
        const preset = { format: 'sitwell-preset', version: 1, name: 'Kept', settings };
        expect(parsePresetText(JSON.stringify(preset))).toEqual({ ok: true, preset });
      }),
      { numRuns: 500 },
    );
  });

  it('rejects anything over the size cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4000 }), (extra) => {
        const text = `{"format":"sitwell-preset","version":1,"name":"x","settings":{}}${' '.repeat(PRESET_MAX_BYTES + extra)}`;
        const result = parsePresetText(text);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 50 },
    );
  });
});
