import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  muteExercise,
  onRoutineStateChanged,
  readRoutineState,
  recordRoutineDone,
  unmuteExercise,
} from '../../../src/platform/routine-store';

// The unit project has no browser: the platform's one polyfill import becomes an in-memory fake.
vi.mock('webextension-polyfill', async () => {
  const { fakeBrowser } = await import('@webext-core/fake-browser');
  return { default: fakeBrowser };
});

const stored = async () => (await fakeBrowser.storage.local.get('routine')).routine as { muted: string[] };

describe('routine store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads empty lists when nothing, or garbage, is stored', async () => {
    const empty = { version: 1, used: { stretch: [], micro: [] }, muted: [] };
    expect(await readRoutineState()).toEqual(empty);
    await fakeBrowser.storage.local.set({ routine: 'garbled' });
    expect(await readRoutineState()).toEqual(empty);
  });

  it('mutes and unmutes exercises in storage.local', async () => {
    await muteExercise('chin-tuck');
    await muteExercise('glute-bridge');
    expect((await stored()).muted).toEqual(['chin-tuck', 'glute-bridge']);
    await unmuteExercise('chin-tuck');
    expect((await readRoutineState()).muted).toEqual(['glute-bridge']);
  });

  it('moves the rotation on after a routine, for its kind of break only', async () => {
    await recordRoutineDone('stretch', ['a', 'b'], ['a', 'b', 'c']);
    expect((await readRoutineState()).used).toEqual({ stretch: ['a', 'b'], micro: [] });
    await recordRoutineDone('stretch', ['c', 'a'], ['a', 'b', 'c']);
    expect((await readRoutineState()).used).toEqual({ stretch: ['a'], micro: [] });
  });

  it('loses no update when several are started at once', async () => {
    await Promise.all([
      muteExercise('a'),
      recordRoutineDone('micro', ['eye-rest'], ['eye-rest', 'blink']),
      muteExercise('b'),
      unmuteExercise('a'),
      muteExercise('c'),
    ]);
    expect(await readRoutineState()).toEqual({
      version: 1,
      used: { stretch: [], micro: ['eye-rest'] },
      muted: ['b', 'c'],
    });
  });

  it('keeps ids it does not know, and tells listeners about changes until they unsubscribe', async () => {
    await fakeBrowser.storage.local.set({ routine: { version: 1, muted: ['retired'], used: {} } });
    const listener = vi.fn();
    const stop = onRoutineStateChanged(listener);
    await muteExercise('chin-tuck');
    expect(listener).toHaveBeenCalledTimes(1);
    expect((await readRoutineState()).muted).toEqual(['retired', 'chin-tuck']);
    stop();
    await unmuteExercise('chin-tuck');
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
