import { isObj } from '../guards';
import { BREAK_KINDS, type BreakKind } from '../schedule/types';

/**
 * What the person's routines leave behind, kept per device: where each kind's rotation stands and
 * the exercises they muted ("this hurts, don't suggest it again", undoable from the options page).
 *
 * Rotation is kept per break kind: the micro and stretch pools differ, and advancing one shared
 * list with a micro pool would drop every stretch id from it (ids outside the pool are dropped),
 * restarting the stretch rotation at every eye rest.
 */
export interface RoutineState {
  version: 1;
  used: Record<BreakKind, string[]>;
  muted: string[];
}

export function emptyRoutineState(): RoutineState {
  return { version: 1, used: { stretch: [], micro: [] }, muted: [] };
}

/** The strings of a list, each once, in order; anything else reads as an empty list. */
function ids(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  return [...new Set(v.filter((id): id is string => typeof id === 'string' && id !== ''))];
}

/**
 * Reads the stored state back, never throwing: garbage gives empty lists. Ids the library does
 * not know are kept as they are, so a mute survives a library that drops an exercise for a while
 * or a copy of the extension that is older than the library the mute was made with.
 */
export function parseRoutineState(raw: unknown): RoutineState {
  const state = emptyRoutineState();
  if (!isObj(raw)) return state;
  const used = isObj(raw.used) ? raw.used : {};
  for (const kind of BREAK_KINDS) state.used[kind] = ids(used[kind]);
  state.muted = ids(raw.muted);
  return state;
}
