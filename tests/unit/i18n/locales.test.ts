import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/locales/keys';
import { type Messages, readAreas } from '../../locale-files';

// Every language ships every message, with the same values in it: a missing key would fall back
// to English mid-sentence, and a missing $2 would drop a number from a sentence.

const english = readAreas('en');
const placeholdersOf = (message: string) =>
  [...message.replace(/\$\$/g, '').matchAll(/\$([1-9])/g)].map((m) => m[1]).sort((a, b) => Number(a) - Number(b));
const setOf = (message: string) => [...new Set(placeholdersOf(message))];

describe('locale files', () => {
  it('ships English, German, Spanish and French', () => {
    expect(LANGUAGES).toEqual(['en', 'de', 'es', 'fr']);
  });

  it('names every message in lower case with letters, digits and underscores, once across areas', () => {
    const seen = new Map<string, string>();
    for (const [file, area] of Object.entries(english)) {
      for (const key of Object.keys(area)) {
        expect(key, `${file}: ${key}`).toMatch(/^[a-z][a-z0-9_]*$/);
        expect(seen.get(key), `${key} is in ${seen.get(key)} and ${file}`).toBeUndefined();
        seen.set(key, file);
      }
    }
  });

  it('gives every English message text, and a description wherever it takes values', () => {
    for (const [file, area] of Object.entries(english)) {
      for (const [key, entry] of Object.entries(area)) {
        expect(entry.message.trim(), `${file}: ${key}`).not.toBe('');
        if (setOf(entry.message).length > 0)
          expect(entry.description, `${file}: ${key} needs a description`).toBeTruthy();
      }
    }
  });

  it('pairs every counted message: _one with _other', () => {
    const keys = new Set(Object.values(english).flatMap((area) => Object.keys(area)));
    for (const key of keys) {
      if (key.endsWith('_one')) expect(keys.has(key.replace(/_one$/, '_other')), key).toBe(true);
    }
  });

  for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
    describe(lang, () => {
      const areas = readAreas(lang);

      it('has the same area files as English', () => {
        expect(Object.keys(areas)).toEqual(Object.keys(english));
      });

      it('has exactly the English keys in each area', () => {
        for (const [file, area] of Object.entries(english)) {
          expect(Object.keys(areas[file] ?? {}).sort(), `${lang}/${file}`).toEqual(Object.keys(area).sort());
        }
      });

      it('uses the same values ($1…$9) as English in every message, and no empty text', () => {
        for (const [file, area] of Object.entries(english)) {
          const translated: Messages = areas[file] ?? {};
          for (const [key, entry] of Object.entries(area)) {
            const other = translated[key];
            if (!other) continue; // reported by the test above
            expect(other.message.trim(), `${lang}/${file}: ${key}`).not.toBe('');
            expect(setOf(other.message), `${lang}/${file}: ${key}`).toEqual(setOf(entry.message));
          }
        }
      });
    });
  }
});

describe('locale_code', () => {
  it('names each folder’s own language', () => {
    for (const lang of LANGUAGES) expect(readAreas(lang)['common.json']?.locale_code?.message).toBe(lang);
  });
});
