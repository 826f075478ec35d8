import { useState } from 'preact/hooks';
import type { WorkstationScore } from '../core';
import { ActionFeedback } from '../ui/action-feedback';
import { useAction } from '../ui/use-action';
import { inPlaceText } from '../ui/workstation-summary';
import { plural } from './checklist-words';

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
const longDate = (at: number) => new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(at);

/** How this desk stands: items in place, what is left, and when it was last gone over in full. */
export function ChecklistScore({ score, lastFullCheckAt, due, recheckDays, onConfirm, onShowOpen }: Props) {
  const { run, error } = useAction();
  const [message, setMessage] = useState('');
  const notYet = score.no;
  const confirm = async () => {
    if (await run(onConfirm)) setMessage('Today’s full check is noted.');
  };
  return (
    <section class="score-card" aria-labelledby="score-heading">
      <h3 id="score-heading">How this desk stands</h3>
      <p class="score-line">
        <strong data-testid="checklist-score">{inPlaceText(score.yes, score.applicable)}</strong>
        {score.percent !== null && (
          <span class="score-percent">
            <span class="visually-hidden">, </span>
            {score.percent}%
          </span>
        )}
      </p>
      <div class="score-bar" aria-hidden="true">
        <span style={{ width: `${score.percent ?? 0}%` }} />
      </div>
      <p class="small muted">
        {score.unanswered > 0 ? `${plural(score.unanswered, 'item', 'items')} still to answer` : 'Every item answered'}
        {score.na > 0 && ` · ${score.na} ${score.na === 1 ? 'doesn’t' : 'don’t'} apply here`}
      </p>
      {notYet > 0 && (
        <button type="button" class="btn-inline" onClick={onShowOpen}>
          {plural(notYet, 'thing', 'things')} still to sort out
        </button>
      )}
      <p data-testid="last-full-check">
        Last full check: {lastFullCheckAt === null ? 'not done yet' : longDate(lastFullCheckAt)}
      </p>
      {due && lastFullCheckAt !== null && (
        <p class="small muted">More than {plural(recheckDays, 'day', 'days')} ago: worth another look.</p>
      )}
      {score.complete ? (
        <button type="button" class="btn btn-primary" onClick={() => void confirm()}>
          Mark today’s full check
        </button>
      ) : (
        <p class="small muted">Once every item has an answer, the full check counts as done.</p>
      )}
      <ActionFeedback message={message} error={error} />
    </section>
  );
}
