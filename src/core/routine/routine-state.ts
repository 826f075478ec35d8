import type { BreakKind } from '../schedule/types';
import type { RoutineState } from './parse-routine-state';
import { advanceRotation } from './pick';

/** The state with `id` muted; muting twice is the same as once. */
export function withMuted(state: RoutineState, id: string): RoutineState {
  if (id === '' || state.muted.includes(id)) return state;
  return { ...state, muted: [...state.muted, id] };
}

/** The state with `id` no longer muted: the undo for "this hurts". */
export function withoutMuted(state: RoutineState, id: string): RoutineState {
  return { ...state, muted: state.muted.filter((m) => m !== id) };
}

/** The state after a `kind` routine drawn from `poolIds`, of which `doneIds` were done, in order. */
export function withRoutineDone(
  state: RoutineState,
  kind: BreakKind,
  doneIds: readonly string[],
  poolIds: readonly string[],
): RoutineState {
  const { used } = advanceRotation({ used: state.used[kind] }, doneIds, poolIds);
  return { ...state, used: { ...state.used, [kind]: [...used] } };
}
