import { describe, expect, it } from 'vitest';
import { breakTitle, windowTitle } from '../../../src/break/break-page';
import { spoken } from '../../../src/break/countdown';
import { resetLanguageForTests } from '../../../src/platform/i18n';
import { useLanguage } from '../../fake-i18n';

function inLanguage(lang: string): void {
  useLanguage(lang);
  resetLanguageForTests();
}

describe('break page words', () => {
  it('names the time left the way screen readers say it', () => {
    expect(spoken(30)).toBe('30 seconds');
    expect(spoken(1)).toBe('1 second');
    expect(spoken(60)).toBe('1 minute');
    expect(spoken(120)).toBe('2 minutes');
    expect(spoken(150)).toBe('2 minutes 30 seconds');
  });

  it('titles the page after the break kind', () => {
    expect(breakTitle('stretch')).toBe('Stretch break');
    expect(breakTitle('micro')).toBe('Eye rest');
    expect(windowTitle('stretch')).toBe('Stretch break — Sitwell');
  });

  it('speaks German, Spanish and French', () => {
    inLanguage('de');
    expect(spoken(150)).toBe('2 Minuten und 30 Sekunden');
    expect(spoken(60)).toBe('1 Minute');
    expect(breakTitle('micro')).toBe('Augenpause');
    inLanguage('es');
    expect(spoken(90)).toBe('1 minuto y 30 segundos');
    expect(breakTitle('stretch')).toBe('Descanso para estirar');
    inLanguage('fr');
    expect(spoken(30)).toBe('30 secondes');
    expect(windowTitle('micro')).toBe('Pause pour les yeux – Sitwell');
  });
});
