import type { Exercise } from '../core';
import { Figure } from '../ui/figures/figure';
import { AREA_LABELS, doseText, equipmentText, POSITION_LABELS } from '../ui/routine-labels';

interface Props {
  exercises: readonly Exercise[];
  /** Muted ids, marked in the list. */
  muted: readonly string[];
}

/** Every exercise Sitwell can suggest, with its picture and what it needs. */
export function LibraryView({ exercises, muted }: Props) {
  return (
    <section class="library" aria-labelledby="library-heading">
      <h2 id="library-heading">Stretch library</h2>
      <p class="hint">
        All {exercises.length} exercises Sitwell can suggest. Your choices under Break routines decide which of them
        come up in a break.
      </p>
      <ul class="library-list">
        {exercises.map((e) => (
          <li key={e.id} class="library-item" data-exercise-id={e.id}>
            <div class="figure-frame figure-frame-small">
              <Figure id={e.figure} title={e.figureAlt} />
            </div>
            <div class="library-text">
              <h3>
                {e.name}
                {muted.includes(e.id) && <span class="tag">Muted</span>}
              </h3>
              <dl class="facts">
                <dt>Works on</dt>
                <dd>{e.areas.map((a) => AREA_LABELS[a]).join(', ')}</dd>
                <dt>Position</dt>
                <dd>{POSITION_LABELS[e.position]}</dd>
                <dt>Equipment</dt>
                <dd>{equipmentText(e.equipment)}</dd>
                <dt>How much</dt>
                <dd>{doseText(e.dose)}</dd>
              </dl>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
