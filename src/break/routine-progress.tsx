import { useRef } from 'preact/hooks';
import type { Exercise } from '../core';

interface Props {
  list: readonly Exercise[];
  index: number;
  /** Ids whose timer ran out or that the person moved past. */
  reached: (id: string) => boolean;
}

const stateOf = (i: number, index: number, done: boolean) => (i === index ? 'now' : done ? 'done' : 'to come');

/**
 * "Exercise 2 of 4" and a dot per exercise, each with its name and state in words. A polite live
 * region names the new exercise when the person moves, and stays quiet about the first.
 */
export function RoutineProgress({ list, index, reached }: Props) {
  const first = useRef(list[index]?.id).current;
  const current = list[index];
  const said = current && current.id !== first ? `Exercise ${index + 1} of ${list.length}: ${current.name}` : '';
  return (
    <div class="progress">
      <p id="progress-label" class="progress-label">
        Exercise {index + 1} of {list.length}
      </p>
      <ol class="dots" aria-labelledby="progress-label">
        {list.map((e, i) => {
          const state = stateOf(i, index, reached(e.id));
          return (
            <li
              key={e.id}
              class={`dot dot-${state.replace(' ', '-')}`}
              data-exercise-id={e.id}
              aria-current={i === index ? 'step' : undefined}
            >
              <span class="visually-hidden">
                {e.name} ({state})
              </span>
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
