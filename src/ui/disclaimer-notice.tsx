import { t } from '../platform/i18n';
import { disclaimerShort } from './disclaimer-text';
import { useAction } from './use-action';

interface Props {
  /** Stores the acknowledgement; the notice goes away when storage reports it. */
  onAcknowledge(): Promise<void>;
  /** The popup's narrow layout: the heading is kept for screen readers only, to save room. */
  compact?: boolean;
}

/** The first-run notice, shown until the person says they have read it. */
export function DisclaimerNotice({ onAcknowledge, compact = false }: Props) {
  const { run, error } = useAction();
  return (
    <section class="disclaimer" aria-labelledby="disclaimer-heading" data-testid="disclaimer">
      <h2 id="disclaimer-heading" class={compact ? 'visually-hidden' : 'disclaimer-heading'}>
        {t('popup_disclaimer_heading')}
      </h2>
      <p>{disclaimerShort()}</p>
      <div class="button-row">
        <button type="button" class="btn btn-primary" onClick={() => void run(onAcknowledge)}>
          {t('popup_understand')}
        </button>
      </div>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
