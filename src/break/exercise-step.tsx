import type { Ref } from 'preact';
import { t } from '../platform/i18n';
import { ExerciseCard } from './exercise-card';
import { ExerciseClock } from './exercise-clock';
import { RoutineProgress } from './routine-progress';
import { useExerciseTimer } from './use-exercise-timer';
import type { Walk } from './use-walk';

interface Props {
  walk: Walk & { current: NonNullable<Walk['current']> };
  now: number;
  /** "This hurts": mute the exercise and move on. */
  onHurts(): void;
  headingRef: Ref<HTMLHeadingElement>;
}

/**
 * The exercise on screen and the ways through the routine. The timer and the Previous / Next
 * buttons sit in a bar that stays at the bottom of the small break window while the steps scroll.
 */
export function ExerciseStep({ walk, now, onHurts, headingRef }: Props) {
  const e = walk.current;
  const timer = useExerciseTimer(e.id, e.seconds, now, () => walk.complete(e.id));
  const first = walk.index === 0;
  return (
    <>
      <RoutineProgress list={walk.list} index={walk.index} reached={walk.isReached} />
      <ExerciseCard exercise={e} headingRef={headingRef} />
      <div class="exercise-bar">
        <ExerciseClock timer={timer} seconds={e.seconds} />
        <div class="button-row">
          {/* aria-disabled rather than disabled: a disabled button would drop keyboard focus. */}
          <button type="button" class="btn" aria-disabled={first} onClick={() => !first && walk.previous()}>
            {t('break_previous')}
          </button>
          <button type="button" class={timer.phase === 'done' ? 'btn btn-primary' : 'btn'} onClick={walk.next}>
            {t('break_next')}
          </button>
        </div>
      </div>
      <button type="button" class="btn btn-quiet" onClick={onHurts}>
        {t('break_hurts')}
      </button>
    </>
  );
}
