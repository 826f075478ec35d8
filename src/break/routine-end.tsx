import type { Ref } from 'preact';
import { t, tp } from '../platform/i18n';

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
        {t('break_routine_complete')}
      </h2>
      <p>{tp('break_routine_done', total, done)}</p>
      {total > 0 && (
        <div class="button-row">
          <button type="button" class="btn" onClick={onBack}>
            {t('break_back_to_last')}
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
        {t('break_empty_heading')}
      </h2>
      <p>{t('break_empty_text')}</p>
      <div class="button-row">
        <button type="button" class="btn" onClick={openOptions}>
          {t('break_empty_settings')}
        </button>
      </div>
    </section>
  );
}
