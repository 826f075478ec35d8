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

const summary = summarizeChecklist();
const perSection = summary.bySection.map((s) => `${s.title} ${s.items}`).join(', ');
const FEATURED_SECTIONS = ['chair', 'feet', 'reach'];

describe('the workstation checklist', () => {
  it(`holds ${summary.total} items, at least 30, in eight sections (${perSection})`, () => {
    expect(summary.total).toBeGreaterThanOrEqual(30);
    expect(CHECKLIST_SECTIONS.map((s) => s.title)).toEqual([
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

  it.each(CHECKLIST_ITEMS.map((i) => [i.id, i] as const))('%s has a statement, a tip and a known source', (_, i) => {
    for (const text of [i.statement, i.tip]) {
      expect(text).toMatch(/^[A-Z0-9].*[.!?]$/);
      expect(text.length).toBeLessThan(300);
    }
    expect(Object.values(SOURCE)).toContain(i.source);
  });

  it('gives the thresholds that make items checkable', () => {
    const statement = (id: string) => checklistItemById(id)?.statement ?? '';
    expect(statement('screen-distance')).toContain('50–100 cm');
    expect(statement('screen-height')).toMatch(/top line.*at or slightly below my eye level/);
    expect(statement('screen-centre-angle')).toContain('15–20°');
    expect(statement('elbow-angle')).toContain('90–120°');
    expect(statement('thighs-level')).toMatch(/knees roughly as high as my hips/);
    expect(statement('reach-occasional')).toContain('one arm’s length');
    expect(checklistItemById('lumbar-support')?.tip).toMatch(/cushion.*towel/);
    expect(checklistItemById('feet-supported')?.tip).toContain('footrest');
  });

  it('is frozen to the last string', () => {
    expect(Object.isFrozen(CHECKLIST_ITEMS)).toBe(true);
    expect(Object.isFrozen(CHECKLIST_ITEMS[0])).toBe(true);
    expect(Object.isFrozen(CHECKLIST_SECTIONS[0])).toBe(true);
    expect(() => {
      (CHECKLIST_ITEMS[0] as { tip: string }).tip = 'changed';
    }).toThrow();
  });

  it('ties each quick posture question to a featured item', () => {
    expect(POSTURE_QUESTIONS.map((q) => q.id)).toEqual([...POSTURE_TOPICS]);
    for (const q of POSTURE_QUESTIONS) {
      expect(checklistItemById(q.itemId)?.featured, q.id).toBe(true);
      expect(q.question).toMatch(/\?$/);
    }
    expect(Object.isFrozen(POSTURE_QUESTIONS[0])).toBe(true);
  });
});
