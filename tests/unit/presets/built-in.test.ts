import { describe, expect, it } from 'vitest';
import { KEBAB_CASE } from '../../../src/core/checklist/merge';
import { BUILT_IN_PRESETS, builtInPreset, presetInWords } from '../../../src/core/presets/built-in';
import { effectiveSettings } from '../../../src/core/presets/layers';
import { validatePartialSettings } from '../../../src/core/presets/partial-settings';
import { parsePreset } from '../../../src/core/presets/preset';
import { resetLanguageForTests, say } from '../../../src/platform/i18n';
import { useLanguage } from '../../fake-i18n';

describe('built-in presets', () => {
  it('each one parses as a preset file and its settings validate', () => {
    for (const builtIn of BUILT_IN_PRESETS) {
      const { id } = builtIn;
      const preset = presetInWords(builtIn, say);
      expect(parsePreset(preset), id).toEqual({ ok: true, preset });
      expect(validatePartialSettings(preset.settings).errors, id).toEqual([]);
    }
  });

  it('has four presets with unique kebab-case ids and names', () => {
    const ids = BUILT_IN_PRESETS.map((p) => p.id);
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(4);
    for (const id of ids) expect(id).toMatch(KEBAB_CASE);
    expect(new Set(BUILT_IN_PRESETS.map((p) => say(p.name))).size).toBe(4);
  });

  it('is frozen all the way down', () => {
    const preset = BUILT_IN_PRESETS[3];
    expect(Object.isFrozen(BUILT_IN_PRESETS)).toBe(true);
    expect(Object.isFrozen(preset?.settings.routine?.positions)).toBe(true);
    expect(() => {
      (preset?.settings.stretchBreak as { everyMinutes: number }).everyMinutes = 1;
    }).toThrow();
  });

  it('carries the timings of the content brief', () => {
    const apply = (id: string) =>
      effectiveSettings({ adminDefaults: {}, user: builtInPreset(id)?.settings ?? {}, enforced: {} });
    const office = apply('office-day');
    expect(office.stretchBreak).toEqual({ enabled: true, everyMinutes: 50, durationMinutes: 5 });
    expect(office.microBreak).toEqual({ enabled: true, everyMinutes: 20, durationSeconds: 20 });
    expect(apply('sit-stand-20-8-2').sitStand).toEqual({
      enabled: true,
      sitMinutes: 20,
      standMinutes: 8,
      moveMinutes: 2,
    });
    const eyes = apply('eye-care-20-20-20');
    expect(eyes.stretchBreak.enabled).toBe(false);
    expect(eyes.microBreak).toEqual({ enabled: true, everyMinutes: 20, durationSeconds: 20 });
    const back = apply('gentle-back');
    expect(back.stretchBreak).toEqual({ enabled: true, everyMinutes: 30, durationMinutes: 3 });
    expect(back.routine).toMatchObject({ positions: ['seated'], atOffice: true, focusAreas: ['lower-back', 'hips'] });
    const gentle = builtInPreset('gentle-back');
    expect(gentle && say(gentle.description)).toMatch(/doctor or physio.*stop any move that hurts/);
    expect(builtInPreset('nope')).toBeUndefined();
  });

  it('has its names and descriptions in every language, within the preset limits', () => {
    for (const lang of ['en', 'de', 'es', 'fr']) {
      useLanguage(lang);
      resetLanguageForTests();
      for (const builtIn of BUILT_IN_PRESETS) {
        const preset = presetInWords(builtIn, say);
        expect(preset.name, `${lang} ${builtIn.id}`).not.toMatch(/^pre_/);
        expect(parsePreset(preset).ok, `${lang} ${builtIn.id}`).toBe(true);
      }
    }
    expect(say(BUILT_IN_PRESETS[0]!.name)).toBe('Journée de bureau standard');
  });
});
