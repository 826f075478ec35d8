import { describe, expect, it } from 'vitest';
import { describeChange, describeValue, fieldLabel } from '../../../src/options/preset-labels';
import { resetLanguageForTests } from '../../../src/platform/i18n';
import { useLanguage } from '../../fake-i18n';

describe('preset labels', () => {
  it('names a field and its values, with the unit after a number', () => {
    expect(describeChange('stretchBreak.durationMinutes', 5, 6)).toBe('Stretch break length: 5 → 6 min');
    expect(describeValue('stretchBreak.everyMinutes', 30)).toBe('Stretch breaks every: 30 min');
    expect(describeValue('microBreak.durationSeconds', 20)).toBe('Eye rest length: 20 s');
    expect(describeChange('checklist.recheckDays', 90, 30)).toBe('Checklist suggested again after: 90 → 30 days');
    expect(describeValue('checklist.recheckDays', 1)).toBe('Checklist suggested again after: 1 day');
    expect(describeValue('routine.atOffice', true)).toBe('At the office: on');
    expect(describeChange('stretchBreak.enabled', true, false)).toBe('Stretch breaks: on → off');
    expect(describeValue('workHours.start', '09:00')).toBe('Working hours from: 09:00');
    expect(describeValue('routine.equipment', [])).toBe('Equipment: none');
    expect(fieldLabel('no.such')).toBe('no.such');
  });

  it('puts list entries and choices into words', () => {
    expect(describeValue('workHours.days', ['mon', 'fri'])).toBe('Working days: Mon, Fri');
    expect(describeValue('prompt.style', 'window')).toBe('How reminders appear: Sitwell window');
    expect(describeValue('routine.positions', ['seated', 'x'])).toMatch(/^Positions: \S.*, x$/);
  });

  it('reads in the browser language', () => {
    useLanguage('fr');
    resetLanguageForTests();
    expect(describeChange('stretchBreak.everyMinutes', 50, 30)).toBe('Pauses étirements toutes les\u00a0: 50 → 30 min');
    expect(describeValue('workHours.days', ['mon'])).toBe('Jours de travail\u00a0: lun.');
    useLanguage('de');
    resetLanguageForTests();
    expect(describeValue('snooze.maxPerBreak', 2)).toBe('Wie oft später erinnern (pro Pause): 2');
    expect(describeValue('sitStand.enabled', false)).toBe('Sitzen–Stehen–Bewegen: aus');
  });
});
