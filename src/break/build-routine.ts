import { type Exercise, pickRoutine, type Routine, type RoutineState, type Settings, type Stage } from '../core';

type Taking = Extract<Stage, { name: 'taking' }>;

/**
 * The routine for a running break. Seeded with the moment the break started, so reopening the
 * page part-way through shows the same exercises in the same order.
 */
export function buildRoutine(
  stage: Taking,
  settings: Settings,
  state: RoutineState,
  library: readonly Exercise[],
): Routine {
  const seconds =
    stage.kind === 'stretch' ? settings.stretchBreak.durationMinutes * 60 : settings.microBreak.durationSeconds;
  return pickRoutine({
    library,
    filters: settings.routine,
    muted: state.muted,
    kind: stage.kind,
    seconds,
    seed: stage.startedAt,
    rotation: { used: state.used[stage.kind] },
  });
}
