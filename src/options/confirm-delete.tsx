import { t } from '../platform/i18n';
import { useFocus } from '../ui/use-focus';

interface Props {
  name: string;
  onConfirm(): void;
  onCancel(): void;
}

/** Asks once before a workstation and its answers go; the safe choice has the focus. */
export function ConfirmDelete({ name, onConfirm, onCancel }: Props) {
  const keep = useFocus<HTMLButtonElement>(name);
  return (
    <div class="confirm">
      <p id="confirm-delete-text">{t('ck_confirm_delete', name)}</p>
      <div class="button-row">
        <button type="button" class="btn btn-danger" aria-describedby="confirm-delete-text" onClick={onConfirm}>
          {t('ck_confirm_delete_button', name)}
        </button>
        <button ref={keep} type="button" class="btn" aria-describedby="confirm-delete-text" onClick={onCancel}>
          {t('ck_keep')}
        </button>
      </div>
    </div>
  );
}
