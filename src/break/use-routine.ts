import { useRef } from 'preact/hooks';
import type { Exercise, Routine, RoutineState } from '../core';
import type { EngineSnapshot } from '../ui/use-store';
import { buildRoutine } from './build-routine';

/**
 * The running break's routine, drawn once per break. Later changes to the mute list or the
 * rotation (this page's own "this hurts", a finished break elsewhere) leave it alone: the page
 * hides a muted exercise itself, and the list does not reshuffle under the person.
 */
export function useRoutine(
  engine: EngineSnapshot | null,
  state: RoutineState | null,
  library: readonly Exercise[],
): Routine | null {
  const drawn = useRef<{ startedAt: number; routine: Routine } | null>(null);
  const stage = engine?.state.stage;
  if (!engine || !state || stage?.name !== 'taking') return null;
  if (drawn.current?.startedAt !== stage.startedAt) {
    drawn.current = { startedAt: stage.startedAt, routine: buildRoutine(stage, engine.settings, state, library) };
  }
  return drawn.current.routine;
}
