import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/core/settings/defaults';
import { validateSettings } from '../../../src/core/settings/validate';
import { resetLanguageForTests, say } from '../../../src/platform/i18n';
import { checkDraft, toDraft } from '../../../src/ui/settings-draft';
import { useLanguage } from '../../fake-i18n';

function inLanguage(lang: string): void {
  useLanguage(lang);
  resetLanguageForTests();
}

const draft = () => toDraft(defaultSettings());

describe('the settings form’s errors', () => {
  it('name fields in people’s words, keeping the allowed range', () => {
    const { errors } = checkDraft({ ...draft(), 'stretchBreak.everyMinutes': '0', 'checklist.recheckDays': '' });
    expect(errors['stretchBreak.everyMinutes']).toBe(
      'The time between stretch breaks must be a whole number from 1 to 240.',
    );
    expect(errors['checklist.recheckDays']).toBe(
      'The days before the checklist is suggested again must be a whole number from 1 to 365.',
    );
  });

  it('word both times of a working day that ends before it starts', () => {
    const { errors } = checkDraft({ ...draft(), 'workHours.start': '18:00', 'workHours.end': '09:00' });
    expect(errors['workHours.end']).toBe('The end time must be later than the start time.');
  });

  it('ask for a tick where a list may not be empty', () => {
    const { errors } = checkDraft({
      ...draft(),
      'workHours.enabled': true,
      'workHours.days': [],
      'routine.positions': [],
    });
    expect(errors['workHours.days']).toBe('The working days must name at least one day when working hours are on.');
    expect(errors['routine.positions']).toBe('Tick at least one position: seated, standing or on the floor.');
  });

  it('read in the browser’s language', () => {
    inLanguage('de');
    const { errors } = checkDraft({ ...draft(), 'snooze.minutes': '61', 'workHours.start': '' });
    expect(errors['snooze.minutes']).toBe(
      'Die Wartezeit beim späteren Erinnern muss eine ganze Zahl von 1 bis 60 sein.',
    );
    expect(errors['workHours.start']).toBe('Die Startzeit muss eine Uhrzeit im Format HH:MM sein (00:00 bis 23:59).');
  });
});

describe('the validator’s messages outside the form', () => {
  it('keep the dotted path, for files and stored settings', () => {
    const [error] = validateSettings({ snooze: { maxPerBreak: 11 } }).errors;
    expect(error?.message).toEqual({ key: 'set_err_number', subs: ['snooze.maxPerBreak', 0, 10] });
    inLanguage('fr');
    expect(say(error!.message)).toBe('snooze.maxPerBreak doit être un nombre entier de 0 à 10.');
  });

  it('name what a list holds in the reader’s language', () => {
    inLanguage('es');
    const [error] = validateSettings({ routine: { equipment: ['piano'] } }).errors;
    expect(say(error!.message)).toBe(
      'routine.equipment solo puede contener material de esta lista: chair, desk, wall, resistance-band, dumbbells, mat.',
    );
  });
});
