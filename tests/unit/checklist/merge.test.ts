import { describe, expect, it } from 'vitest';
import { type Checklist, type MergeError, mergeItems } from '../../../src/core/checklist/merge';
import { CHECKLIST_ITEMS, CHECKLIST_SECTIONS } from '../../../src/data/checklist';
import { resetLanguageForTests, say } from '../../../src/platform/i18n';
import { useLanguage } from '../../fake-i18n';

const builtIn: Checklist = { sections: CHECKLIST_SECTIONS, items: CHECKLIST_ITEMS };
/** The errors as a person reads them (English unless a test switches). */
const said = (errors: readonly MergeError[]) => errors.map((e) => ({ index: e.index, message: say(e.message) }));
const good = (id: string, section: unknown = 'screen') => ({
  id,
  section,
  statement: 'My second screen sits beside the first at the same height.',
  tip: 'Put both screens on matching stands.',
});

describe('mergeItems', () => {
  it('returns the built-in checklist untouched when there is nothing to add', () => {
    for (const nothing of [undefined, null, []]) {
      const merged = mergeItems(builtIn, nothing);
      expect(merged.items).toEqual(CHECKLIST_ITEMS);
      expect(merged.sections).toEqual(CHECKLIST_SECTIONS);
      expect(merged.errors).toEqual([]);
    }
  });

  it('appends good items to the end of their section, keeping everything else in order', () => {
    const merged = mergeItems(builtIn, [good('second-screen'), { ...good('desk-phone', 'chair'), source: ' Team ' }]);
    expect(merged.errors).toEqual([]);
    expect(merged.items).toHaveLength(CHECKLIST_ITEMS.length + 2);
    const ids = merged.items.map((i) => i.id);
    const lastOf = (section: string) => CHECKLIST_ITEMS.filter((i) => i.section === section).at(-1)?.id as string;
    expect(ids.indexOf('second-screen')).toBe(ids.indexOf(lastOf('screen')) + 1);
    expect(ids.indexOf('desk-phone')).toBe(ids.indexOf(lastOf('chair')) + 1);
    expect(merged.items.find((i) => i.id === 'desk-phone')).toEqual({
      id: 'desk-phone',
      section: 'chair',
      statement: good('x').statement,
      tip: good('x').tip,
      source: 'Team',
    });
    expect(merged.items.filter((i) => !ids.includes(i.id))).toEqual([]);
    expect(merged.items.filter((i) => CHECKLIST_ITEMS.includes(i))).toEqual(CHECKLIST_ITEMS);
  });

  it('adds a new section after the built-in ones, never featured, and lets later items name it', () => {
    const merged = mergeItems(builtIn, [
      good('standing-mat', { id: 'standing', title: 'Standing desk' }),
      good('desk-height-standing', 'standing'),
      good('monitor-arm', { id: 'standing', title: 'Another title' }),
    ]);
    expect(merged.errors).toEqual([]);
    expect(merged.sections.at(-1)).toEqual({ id: 'standing', title: 'Standing desk', featured: false });
    expect(merged.sections).toHaveLength(CHECKLIST_SECTIONS.length + 1);
    expect(merged.items.slice(-3).map((i) => i.id)).toEqual(['standing-mat', 'desk-height-standing', 'monitor-arm']);
  });

  it('ignores fields it does not know, featured among them', () => {
    const merged = mergeItems(builtIn, [{ ...good('own-item'), featured: true, colour: 'red' }]);
    expect(merged.items.find((i) => i.id === 'own-item')).not.toHaveProperty('featured');
    expect(merged.items.find((i) => i.id === 'own-item')).not.toHaveProperty('colour');
  });

  it.each([
    [
      'not an object',
      'just text',
      'Extra checklist item number 2 was skipped: it must be an object with id, section, statement and tip.',
    ],
    [
      'an id that is not kebab-case',
      good('Second_Screen'),
      'Extra checklist item "Second_Screen" was skipped: id must be kebab-case (lowercase letters and digits, words joined by single hyphens).',
    ],
    [
      'no id',
      { ...good('x'), id: undefined },
      'Extra checklist item number 2 was skipped: id must be kebab-case (lowercase letters and digits, words joined by single hyphens).',
    ],
    [
      'an unknown section id',
      good('x-item', 'garden'),
      'Extra checklist item "x-item" was skipped: section "garden" is not a known section (known: chair, feet, reach, screen, keyboard-mouse, head-neck, light, habits); a new one is given as { id, title }.',
    ],
    [
      'a section that is neither an id nor an object',
      good('x-item', 7),
      'Extra checklist item "x-item" was skipped: section must be a known section id (chair, feet, reach, screen, keyboard-mouse, head-neck, light, habits) or a new section as { id, title }.',
    ],
    [
      'a new section without a title',
      good('x-item', { id: 'standing' }),
      'Extra checklist item "x-item" was skipped: section title must be a non-empty text under 300 characters.',
    ],
    [
      'a new section with a bad id',
      good('x-item', { id: 'Standing Desk', title: 'Standing desk' }),
      'Extra checklist item "x-item" was skipped: section id must be kebab-case (lowercase letters and digits, words joined by single hyphens).',
    ],
    [
      'an empty statement',
      { ...good('x-item'), statement: '   ' },
      'Extra checklist item "x-item" was skipped: statement must be a non-empty text under 300 characters.',
    ],
    [
      'a tip of 300 characters',
      { ...good('x-item'), tip: 'a'.repeat(300) },
      'Extra checklist item "x-item" was skipped: tip must be a non-empty text under 300 characters.',
    ],
    [
      'a source that is not text',
      { ...good('x-item'), source: 42 },
      'Extra checklist item "x-item" was skipped: source, when given, must be a non-empty text under 300 characters.',
    ],
    [
      'several problems at once',
      { id: 'x-item', section: 'screen', statement: 5 },
      'Extra checklist item "x-item" was skipped: statement must be a non-empty text under 300 characters; tip must be a non-empty text under 300 characters.',
    ],
  ])('skips an item with %s, saying why', (_, bad, message) => {
    const merged = mergeItems(builtIn, [good('kept-before'), bad, good('kept-after')]);
    expect(said(merged.errors)).toEqual([{ index: 1, message }]);
    expect(merged.items.map((i) => i.id)).toContain('kept-before');
    expect(merged.items.map((i) => i.id)).toContain('kept-after');
    expect(merged.items).toHaveLength(CHECKLIST_ITEMS.length + 2);
    expect(merged.sections).toEqual(CHECKLIST_SECTIONS);
  });

  it('never lets an extra item replace a built-in one', () => {
    const merged = mergeItems(builtIn, [{ ...good('lumbar-support', 'chair'), tip: 'Ignore your back.' }]);
    expect(merged.items).toEqual(CHECKLIST_ITEMS);
    expect(said(merged.errors)).toEqual([
      {
        index: 0,
        message:
          'Extra checklist item "lumbar-support" was skipped: id belongs to a built-in item, which cannot be replaced.',
      },
    ]);
  });

  it('keeps the first of two extra items with the same id', () => {
    const merged = mergeItems(builtIn, [good('twin'), { ...good('twin'), tip: 'Second.' }]);
    expect(merged.items.filter((i) => i.id === 'twin')).toHaveLength(1);
    expect(merged.items.find((i) => i.id === 'twin')?.tip).toBe(good('x').tip);
    expect(said(merged.errors)).toEqual([
      { index: 1, message: 'Extra checklist item "twin" was skipped: id is already used by an earlier extra item.' },
    ]);
  });

  it('adds nothing, with one message, when the extra items are not a list', () => {
    const merged = mergeItems(builtIn, { items: [good('x-item')] });
    expect(merged.items).toEqual(CHECKLIST_ITEMS);
    expect(said(merged.errors)).toEqual([
      { index: -1, message: 'Extra checklist items must be given as a list; none were added.' },
    ]);
  });

  it('does not add a new section when its only item is skipped', () => {
    const merged = mergeItems(builtIn, [{ ...good('x-item', { id: 'standing', title: 'Standing' }), tip: '' }]);
    expect(merged.sections).toEqual(CHECKLIST_SECTIONS);
  });

  it('words its reasons in the reader’s language, field names and ids as written', () => {
    useLanguage('de');
    resetLanguageForTests();
    const merged = mergeItems(builtIn, [good('twin'), { id: 'twin', section: 'garden', statement: 5 }]);
    expect(say(merged.errors[0]!.message)).toBe(
      'Zusätzlicher Checklistenpunkt „twin“ wurde übersprungen: id wird schon von einem früheren zusätzlichen Punkt verwendet; section „garden“ ist kein bekannter Abschnitt (bekannt: chair, feet, reach, screen, keyboard-mouse, head-neck, light, habits); ein neuer wird als { id, title } angegeben; statement muss ein nicht leerer Text mit weniger als 300 Zeichen sein; tip muss ein nicht leerer Text mit weniger als 300 Zeichen sein.',
    );
  });
});
