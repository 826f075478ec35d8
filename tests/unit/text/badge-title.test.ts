import { afterEach, describe, expect, it } from 'vitest';
import { badgeTitle } from '../../../src/background/badge-title';
import type { Status } from '../../../src/core';
import { resetLanguageForTests } from '../../../src/platform/i18n';
import { formatClock, formatWhen } from '../../../src/shared/format';
import { statusText } from '../../../src/shared/status-text';
import { useLanguage } from '../../fake-i18n';

// The toolbar button's tooltip. The worker sets it only when it wakes, so it names clock times,
// never durations: every sentence must stay true until the next wake.

const NOW = new Date('2026-11-26T10:00:00').getTime();
const MIN = 60_000;
const AT = NOW + 27 * MIN;

const sitting = (over: Partial<Extract<Status, { stage: 'sitting' }>> = {}): Status => ({
  stage: 'sitting',
  sittingMinutes: 23,
  next: { kind: 'stretch', at: AT, minutes: 27 },
  away: false,
  posture: null,
  ...over,
});

const language = (lang: string) => {
  useLanguage(lang);
  resetLanguageForTests();
};

afterEach(() => language('en'));

describe('toolbar tooltip', () => {
  it('names the next break by its clock time, not a countdown', () => {
    const title = badgeTitle(sitting(), NOW);
    expect(title).toBe(`Sitwell — Stretch break at ${formatClock(AT)}`);
    expect(title).not.toMatch(/min/);
    // The same words still hold later in the wake's interval: only the clock moves on.
    expect(
      badgeTitle(sitting({ sittingMinutes: 40, next: { kind: 'stretch', at: AT, minutes: 10 } }), AT - 10 * MIN),
    ).toBe(title);
    expect(badgeTitle(sitting({ next: { kind: 'micro', at: AT, minutes: 27 } }), NOW)).toBe(
      `Sitwell — Eye rest at ${formatClock(AT)}`,
    );
  });

  it('adds the weekday when the time is not today', () => {
    const monday = new Date('2026-11-30T09:00:00').getTime();
    const title = badgeTitle(sitting({ next: { kind: 'stretch', at: monday, minutes: 5820 } }), NOW);
    expect(title).toBe(`Sitwell — Stretch break at ${formatWhen(monday, NOW)}`);
    expect(formatWhen(monday, NOW)).not.toBe(formatClock(monday));
  });

  it('names the next sit–stand–move change when it comes before the next break', () => {
    const change = NOW + 7 * MIN;
    const posture = { phase: 'stand' as const, minutes: 1, next: { phase: 'move' as const, at: change, minutes: 7 } };
    expect(badgeTitle(sitting({ posture }), NOW)).toBe(`Sitwell — Move about at ${formatClock(change)}`);
    const sit = { phase: 'move' as const, minutes: 1, next: { phase: 'sit' as const, at: change, minutes: 7 } };
    expect(badgeTitle(sitting({ posture: sit, next: null }), NOW)).toBe(`Sitwell — Sit down at ${formatClock(change)}`);
    const late = { ...posture, next: { phase: 'move' as const, at: AT + MIN, minutes: 28 } };
    expect(badgeTitle(sitting({ posture: late }), NOW)).toBe(`Sitwell — Stretch break at ${formatClock(AT)}`);
  });

  it('says when breaks are off, the person is away or the break waits', () => {
    expect(badgeTitle(sitting({ next: null }), NOW)).toBe('Sitwell — All breaks are turned off');
    expect(badgeTitle(sitting({ away: true }), NOW)).toBe(
      'Sitwell — Away from the screen — the timer restarts when you are back',
    );
    expect(badgeTitle(sitting({ deferred: 'meeting' }), NOW)).toBe(
      'Sitwell — Stretch break waiting until your meeting ends',
    );
    expect(badgeTitle(sitting({ next: { kind: 'micro', at: NOW, minutes: 0 }, deferred: 'fullscreen' }), NOW)).toBe(
      'Sitwell — Eye rest waiting until you leave full screen',
    );
  });

  it('uses the status line for every other stage, whose words already stay true', () => {
    const until = new Date('2026-11-26T14:30:00').getTime();
    expect(badgeTitle({ stage: 'paused', until }, NOW)).toBe(`Sitwell — Paused until ${formatClock(until)}`);
    expect(badgeTitle({ stage: 'paused', until: null }, NOW)).toBe('Sitwell — Paused until you resume');
    expect(badgeTitle({ stage: 'prompted', kind: 'stretch', since: NOW }, NOW)).toBe(
      'Sitwell — Time for a stretch break',
    );
    expect(badgeTitle({ stage: 'taking', kind: 'micro', endsAt: NOW, secondsLeft: 20 }, NOW)).toBe(
      'Sitwell — On an eye rest',
    );
    expect(badgeTitle({ stage: 'off-hours', resumesAt: null }, NOW)).toBe('Sitwell — Outside working hours');
    const monday = new Date('2026-11-30T09:00:00').getTime();
    expect(badgeTitle({ stage: 'off-hours', resumesAt: monday }, NOW)).toBe(
      `Sitwell — Outside working hours · back at ${formatWhen(monday, NOW)}`,
    );
    for (const status of [
      { stage: 'paused', until },
      { stage: 'off-hours', resumesAt: monday },
      { stage: 'prompted', kind: 'micro', since: NOW },
    ] as Status[]) {
      expect(badgeTitle(status, NOW)).toBe(`Sitwell — ${statusText(status, NOW)}`);
    }
  });

  it('comes out whole in every language', () => {
    language('de');
    expect(badgeTitle(sitting(), NOW)).toBe(`Sitwell – Dehnpause um ${formatClock(AT)}`);
    expect(badgeTitle({ stage: 'off-hours', resumesAt: null }, NOW)).toBe('Sitwell – Außerhalb der Arbeitszeit');
    language('es');
    expect(badgeTitle(sitting({ next: { kind: 'micro', at: AT, minutes: 27 } }), NOW)).toBe(
      `Sitwell: Próximo descanso visual: ${formatClock(AT)}`,
    );
    language('fr');
    expect(badgeTitle(sitting({ next: null }), NOW)).toBe('Sitwell – Toutes les pauses sont désactivées');
  });
});
