import type { Ref } from 'preact';
import type { Exercise } from '../core';
import { t } from '../platform/i18n';
import { exerciseAlt, exerciseCautions, exerciseName, exerciseSteps } from '../ui/exercise-text';
import { Figure } from '../ui/figures/figure';
import { doseText, equipmentText, positionLabel } from '../ui/routine-labels';

interface Props {
  exercise: Exercise;
  /** The name heading, for the page to move focus to. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/** One exercise: its picture, name and dose, then its cautions, before the steps. */
export function ExerciseCard({ exercise: e, headingRef }: Props) {
  const cautions = exerciseCautions(e);
  return (
    <article class="exercise" data-exercise-id={e.id} aria-labelledby="exercise-name">
      <div class="exercise-top">
        <div class="figure-frame">
          <Figure id={e.figure} title={exerciseAlt(e)} />
        </div>
        <div class="exercise-title">
          <h2 id="exercise-name" ref={headingRef} tabIndex={-1}>
            {exerciseName(e)}
          </h2>
          <p class="dose" data-testid="dose">
            {doseText(e.dose)}
          </p>
          <p class="small muted">
            {positionLabel(e.position)} · {equipmentText(e.equipment)}
          </p>
        </div>
      </div>
      {cautions.length > 0 && (
        <section class="before-start" aria-labelledby="before-start-heading">
          <h3 id="before-start-heading">{t('break_before_start')}</h3>
          <ul>
            {cautions.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </section>
      )}
      <h3 class="steps-heading">{t('break_how_to')}</h3>
      <ol class="steps">
        {exerciseSteps(e).map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </article>
  );
}
