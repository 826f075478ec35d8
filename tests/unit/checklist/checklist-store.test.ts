import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultChecklistState } from '../../../src/core/checklist/workstations';
import { CHECKLIST_ITEMS } from '../../../src/data/checklist';
import {
  answerItem,
  confirmFullCheck,
  createWorkstation,
  deleteWorkstation,
  onChecklistStateChanged,
  readChecklistState,
  renameWorkstation,
  switchWorkstation,
  updateChecklistState,
  workstationNames,
} from '../../../src/platform/checklist-store';
import { resetLanguageForTests } from '../../../src/platform/i18n';
import { useLanguage } from '../../fake-i18n';

// The unit project has no browser: the platform's one polyfill import becomes an in-memory fake.
vi.mock('webextension-polyfill', async () => {
  const { fakeBrowser } = await import('@webext-core/fake-browser');
  return { default: fakeBrowser };
});

const NOW = new Date(2026, 4, 4, 10, 0).getTime();

describe('checklist store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  it('reads one desk called My desk when nothing, or garbage, is stored', async () => {
    expect(await readChecklistState()).toEqual(defaultChecklistState(workstationNames()));
    expect((await readChecklistState()).workstations[0]?.name).toBe('My desk');
    await fakeBrowser.storage.local.set({ checklist: 'garbled' });
    expect(await readChecklistState()).toEqual(defaultChecklistState(workstationNames()));
  });

  it('names unnamed desks in the browser’s language, and keeps stored names as they are', async () => {
    useLanguage('de');
    resetLanguageForTests();
    expect((await readChecklistState()).workstations[0]?.name).toBe('Mein Schreibtisch');
    await createWorkstation('  ');
    expect((await readChecklistState()).workstations.map((w) => w.name)).toEqual([
      'Mein Schreibtisch',
      'Schreibtisch 2',
    ]);
    useLanguage('fr');
    resetLanguageForTests();
    expect((await readChecklistState()).workstations.map((w) => w.name)).toEqual([
      'Mein Schreibtisch',
      'Schreibtisch 2',
    ]);
  });

  it('keeps answers per desk in storage.local under "checklist"', async () => {
    await answerItem('lumbar-support', 'no', CHECKLIST_ITEMS);
    const { currentId } = await createWorkstation('Office');
    await answerItem('lumbar-support', 'yes', CHECKLIST_ITEMS);
    await renameWorkstation('default', 'Home');
    await switchWorkstation('default');
    const stored = (await fakeBrowser.storage.local.get('checklist')).checklist;
    expect(stored).toEqual({
      version: 1,
      currentId: 'default',
      postureChecks: {},
      workstations: [
        { id: 'default', name: 'Home', answers: { 'lumbar-support': 'no' }, lastFullCheckAt: null },
        { id: currentId, name: 'Office', answers: { 'lumbar-support': 'yes' }, lastFullCheckAt: null },
      ],
    });
    await deleteWorkstation('default');
    const after = await readChecklistState();
    expect(after.workstations.map((w) => w.name)).toEqual(['Office']);
    expect(after.currentId).toBe(currentId);
  });

  it('stamps a finished checklist with the current time', async () => {
    for (const item of CHECKLIST_ITEMS.slice(1)) await answerItem(item.id, 'yes', CHECKLIST_ITEMS);
    expect((await readChecklistState()).workstations[0]?.lastFullCheckAt).toBeNull();
    vi.setSystemTime(NOW + 1000);
    await answerItem(CHECKLIST_ITEMS[0]?.id as string, 'na', CHECKLIST_ITEMS);
    expect((await readChecklistState()).workstations[0]?.lastFullCheckAt).toBe(NOW + 1000);
    vi.setSystemTime(NOW + 5000);
    await confirmFullCheck(CHECKLIST_ITEMS);
    expect((await readChecklistState()).workstations[0]?.lastFullCheckAt).toBe(NOW + 5000);
  });

  it('keeps the posture checks an earlier release stored here, and adds none', async () => {
    const postureChecks = {
      '2026-05-03': { answered: 2, yes: { lumbar: 1, feet: 1, reach: 1 }, no: { lumbar: 0, feet: 1, reach: 0 } },
    };
    await fakeBrowser.storage.local.set({ checklist: { ...defaultChecklistState(workstationNames()), postureChecks } });
    await answerItem('lumbar-support', 'yes', CHECKLIST_ITEMS);
    await createWorkstation('Office');
    expect((await readChecklistState()).postureChecks).toEqual(postureChecks);
    const { checklist } = (await fakeBrowser.storage.local.get('checklist')) as {
      checklist: { postureChecks: unknown };
    };
    expect(checklist.postureChecks).toEqual(postureChecks);
  });

  it('loses no update when several are started at once, even after one fails', async () => {
    await Promise.all([
      answerItem('a', 'yes', CHECKLIST_ITEMS),
      updateChecklistState(() => {
        throw new Error('boom');
      }).catch(() => undefined),
      answerItem('b', 'no', CHECKLIST_ITEMS),
      renameWorkstation('default', 'Home'),
      answerItem('c', 'na', CHECKLIST_ITEMS),
    ]);
    const state = await readChecklistState();
    expect(state.workstations[0]?.answers).toEqual({ a: 'yes', b: 'no', c: 'na' });
    expect(state.workstations[0]?.name).toBe('Home');
  });

  it('tells listeners about changes until they unsubscribe', async () => {
    const listener = vi.fn();
    const stop = onChecklistStateChanged(listener);
    await answerItem('screen-height', 'yes', CHECKLIST_ITEMS);
    expect(listener).toHaveBeenCalledTimes(1);
    await fakeBrowser.storage.local.set({ other: 1 });
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    await answerItem('screen-height', 'no', CHECKLIST_ITEMS);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
