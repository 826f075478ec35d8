import type { Exercise } from '../core';
import { t, tp } from '../platform/i18n';
import { exerciseAlt, exerciseName } from '../ui/exercise-text';
import { Figure } from '../ui/figures/figure';
import { areaLabel, doseText, equipmentText, positionLabel } from '../ui/routine-labels';

interface Props {
  exercises: readonly Exercise[];
  /** Muted ids, marked in the list. */
  muted: readonly string[];
}

/** Every exercise Sitwell can suggest, with its picture and what it needs. */
export function LibraryView({ exercises, muted }: Props) {
  return (
    <section class="library" aria-labelledby="library-heading">
      <h2 id="library-heading">{t('opt_library_title')}</h2>
      <p class="hint">{tp('opt_library_intro', exercises.length)}</p>
      <ul class="library-list">
        {exercises.map((e) => (
          <li key={e.id} class="library-item" data-exercise-id={e.id}>
            <div class="figure-frame figure-frame-small">
              <Figure id={e.figure} title={exerciseAlt(e)} />
            </div>
            <div class="library-text">
              <h3>
                {exerciseName(e)}
                {muted.includes(e.id) && <span class="tag">{t('opt_muted_tag')}</span>}
              </h3>
              <dl class="facts">
                <dt>{t('opt_fact_areas')}</dt>
                <dd>{e.areas.map(areaLabel).join(', ')}</dd>
                <dt>{t('opt_fact_position')}</dt>
                <dd>{positionLabel(e.position)}</dd>
                <dt>{t('opt_fact_equipment')}</dt>
                <dd>{equipmentText(e.equipment)}</dd>
                <dt>{t('opt_fact_dose')}</dt>
                <dd>{doseText(e.dose)}</dd>
              </dl>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
