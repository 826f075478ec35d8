import type { RoutineState } from '../core';
import { onRoutineStateChanged, readRoutineState } from '../platform/routine-store';
import { useStored } from './use-store';

/** The rotation and the muted exercises, kept live; null until storage answers. */
export function useRoutineState(): RoutineState | null {
  return useStored(readRoutineState, [onRoutineStateChanged]);
}
