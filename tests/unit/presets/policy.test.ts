import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../src/core/presets/policy';
import { resetLanguageForTests, say } from '../../../src/platform/i18n';
import { useLanguage } from '../../fake-i18n';

describe('parsePolicy', () => {
  it('gives an empty policy for nothing at all', () => {
    expect(parsePolicy(undefined)).toEqual({
      organization: null,
      enforced: {},
      defaults: {},
      checklistItems: [],
      presets: [],
      problems: [],
    });
    expect(parsePolicy('x').problems.map(say)).toEqual(['The policy must be an object; it was ignored.']);
  });

  it('keeps every good value and lists each bad one with its path', () => {
    const policy = parsePolicy({
      organization: ' Example Ltd ',
      enforced: { snooze: { minutes: 0, maxPerBreak: 1 }, stretchBreak: { everyMinutes: 45 } },
      defaults: { microBreak: { durationSeconds: 'long' }, prompt: { style: 'window' } },
      checklistItems: [{ id: 'a' }],
      presets: [
        { name: 'Team', settings: { idleResetMinutes: 4 } },
        { name: 'Broken', settings: { idleResetMinutes: 400 } },
        7,
      ],
      extra: 1,
    });
    expect(policy.organization).toBe('Example Ltd');
    expect(policy.enforced).toEqual({ snooze: { maxPerBreak: 1 }, stretchBreak: { everyMinutes: 45 } });
    expect(policy.defaults).toEqual({ prompt: { style: 'window' } });
    expect(policy.checklistItems).toEqual([{ id: 'a' }]);
    expect(policy.presets.map((p) => p.name)).toEqual(['Team']);
    expect(policy.problems.map(say)).toEqual([
      'unknown policy: extra',
      'enforced.snooze.minutes must be a whole number from 1 to 60.',
      'defaults.microBreak.durationSeconds must be a whole number from 5 to 300.',
      'presets: preset "Broken" was skipped: settings.idleResetMinutes must be a whole number from 1 to 60.',
      'presets: preset number 3 was skipped: it must be an object',
    ]);
  });

  it('ignores wrongly typed parts one at a time', () => {
    const policy = parsePolicy({
      organization: 3,
      enforced: [],
      checklistItems: {},
      presets: 'x',
      defaults: { idleResetMinutes: 2 },
    });
    expect(policy.defaults).toEqual({ idleResetMinutes: 2 });
    expect(policy.problems.map(say)).toEqual([
      'organization must be a non-empty text.',
      'enforced must be an object.',
      'checklistItems must be a list; it was ignored.',
      'presets must be a list; it was ignored.',
    ]);
  });

  it('words its problems in the browser language', () => {
    useLanguage('de');
    resetLanguageForTests();
    const policy = parsePolicy({ presets: [{ name: 'Team', settings: { idleResetMinutes: 400 } }, 7] });
    expect(policy.problems.map(say)).toEqual([
      'presets: Vorlage „Team“ wurde übersprungen: settings.idleResetMinutes muss eine ganze Zahl von 1 bis 60 sein.',
      'presets: Vorlage Nummer 2 wurde übersprungen: sie muss ein Objekt sein',
    ]);
  });
});
