import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, defaultSettings } from '../../../src/core/settings/defaults';
import { validateSettings } from '../../../src/core/settings/validate';

describe('default settings', () => {
  it('prompt a 5-minute stretch break every 50 minutes', () => {
    expect(defaultSettings().stretchBreak).toEqual({ enabled: true, everyMinutes: 50, durationMinutes: 5 });
  });

  it('prompt a 20-second micro-break every 20 minutes', () => {
    expect(defaultSettings().microBreak).toEqual({ enabled: true, everyMinutes: 20, durationSeconds: 20 });
  });

  it('count 5 minutes away as a natural break', () => {
    expect(defaultSettings().idleResetMinutes).toBe(5);
  });

  it('allow a 5-minute snooze at most twice per break', () => {
    expect(defaultSettings().snooze).toEqual({ minutes: 5, maxPerBreak: 2 });
  });

  it('leave work hours off', () => {
    expect(defaultSettings().workHours.enabled).toBe(false);
  });

  it('are valid by their own rules', () => {
    expect(validateSettings(defaultSettings())).toEqual({ settings: defaultSettings(), errors: [] });
  });

  it('hand out deep copies that cannot change the frozen defaults', () => {
    const s = defaultSettings();
    s.stretchBreak.everyMinutes = 1;
    s.workHours.days.push('sun');
    s.routine.positions.push('floor');
    expect(defaultSettings().stretchBreak.everyMinutes).toBe(50);
    expect(defaultSettings().workHours.days).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    expect(DEFAULT_SETTINGS.workHours.days).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    expect(defaultSettings().routine.positions).toEqual(['seated', 'standing']);
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
  });
});
