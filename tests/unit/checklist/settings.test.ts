import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/core/settings/defaults';
import { LIMITS } from '../../../src/core/settings/limits';
import { loadSettings, SETTINGS_VERSION } from '../../../src/core/settings/migrate';
import { validateSettings } from '../../../src/core/settings/validate';
import { say } from '../../../src/platform/i18n';

/** Setting errors as a person reads them (the fake browser speaks English). */
const said = (errors: readonly { field: string; message: Parameters<typeof say>[0] }[]) =>
  errors.map((e) => ({ field: e.field, message: say(e.message) }));

describe('posture check and checklist settings', () => {
  it('default to a posture check every 2 hours and a checklist recheck after 30 days', () => {
    expect(defaultSettings().postureCheck).toEqual({ enabled: true, everyMinutes: 120 });
    expect(defaultSettings().checklist).toEqual({ recheckDays: 30 });
    expect(LIMITS['postureCheck.everyMinutes']).toEqual({ min: 1, max: 480 });
    expect(LIMITS['checklist.recheckDays']).toEqual({ min: 1, max: 365 });
  });

  it('load with their defaults and no errors from settings stored before they existed', () => {
    expect(SETTINGS_VERSION).toBe(1);
    const older = defaultSettings() as unknown as Record<string, unknown>;
    delete older.postureCheck;
    delete older.checklist;
    const loaded = loadSettings({ version: 1, savedAt: 0, settings: { ...older, idleResetMinutes: 7 } });
    expect(loaded.errors).toEqual([]);
    expect(loaded.changed).toBe(false);
    expect(loaded.settings.postureCheck).toEqual({ enabled: true, everyMinutes: 120 });
    expect(loaded.settings.checklist).toEqual({ recheckDays: 30 });
    expect(loaded.settings.idleResetMinutes).toBe(7);
  });

  it('are checked field by field, naming the field and its range', () => {
    const { settings, errors } = validateSettings({
      postureCheck: { enabled: 'yes', everyMinutes: 481 },
      checklist: { recheckDays: 0 },
    });
    expect(settings.postureCheck).toEqual({ enabled: true, everyMinutes: 120 });
    expect(settings.checklist).toEqual({ recheckDays: 30 });
    expect(said(errors)).toEqual([
      { field: 'postureCheck.enabled', message: 'postureCheck.enabled must be true or false.' },
      {
        field: 'postureCheck.everyMinutes',
        message: 'postureCheck.everyMinutes must be a whole number from 1 to 480.',
      },
      { field: 'checklist.recheckDays', message: 'checklist.recheckDays must be a whole number from 1 to 365.' },
    ]);
  });

  it('keep a good field beside a bad one', () => {
    const { settings, errors } = validateSettings({ postureCheck: { enabled: false, everyMinutes: 'often' } });
    expect(settings.postureCheck).toEqual({ enabled: false, everyMinutes: 120 });
    expect(errors.map((e) => e.field)).toEqual(['postureCheck.everyMinutes']);
    expect(said(validateSettings({ checklist: [] }).errors)).toEqual([
      { field: 'checklist', message: 'checklist must be an object.' },
    ]);
  });
});
