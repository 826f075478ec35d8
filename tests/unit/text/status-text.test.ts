import { describe, expect, it } from 'vitest';
import { checkContent, postureContent, promptContent } from '../../../src/background/prompt-content';
import { defaultSettings, type Status } from '../../../src/core';
import { resetLanguageForTests } from '../../../src/platform/i18n';
import { formatClock, formatWhen } from '../../../src/shared/format';
import { breakName, statusText } from '../../../src/shared/status-text';
import { useLanguage } from '../../fake-i18n';

// The status line and the worker's notifications, as words: the English must read as it always
// has (end-to-end tests match it), and another language must come out whole, not in pieces.

const NOW = new Date('2026-11-26T10:00:00').getTime();
const MIN = 60_000;

const sitting = (over: Partial<Extract<Status, { stage: 'sitting' }>> = {}): Status => ({
  stage: 'sitting',
  sittingMinutes: 23,
  next: { kind: 'stretch', at: NOW + 27 * MIN, minutes: 27 },
  away: false,
  posture: null,
  ...over,
});

const german = () => {
  useLanguage('de');
  resetLanguageForTests();
};

describe('status line', () => {
  it('reads as before in English', () => {
    expect(statusText(sitting(), NOW)).toBe('Sitting for 23 min · stretch break in 27 min');
    expect(statusText(sitting({ next: { kind: 'micro', at: NOW, minutes: 0 } }), NOW)).toBe(
      'Sitting for 23 min · eye rest due now',
    );
    expect(statusText(sitting({ next: null }), NOW)).toBe('Sitting for 23 min · all breaks are turned off');
    expect(statusText(sitting({ away: true }), NOW)).toBe(
      'Away from the screen — the timer restarts when you are back',
    );
    expect(statusText({ stage: 'paused', until: null }, NOW)).toBe('Paused until you resume');
    expect(statusText({ stage: 'off-hours', resumesAt: null }, NOW)).toBe('Outside working hours');
    expect(statusText({ stage: 'prompted', kind: 'stretch', since: NOW }, NOW)).toBe('Time for a stretch break');
    expect(statusText({ stage: 'taking', kind: 'micro', endsAt: NOW, secondsLeft: 0 }, NOW)).toBe('On an eye rest');
  });

  it('shows the next sit–stand–move change when it comes before the next break', () => {
    const posture = {
      phase: 'stand' as const,
      minutes: 1,
      next: { phase: 'move' as const, at: NOW + 7 * MIN, minutes: 7 },
    };
    expect(statusText(sitting({ posture }), NOW)).toBe('Standing for 1 min · move about in 7 min');
    const late = { ...posture, next: { ...posture.next, at: NOW + 40 * MIN, minutes: 40 } };
    expect(statusText(sitting({ posture: late }), NOW)).toBe('Standing for 1 min · stretch break in 27 min');
  });

  it('puts times in, with the weekday when not today', () => {
    const until = new Date('2026-11-26T14:30:00').getTime();
    const tomorrow = until + 24 * 60 * MIN;
    expect(statusText({ stage: 'paused', until }, NOW)).toBe(`Paused until ${formatClock(until)}`);
    german();
    expect(statusText({ stage: 'off-hours', resumesAt: tomorrow }, NOW)).toBe(
      `Außerhalb der Arbeitszeit · wieder ab ${formatWhen(tomorrow, NOW)}`,
    );
    expect(formatWhen(tomorrow, NOW)).not.toBe(formatClock(tomorrow));
  });

  it('comes out whole in German, with the right article for each kind', () => {
    german();
    expect(statusText(sitting(), NOW)).toBe('Du sitzt seit 23 Min. · Dehnpause in 27 Min.');
    expect(statusText({ stage: 'prompted', kind: 'micro', since: NOW }, NOW)).toBe('Zeit für eine Augenpause');
    expect(breakName('stretch')).toBe('Dehnpause');
  });
});

describe('notifications', () => {
  const settings = defaultSettings();

  it('keeps the English words and buttons', () => {
    const micro = promptContent('micro', 1, settings);
    expect(micro.title).toBe('Rest your eyes');
    expect(micro.buttons).toEqual(['Start', `Snooze ${settings.snooze.minutes} min`]);
    expect(promptContent('stretch', 0, settings).buttons).toEqual(['Start']);
    expect(postureContent('stand', settings).title).toBe('Time to stand');
    expect(checkContent().buttons).toEqual(['All good', 'Answer one by one']);
  });

  it('counts minutes and seconds in the singular too', () => {
    const one = { ...settings, stretchBreak: { ...settings.stretchBreak, durationMinutes: 1 } };
    expect(promptContent('stretch', 1, one).message).toBe(
      "You've been sitting a while. A 1-minute stretch break is ready.",
    );
    const sit = { ...settings, sitStand: { ...settings.sitStand, sitMinutes: 1 } };
    expect(postureContent('sit', sit).message).toBe('Lower the desk and sit for about 1 minute.');
  });

  it('is translated, buttons included', () => {
    german();
    const stretch = promptContent('stretch', 1, settings);
    expect(stretch.title).toBe('Zeit zum Aufstehen und Dehnen');
    expect(stretch.buttons).toEqual(['Starten', `${settings.snooze.minutes} Min. später erinnern`]);
    expect(checkContent().buttons).toEqual(['Alles gut', 'Einzeln beantworten']);
  });
});
