import {
  type BreakKind,
  parseRoutineState,
  type RoutineState,
  withMuted,
  withoutMuted,
  withRoutineDone,
} from '../core';
import { browser } from './browser';
import { setMakingRoom } from './history-store';
import { onStorageKeyChanged } from './storage-watch';

const KEY = 'routine';

/** In storage.local: the rotation moves on at every break, too often for storage.sync's write quota. */
export async function readRoutineState(): Promise<RoutineState> {
  return parseRoutineState((await browser.storage.local.get(KEY))[KEY]);
}

// Updates made in one context (a page, the worker) run one after another, so a mute made while a
// routine is being recorded is not overwritten by it. Two contexts writing in the same instant can
// still race, as with history; both writes follow a person's click, so that is rare.
let tail: Promise<unknown> = Promise.resolve();

function update(change: (state: RoutineState) => RoutineState): Promise<RoutineState> {
  const run = tail.then(async () => {
    const next = change(await readRoutineState());
    await setMakingRoom({ [KEY]: next }); // a full storage: the oldest history days make room
    return next;
  });
  tail = run.catch(() => undefined);
  return run;
}

/** "This hurts — don't suggest it again." */
export function muteExercise(id: string): Promise<RoutineState> {
  return update((state) => withMuted(state, id));
}

export function unmuteExercise(id: string): Promise<RoutineState> {
  return update((state) => withoutMuted(state, id));
}

/** Moves `kind`'s rotation on after a routine drawn from `poolIds`; pass `doneIds` in the order done. */
export function recordRoutineDone(
  kind: BreakKind,
  doneIds: readonly string[],
  poolIds: readonly string[],
): Promise<RoutineState> {
  return update((state) => withRoutineDone(state, kind, doneIds, poolIds));
}

export function onRoutineStateChanged(listener: () => void): () => void {
  return onStorageKeyChanged(KEY, ['local'], listener);
}
