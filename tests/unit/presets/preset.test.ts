import { describe, expect, it } from 'vitest';
import {
  PRESET_MAX_BYTES,
  type PresetResult,
  parsePreset,
  parsePresetText,
  presetChanges,
  toPresetFile,
} from '../../../src/core/presets/preset';
import { defaultSettings } from '../../../src/core/settings/defaults';
import { CHECKLIST_ITEMS, CHECKLIST_SECTIONS } from '../../../src/data/checklist';
import { say } from '../../../src/platform/i18n';

const checklist = { sections: CHECKLIST_SECTIONS, items: CHECKLIST_ITEMS };
const file = (extra: Record<string, unknown> = {}) => ({
  format: 'sitwell-preset',
  version: 1,
  name: 'Team A',
  settings: { stretchBreak: { everyMinutes: 45 } },
  ...extra,
});

/** A refused file's problems in words (English in tests); none for an accepted one. */
const errorsOf = (result: PresetResult) => (result.ok ? [] : result.errors.map(say));

describe('parsePresetText', () => {
  it('reads a good file', () => {
    const result = parsePresetText(JSON.stringify(file({ description: 'Ours' })));
    expect(result).toEqual({ ok: true, preset: { ...file(), description: 'Ours' } });
  });

  it('rejects bad JSON, oversize text and wrong format or version by name', () => {
    expect(errorsOf(parsePresetText('{'))).toEqual(['This file is not valid JSON.']);
    const big = parsePresetText(JSON.stringify(file({ description: 'é'.repeat(PRESET_MAX_BYTES / 2) })));
    expect(big.ok).toBe(false);
    expect(errorsOf(big)[0]).toMatch(/a preset may be at most 65,536 bytes \(64 KB\)\.$/);
    const wrong = parsePresetText(JSON.stringify(file({ format: 'other', version: 2 })));
    expect(errorsOf(wrong)).toEqual([
      'format must be "sitwell-preset" (found "other").',
      'version 2 is not supported; this Sitwell reads version 1.',
    ]);
  });

  it('is strict: one bad field rejects the file, and every problem is listed', () => {
    const result = parsePreset(
      file({ name: '', description: 7, extra: true, settings: { snooze: { minutes: 0 }, idleResetMinutes: 3 } }),
    );
    expect(result.ok).toBe(false);
    expect(errorsOf(result)).toEqual([
      'name must be a text of 1 to 80 characters.',
      'description, when given, must be a text of at most 500 characters.',
      'unknown field: extra',
      'settings.snooze.minutes must be a whole number from 1 to 60.',
    ]);
    expect(errorsOf(parsePreset(file({ format: undefined, version: [1] })))).toEqual([
      'format must be "sitwell-preset" (found nothing).',
      'version a list is not supported; this Sitwell reads version 1.',
    ]);
    expect(parsePreset(file({ settings: undefined })).ok).toBe(false);
    expect(parsePreset(file({ name: 'x'.repeat(81) })).ok).toBe(false);
    expect(parsePreset([]).ok).toBe(false);
  });

  it('checks checklist items with mergeItems and keeps the good ones trimmed', () => {
    const item = { id: 'team-item', section: 'chair', statement: ' Chair checked ', tip: 'Ask facilities.', colour: 1 };
    const ok = parsePreset(file({ checklistItems: [item] }), checklist);
    expect(ok.ok && ok.preset.checklistItems).toEqual([
      { id: 'team-item', section: 'chair', statement: 'Chair checked', tip: 'Ask facilities.' },
    ]);
    const bad = parsePreset(file({ checklistItems: [item, { id: 'Bad Id' }] }), checklist);
    expect(bad.ok).toBe(false);
    expect(errorsOf(bad)[0]).toMatch(/^checklistItems: Extra checklist item "Bad Id" was skipped/);
    const noList = parsePreset(file({ checklistItems: 'x' }));
    expect(noList.ok).toBe(false);
  });
});

describe('toPresetFile and presetChanges', () => {
  it('exports the current settings as a preset that parses back to the same', () => {
    const settings = defaultSettings();
    settings.snooze.minutes = 9;
    const preset = toPresetFile(' Mine ', '', settings);
    expect(preset).toEqual({ format: 'sitwell-preset', version: 1, name: 'Mine', settings });
    expect(parsePresetText(JSON.stringify(preset))).toEqual({ ok: true, preset });
    expect(toPresetFile('A', 'Notes', settings).description).toBe('Notes');
  });

  it('lists only fields whose value would change', () => {
    const current = defaultSettings();
    expect(
      presetChanges(current, {
        stretchBreak: { everyMinutes: 30, enabled: true },
        routine: { positions: ['seated'] },
        workHours: { days: ['mon', 'tue', 'wed', 'thu', 'fri'] },
      }),
    ).toEqual([
      { field: 'stretchBreak.everyMinutes', from: 50, to: 30 },
      { field: 'routine.positions', from: ['seated', 'standing'], to: ['seated'] },
    ]);
    expect(presetChanges(current, {})).toEqual([]);
  });
});
