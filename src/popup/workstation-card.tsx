import { t } from '../platform/i18n';
import type { WorkstationSummary } from '../ui/workstation-summary';

interface Props {
  summary: WorkstationSummary;
  openChecklist(): void;
}

const NOTICE = {
  never: 'ck_card_never',
  due: 'ck_card_due',
} as const;

/** One line on the current desk, and a nudge when its full checklist is due. */
export function WorkstationCard({ summary, openChecklist }: Props) {
  const line = t('ck_card_line', summary.name, summary.yes, summary.applicable);
  return (
    <section class="workstation-card" aria-label={t('ck_title')}>
      {summary.recheck && (
        <div class="recheck" data-testid="recheck-notice">
          <p>{t(NOTICE[summary.recheck])}</p>
          <button type="button" class="btn btn-small" onClick={openChecklist}>
            {t('ck_open_checklist')}
          </button>
        </div>
      )}
      <button type="button" class="btn-inline workstation-line" data-testid="workstation-line" onClick={openChecklist}>
        {line}
      </button>
    </section>
  );
}
