import { inPlaceText, type WorkstationSummary } from '../ui/workstation-summary';

interface Props {
  summary: WorkstationSummary;
  openChecklist(): void;
}

const NOTICE: Record<'never' | 'due', string> = {
  never: 'Set up your workstation checklist',
  due: 'Time to go through your workstation checklist again',
};

/** One line on the current desk, and a nudge when its full checklist is due. */
export function WorkstationCard({ summary, openChecklist }: Props) {
  const line = `Workstation: ${summary.name} · ${inPlaceText(summary.yes, summary.applicable)}`;
  return (
    <section class="workstation-card" aria-label="Workstation checklist">
      {summary.recheck && (
        <div class="recheck" data-testid="recheck-notice">
          <p>{NOTICE[summary.recheck]}</p>
          <button type="button" class="btn btn-small" onClick={openChecklist}>
            Open the checklist
          </button>
        </div>
      )}
      <button type="button" class="btn-inline workstation-line" data-testid="workstation-line" onClick={openChecklist}>
        {line}
      </button>
    </section>
  );
}
