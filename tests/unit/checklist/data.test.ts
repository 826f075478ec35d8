import { describe, expect, it } from 'vitest';
import { KEBAB_CASE } from '../../../src/core/checklist/merge';
import { POSTURE_QUESTIONS, POSTURE_TOPICS } from '../../../src/core/checklist/types';
import {
  CHECKLIST_ITEMS,
  CHECKLIST_SECTIONS,
  checklistItemById,
  summarizeChecklist,
} from '../../../src/data/checklist';
import { SOURCE } from '../../../src/data/checklist-sources';
import { LANGUAGES } from '../../../src/locales/keys';
import { resetLanguageForTests } from '../../../src/platform/i18n';
import {
  builtInTip,
  itemSource,
  itemStatement,
  itemTip,
  questionText,
  sectionTitle,
} from '../../../src/ui/checklist-text';
import { useLanguage } from '../../fake-i18n';
import { readAreas, readMessages } from '../../locale-files';

const summary = summarizeChecklist();
const perSection = summary.bySection.map((s) => `${s.id} ${s.items}`).join(', ');
const FEATURED_SECTIONS = ['chair', 'feet', 'reach'];
const part = (id: string) => id.replace(/-/g, '_');

describe('the workstation checklist', () => {
  it(`holds ${summary.total} items, at least 30, in eight sections (${perSection})`, () => {
    expect(summary.total).toBeGreaterThanOrEqual(30);
    expect(CHECKLIST_SECTIONS.map(sectionTitle)).toEqual([
      'Chair and lumbar support',
      'Feet and legs',
      'Reach zones',
      'Screen',
      'Keyboard and mouse',
      'Head, neck and shoulders',
      'Light and surroundings',
      'Habits',
    ]);
    for (const { id, items } of summary.bySection) expect(items, id).toBeGreaterThanOrEqual(4);
    expect(summary.bySection.reduce((sum, s) => sum + s.items, 0)).toBe(summary.total);
  });

  it('has unique kebab-case ids for its sections and items', () => {
    const sectionIds = CHECKLIST_SECTIONS.map((s) => s.id);
    const itemIds = CHECKLIST_ITEMS.map((i) => i.id);
    expect(new Set(sectionIds).size).toBe(sectionIds.length);
    expect(new Set(itemIds).size).toBe(itemIds.length);
    expect([...sectionIds, ...itemIds].filter((id) => !KEBAB_CASE.test(id))).toEqual([]);
  });

  it('puts the three featured topics first: lumbar support, feet and reach zones', () => {
    expect(CHECKLIST_SECTIONS.filter((s) => s.featured).map((s) => s.id)).toEqual(FEATURED_SECTIONS);
    expect(CHECKLIST_SECTIONS.slice(0, 3).every((s) => s.featured)).toBe(true);
    const featured = CHECKLIST_ITEMS.filter((i) => i.featured);
    expect(featured.map((i) => i.id)).toEqual(['lumbar-support', 'feet-supported', 'reach-frequent']);
    // Each leads its section.
    for (const item of featured) expect(CHECKLIST_ITEMS.find((i) => i.section === item.section)).toBe(item);
    expect(summary.featured).toBe(3);
  });

  it('groups items by section, in section order', () => {
    const order = CHECKLIST_SECTIONS.map((s) => s.id);
    const ranks = CHECKLIST_ITEMS.map((i) => order.indexOf(i.section));
    expect(ranks.every((r) => r >= 0)).toBe(true);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('carries no words of its own: they are messages named by id', () => {
    for (const section of CHECKLIST_SECTIONS) expect(section, section.id).not.toHaveProperty('title');
    for (const item of CHECKLIST_ITEMS) {
      for (const field of ['statement', 'tip', 'source']) expect(item, item.id).not.toHaveProperty(field);
    }
  });

  it.each(CHECKLIST_ITEMS.map((i) => [i.id, i] as const))('%s has a statement, a tip and a known source', (_, i) => {
    for (const text of [itemStatement(i), itemTip(i)]) {
      expect(text).toMatch(/^[A-Z0-9].*[.!?]$/);
      expect(text.length).toBeLessThan(300);
    }
    expect(Object.values(SOURCE)).toContain(i.sourceId);
    expect(itemSource(i)).not.toMatch(/^cl_/);
  });

  it('gives the thresholds that make items checkable', () => {
    const statement = (id: string) => itemStatement(checklistItemById(id)!);
    expect(statement('screen-distance')).toContain('50–100 cm');
    expect(statement('screen-height')).toMatch(/top line.*at or slightly below my eye level/);
    expect(statement('screen-centre-angle')).toContain('15–20°');
    expect(statement('elbow-angle')).toContain('90–120°');
    expect(statement('thighs-level')).toMatch(/knees roughly as high as my hips/);
    expect(statement('reach-occasional')).toContain('one arm’s length');
    expect(itemTip(checklistItemById('lumbar-support')!)).toMatch(/cushion.*towel/);
    expect(builtInTip('feet-supported')).toContain('footrest');
  });

  it('is frozen to the last string', () => {
    expect(Object.isFrozen(CHECKLIST_ITEMS)).toBe(true);
    expect(Object.isFrozen(CHECKLIST_ITEMS[0])).toBe(true);
    expect(Object.isFrozen(CHECKLIST_SECTIONS[0])).toBe(true);
    expect(() => {
      (CHECKLIST_ITEMS[0] as { section: string }).section = 'changed';
    }).toThrow();
  });

  it('ties each quick posture question to a featured item', () => {
    expect(POSTURE_QUESTIONS.map((q) => q.id)).toEqual([...POSTURE_TOPICS]);
    for (const q of POSTURE_QUESTIONS) {
      expect(checklistItemById(q.itemId)?.featured, q.id).toBe(true);
      expect(questionText(q)).toMatch(/\?$/);
    }
    expect(Object.isFrozen(POSTURE_QUESTIONS[0])).toBe(true);
  });
});

describe.each(LANGUAGES)('the checklist in %s', (lang) => {
  const messages = readMessages(lang);
  const text = (key: string) => messages.get(key)?.message ?? '';

  it('has every section, statement, tip, source and question, and nothing for items that do not exist', () => {
    const wanted = [
      ...CHECKLIST_SECTIONS.map((s) => `cl_section_${part(s.id)}`),
      ...CHECKLIST_ITEMS.flatMap((i) => [`cl_${part(i.id)}_statement`, `cl_${part(i.id)}_tip`]),
      ...Object.values(SOURCE).map((id) => `cl_source_${part(id)}`),
      ...POSTURE_QUESTIONS.map((q) => q.key),
    ];
    for (const key of wanted) expect(text(key).trim(), key).not.toBe('');
    const shipped = Object.keys(readAreas(lang)['checklist-items.json'] ?? {}).filter(
      (k) => !k.startsWith('cl_merge_'),
    );
    expect(shipped.sort()).toEqual([...wanted].sort());
  });

  it('writes statements and tips as whole sentences, and questions as questions', () => {
    for (const item of CHECKLIST_ITEMS) {
      for (const key of [`cl_${part(item.id)}_statement`, `cl_${part(item.id)}_tip`]) {
        expect(text(key), key).toMatch(/^[¿¡]?[\p{Lu}0-9].*[.!?]$/u);
        expect(text(key).length, key).toBeLessThan(300);
      }
    }
    for (const q of POSTURE_QUESTIONS) expect(text(q.key), q.key).toMatch(/\?$/);
  });

  it('keeps every threshold exactly', () => {
    const statement = (id: string) => text(`cl_${part(id)}_statement`);
    expect(statement('screen-distance')).toContain('50–100 cm');
    expect(statement('screen-distance')).toContain('20–40');
    expect(statement('screen-centre-angle')).toContain('15–20°');
    expect(statement('elbow-angle')).toContain('90–120°');
    expect(statement('eyes-rest')).toMatch(/20.*6 m \(20 /);
  });

  it('is what the pages show in that language', () => {
    useLanguage(lang);
    resetLanguageForTests();
    const item = checklistItemById('screen-distance')!;
    expect(itemStatement(item)).toBe(text('cl_screen_distance_statement'));
    expect(sectionTitle(CHECKLIST_SECTIONS[0]!)).toBe(text('cl_section_chair'));
  });
});

describe('items added by a preset or policy', () => {
  it('show their own words in every language', () => {
    useLanguage('de');
    resetLanguageForTests();
    const extra = { id: 'own', section: 'desk', statement: 'My own statement.', tip: 'My own tip.', source: 'Team' };
    expect([itemStatement(extra), itemTip(extra), itemSource(extra)]).toEqual([
      'My own statement.',
      'My own tip.',
      'Team',
    ]);
    expect(sectionTitle({ id: 'desk', title: 'Standing desk', featured: false })).toBe('Standing desk');
    expect(itemSource({ id: 'no-source', section: 'desk', statement: 'x', tip: 'y' })).toBeUndefined();
  });
});
