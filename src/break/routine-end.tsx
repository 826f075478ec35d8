import type { Ref } from 'preact';

interface FinishedProps {
  done: number;
  total: number;
  onBack(): void;
  headingRef: Ref<HTMLHeadingElement>;
}

/** After the last exercise: what was done, and the way back. Done itself sits below, for every view. */
export function RoutineFinished({ done, total, onBack, headingRef }: FinishedProps) {
  return (
    <section class="routine-end" aria-labelledby="routine-end-heading">
      <h2 id="routine-end-heading" ref={headingRef} tabIndex={-1}>
        Routine complete
      </h2>
      <p>
        You did {done} of {total} {total === 1 ? 'exercise' : 'exercises'}. Keep moving gently until the break is over,
        then press Done.
      </p>
      {total > 0 && (
        <div class="button-row">
          <button type="button" class="btn" onClick={onBack}>
            Back to the last exercise
          </button>
        </div>
      )}
    </section>
  );
}

interface EmptyProps {
  openOptions(): void;
  headingRef: Ref<HTMLHeadingElement>;
}

/** The filters rule out every exercise: say so, and offer the way to widen them. */
export function EmptyRoutine({ openOptions, headingRef }: EmptyProps) {
  return (
    <section class="routine-end" aria-labelledby="routine-empty-heading">
      <h2 id="routine-empty-heading" ref={headingRef} tabIndex={-1}>
        No exercises fit your choices
      </h2>
      <p>
        Your focus areas, positions and equipment leave nothing to suggest for this break. Stand up and walk about for
        now, and widen your choices for next time.
      </p>
      <div class="button-row">
        <button type="button" class="btn" onClick={openOptions}>
          Change break routine settings
        </button>
      </div>
    </section>
  );
}
