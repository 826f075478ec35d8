import { useState } from 'preact/hooks';
import type { WorkstationScore } from '../core';
import { t, tp } from '../platform/i18n';
import { formatDate } from '../shared/format';
import { ActionFeedback } from '../ui/action-feedback';
import { useAction } from '../ui/use-action';
import { inPlaceText } from '../ui/workstation-summary';

interface Props {
  score: WorkstationScore;
  lastFullCheckAt: number | null;
  /** The last full check is older than the recheck setting. */
  due: boolean;
  recheckDays: number;
  onConfirm(): Promise<void>;
  /** Brings "Still to sort out" into view. */
  onShowOpen(): void;
}

/** In the browser's own language and calendar, e.g. "3 March 2025". */
const longDate = (at: number) => formatDate(at, { dateStyle: 'long' });

/** How this desk stands: items in place, what is left, and when it was last gone over in full. */
export function ChecklistScore({ score, lastFullCheckAt, due, recheckDays, onConfirm, onShowOpen }: Props) {
  const { run, error } = useAction();
  const [message, setMessage] = useState('');
  const notYet = score.no;
  const confirm = async () => {
    if (await run(onConfirm)) setMessage(t('ck_full_check_noted'));
  };
  return (
    <section class="score-card" aria-labelledby="score-heading">
      <h3 id="score-heading">{t('ck_score_heading')}</h3>
      <p class="score-line">
        <strong data-testid="checklist-score">{inPlaceText(score.yes, score.applicable)}</strong>
        {score.percent !== null && (
          <span class="score-percent">
            <span class="visually-hidden">, </span>
            {t('ck_percent', score.percent)}
          </span>
        )}
      </p>
      <div class="score-bar" aria-hidden="true">
        <span style={{ width: `${score.percent ?? 0}%` }} />
      </div>
      <p class="small muted">
        {score.unanswered > 0 ? tp('ck_to_answer', score.unanswered) : t('ck_all_answered')}
        {score.na > 0 && ` · ${tp('ck_na_count', score.na)}`}
      </p>
      {notYet > 0 && (
        <button type="button" class="btn-inline" onClick={onShowOpen}>
          {tp('ck_to_sort_out', notYet)}
        </button>
      )}
      <p data-testid="last-full-check">
        {lastFullCheckAt === null ? t('ck_last_full_check_never') : t('ck_last_full_check', longDate(lastFullCheckAt))}
      </p>
      {due && lastFullCheckAt !== null && <p class="small muted">{tp('ck_recheck_due', recheckDays)}</p>}
      {score.complete ? (
        <button type="button" class="btn btn-primary" onClick={() => void confirm()}>
          {t('ck_mark_full_check')}
        </button>
      ) : (
        <p class="small muted">{t('ck_full_check_hint')}</p>
      )}
      <ActionFeedback message={message} error={error} />
    </section>
  );
}
