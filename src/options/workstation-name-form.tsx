import { useState } from 'preact/hooks';
import { MAX_WORKSTATION_NAME } from '../core';
import { t } from '../platform/i18n';
import { useFocus } from '../ui/use-focus';

interface Props {
  /** Unique on the page. */
  id: string;
  label: string;
  initial: string;
  submitLabel: string;
  onSubmit(name: string): void;
  onCancel(): void;
}

/** A name for a new or renamed workstation; Escape or "Cancel" leaves it as it was. */
export function WorkstationNameForm({ id, label, initial, submitLabel, onSubmit, onCancel }: Props) {
  const [name, setName] = useState(initial);
  const [empty, setEmpty] = useState(false);
  const input = useFocus<HTMLInputElement>(id);
  const submit = (e: Event) => {
    e.preventDefault();
    if (name.trim() === '') {
      setEmpty(true);
      input.current?.focus();
      return;
    }
    onSubmit(name);
  };
  return (
    <form class="name-form" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <div class="field">
        <label for={id}>{label}</label>
        <input
          ref={input}
          id={id}
          class="input"
          type="text"
          maxLength={MAX_WORKSTATION_NAME}
          placeholder={t('ck_name_placeholder')}
          value={name}
          aria-invalid={empty ? 'true' : undefined}
          aria-describedby={empty ? `${id}-error` : undefined}
          onInput={(e) => {
            setName(e.currentTarget.value);
            setEmpty(false);
          }}
        />
        {empty && (
          <p id={`${id}-error`} class="field-error">
            {t('ck_name_empty')}
          </p>
        )}
      </div>
      <div class="button-row">
        <button type="submit" class="btn btn-primary">
          {submitLabel}
        </button>
        <button type="button" class="btn" onClick={onCancel}>
          {t('ck_cancel')}
        </button>
      </div>
    </form>
  );
}
