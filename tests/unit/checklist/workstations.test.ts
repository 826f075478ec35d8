import { describe, expect, it } from 'vitest';
import type { ChecklistItem, ChecklistState } from '../../../src/core/checklist/types';
import {
  answer,
  confirmFullCheck,
  createWorkstation,
  currentWorkstation,
  defaultChecklistState,
  deleteWorkstation,
  needsRecheck,
  renameWorkstation,
  switchWorkstation,
  type WorkstationNames,
} from '../../../src/core/checklist/workstations';

const DAY = 24 * 60 * 60 * 1000;
const T0 = new Date(2026, 2, 10, 9, 0).getTime(); // 10 March 2026, 09:00 in Europe/Berlin
const item = (id: string): ChecklistItem => ({ id, section: 's', statement: `${id}.`, tip: 'Fix it.' });
const items = [item('a'), item('b'), item('c')];
/** The caller words the names (src/platform/checklist-store.ts); these are the English ones. */
const NAMES: WorkstationNames = { first: 'My desk', numbered: (n) => `Desk ${n}` };

/** Home (default) and Office, with Office current. */
function twoDesks(): ChecklistState {
  return createWorkstation(defaultChecklistState(NAMES), 'Office', 1, NAMES);
}

describe('workstations', () => {
  it('start with one desk called My desk', () => {
    const state = defaultChecklistState(NAMES);
    expect(state.workstations).toEqual([{ id: 'default', name: 'My desk', answers: {}, lastFullCheckAt: null }]);
    expect(state.currentId).toBe('default');
    expect(currentWorkstation(state).name).toBe('My desk');
  });

  it('are created with unique ids and become current', () => {
    let state = createWorkstation(defaultChecklistState(NAMES), '  Home   office ', T0, NAMES);
    expect(currentWorkstation(state)).toMatchObject({ id: `desk-${T0.toString(36)}`, name: 'Home office' });
    state = createWorkstation(state, 'Again', T0, NAMES);
    expect(state.currentId).toBe(`desk-${T0.toString(36)}-2`);
    state = createWorkstation(state, '   ', 'Hot Desk!', NAMES);
    expect(currentWorkstation(state)).toMatchObject({ id: 'desk-hot-desk', name: 'Desk 4' });
    expect(state.workstations).toHaveLength(4);
  });

  it('take the names nobody gave them from the caller, in the person’s language', () => {
    const german: WorkstationNames = { first: 'Mein Schreibtisch', numbered: (n) => `Schreibtisch ${n}` };
    let state = defaultChecklistState(german);
    expect(currentWorkstation(state).name).toBe('Mein Schreibtisch');
    state = createWorkstation(state, ' ', T0, german);
    expect(currentWorkstation(state).name).toBe('Schreibtisch 2');
    // A name once given stays, whatever language reads it later.
    expect(createWorkstation(state, '', T0 + 1, NAMES).workstations.map((w) => w.name)).toEqual([
      'Mein Schreibtisch',
      'Schreibtisch 2',
      'Desk 3',
    ]);
  });

  it('are renamed, but never to nothing', () => {
    const state = twoDesks();
    expect(renameWorkstation(state, 'default', 'Home').workstations[0]?.name).toBe('Home');
    expect(renameWorkstation(state, 'default', '  ')).toBe(state);
    expect(renameWorkstation(state, 'nope', 'Home')).toBe(state);
    expect(renameWorkstation(state, 'default', 'x'.repeat(100)).workstations[0]?.name).toHaveLength(60);
  });

  it('each keep their own answers, and switching switches them', () => {
    let state = twoDesks();
    state = answer(state, 'a', 'no', T0, items);
    state = switchWorkstation(state, 'default');
    expect(currentWorkstation(state).answers).toEqual({});
    state = answer(state, 'a', 'yes', T0, items);
    expect(currentWorkstation(state).answers).toEqual({ a: 'yes' });
    state = switchWorkstation(state, 'desk-1');
    expect(currentWorkstation(state).answers).toEqual({ a: 'no' });
    expect(switchWorkstation(state, 'unknown')).toBe(state);
  });

  it('are deleted, never the last one, and the current desk moves on', () => {
    let state = createWorkstation(twoDesks(), 'Library', 2, NAMES); // default, desk-1, desk-2 (current)
    state = switchWorkstation(state, 'desk-1');
    let after = deleteWorkstation(state, 'desk-1');
    expect(after.workstations.map((w) => w.id)).toEqual(['default', 'desk-2']);
    expect(after.currentId).toBe('desk-2');
    after = deleteWorkstation(switchWorkstation(state, 'desk-2'), 'desk-2');
    expect(after.currentId).toBe('desk-1');
    after = deleteWorkstation(state, 'default');
    expect(after.currentId).toBe('desk-1');
    const one = deleteWorkstation(deleteWorkstation(after, 'desk-1'), 'desk-2');
    expect(one.workstations.map((w) => w.id)).toEqual(['desk-2']);
    expect(deleteWorkstation(one, 'desk-2')).toBe(one);
    expect(deleteWorkstation(state, 'unknown')).toBe(state);
  });
});

describe('answering the checklist', () => {
  it('records the time the last open item is answered, and only then', () => {
    let state = defaultChecklistState(NAMES);
    state = answer(state, 'a', 'yes', T0, items);
    state = answer(state, 'b', 'na', T0 + 1, items);
    expect(currentWorkstation(state).lastFullCheckAt).toBeNull();
    state = answer(state, 'c', 'no', T0 + 2, items);
    expect(currentWorkstation(state).lastFullCheckAt).toBe(T0 + 2);
    // Changing an answer of a finished checklist does not restart the recheck clock…
    state = answer(state, 'c', 'yes', T0 + 3, items);
    expect(currentWorkstation(state).lastFullCheckAt).toBe(T0 + 2);
    // …going over it again does.
    state = confirmFullCheck(state, T0 + 4, items);
    expect(currentWorkstation(state).lastFullCheckAt).toBe(T0 + 4);
  });

  it('counts an item added later as open until it is answered', () => {
    let state = defaultChecklistState(NAMES);
    for (const { id } of items) state = answer(state, id, 'yes', T0, items);
    const more = [...items, item('d')];
    expect(confirmFullCheck(state, T0 + 1, more)).toBe(state);
    state = answer(state, 'd', 'yes', T0 + 5, more);
    expect(currentWorkstation(state).lastFullCheckAt).toBe(T0 + 5);
  });

  it('clears an answer with null and leaves an unchanged answer alone', () => {
    let state = answer(defaultChecklistState(NAMES), 'a', 'no', T0, items);
    expect(answer(state, 'a', 'no', T0 + 1, items)).toBe(state);
    state = answer(state, 'a', null, T0, items);
    expect(currentWorkstation(state).answers).toEqual({});
  });

  it('does not change the state it was given', () => {
    const state = defaultChecklistState(NAMES);
    const copy = structuredClone(state);
    answer(state, 'a', 'yes', T0, items);
    createWorkstation(state, 'x', 1, NAMES);
    expect(state).toEqual(copy);
  });

  it('carries the posture checks an earlier release recorded here through every change', () => {
    const postureChecks = {
      '2026-03-09': { answered: 1, yes: { lumbar: 1, feet: 0, reach: 0 }, no: { lumbar: 0, feet: 0, reach: 1 } },
    };
    let state: ChecklistState = { ...defaultChecklistState(NAMES), postureChecks };
    state = answer(state, 'a', 'yes', T0, items);
    state = createWorkstation(state, 'Office', T0, NAMES);
    const office = state.currentId;
    state = renameWorkstation(state, 'default', 'Home');
    state = switchWorkstation(state, 'default');
    state = confirmFullCheck(state, T0, [item('a')]);
    state = deleteWorkstation(state, office);
    expect(state.workstations.map((w) => w.name)).toEqual(['Home']);
    expect(state.postureChecks).toEqual(postureChecks);
  });
});

describe('needsRecheck', () => {
  const desk = (lastFullCheckAt: number | null) => ({ id: 'd', name: 'D', answers: {}, lastFullCheckAt });

  it('is true for a desk never fully checked', () => {
    expect(needsRecheck(desk(null), 30, T0)).toBe(true);
  });

  it('turns true only once the last full check is more than recheckDays days old', () => {
    expect(needsRecheck(desk(T0), 30, T0)).toBe(false);
    expect(needsRecheck(desk(T0), 30, T0 + 30 * DAY)).toBe(false);
    expect(needsRecheck(desk(T0), 30, T0 + 30 * DAY + 1)).toBe(true);
    expect(needsRecheck(desk(T0), 1, T0 + DAY + 1)).toBe(true);
  });
});
