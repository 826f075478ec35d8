import type { Ref } from 'preact';
import type { Exercise } from '../core';
import { Figure } from '../ui/figures/figure';
import { doseText, equipmentText, POSITION_LABELS } from '../ui/routine-labels';

interface Props {
  exercise: Exercise;
  /** The name heading, for the page to move focus to. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/** One exercise: its picture, name and dose, then its cautions, before the steps. */
export function ExerciseCard({ exercise: e, headingRef }: Props) {
  return (
    <article class="exercise" data-exercise-id={e.id} aria-labelledby="exercise-name">
      <div class="exercise-top">
        <div class="figure-frame">
          <Figure id={e.figure} title={e.figureAlt} />
        </div>
        <div class="exercise-title">
          <h2 id="exercise-name" ref={headingRef} tabIndex={-1}>
            {e.name}
          </h2>
          <p class="dose" data-testid="dose">
            {doseText(e.dose)}
          </p>
          <p class="small muted">
            {POSITION_LABELS[e.position]} · {equipmentText(e.equipment)}
          </p>
        </div>
      </div>
      {e.cautions.length > 0 && (
        <section class="before-start" aria-labelledby="before-start-heading">
          <h3 id="before-start-heading">Before you start</h3>
          <ul>
            {e.cautions.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </section>
      )}
      <h3 class="steps-heading">How to do it</h3>
      <ol class="steps">
        {e.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </article>
  );
}
