import { useRef } from 'preact/hooks';
import type { Exercise } from '../core';
import type { MessageKey } from '../locales/keys';
import { t } from '../platform/i18n';
import { exerciseName } from '../ui/exercise-text';

interface Props {
  list: readonly Exercise[];
  index: number;
  /** Ids whose timer ran out or that the person moved past. */
  reached: (id: string) => boolean;
}

type DotState = 'now' | 'done' | 'to-come';
const stateOf = (i: number, index: number, done: boolean): DotState =>
  i === index ? 'now' : done ? 'done' : 'to-come';
/** A dot's hidden text: the exercise's name and its state, "Chin tuck (done)". */
const DOT_TEXT: Record<DotState, MessageKey> = {
  now: 'break_dot_now',
  done: 'break_dot_done',
  'to-come': 'break_dot_to_come',
};

/**
 * "Exercise 2 of 4" and a dot per exercise, each with its name and state in words. A polite live
 * region names the new exercise when the person moves, and stays quiet about the first.
 */
export function RoutineProgress({ list, index, reached }: Props) {
  const first = useRef(list[index]?.id).current;
  const current = list[index];
  const said =
    current && current.id !== first ? t('break_progress_said', index + 1, list.length, exerciseName(current)) : '';
  return (
    <div class="progress">
      <p id="progress-label" class="progress-label">
        {t('break_progress', index + 1, list.length)}
      </p>
      <ol class="dots" aria-labelledby="progress-label">
        {list.map((e, i) => {
          const state = stateOf(i, index, reached(e.id));
          return (
            <li
              key={e.id}
              class={`dot dot-${state}`}
              data-exercise-id={e.id}
              aria-current={i === index ? 'step' : undefined}
            >
              <span class="visually-hidden">{t(DOT_TEXT[state], exerciseName(e))}</span>
            </li>
          );
        })}
      </ol>
      <p class="visually-hidden" aria-live="polite">
        {said}
      </p>
    </div>
  );
}
