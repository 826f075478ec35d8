import { describe, expect, it } from 'vitest';
import { CONTEXT_FACTS, EMERGENCY_SIGNS, SOON_SIGNS, SOURCES } from '../../../src/help/red-flags';
import { resetLanguageForTests, t } from '../../../src/platform/i18n';
import { useLanguage } from '../../fake-i18n';

const allKeys = [...EMERGENCY_SIGNS, ...SOON_SIGNS, ...CONTEXT_FACTS, ...SOURCES.map((s) => s.name)];

describe('the clinician page content', () => {
  it('names a message for every sign, fact and source, each once', () => {
    expect(new Set(allKeys).size).toBe(allKeys.length);
    for (const key of allKeys) expect(t(key), key).not.toBe(key);
  });

  it('reads in English by default', () => {
    expect(t(EMERGENCY_SIGNS[2]!)).toBe('Weakness, numbness or pins and needles in both legs at once.');
    expect(t('help_title')).toBe('When to see a clinician — Sitwell');
  });

  it.each(['de', 'es', 'fr'])('reads every sign in %s, keeping NHS and NICE', (lang) => {
    const english = allKeys.map((key) => t(key));
    useLanguage(lang);
    resetLanguageForTests();
    allKeys.forEach((key, i) => {
      expect(t(key), key).not.toBe(english[i]);
    });
    expect(t('help_source_nhs')).toMatch(/^NHS/);
    expect(t('help_source_nice')).toMatch(/^NICE Clinical Knowledge Summaries/);
    expect(t('help_now_intro')).toMatch(/999.*112.*911/);
  });

  it('links only to the NHS and NICE pages over https', () => {
    expect(SOURCES.map((s) => new URL(s.url).host)).toEqual(['www.nhs.uk', 'cks.nice.org.uk']);
  });
});
