import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Settings } from '../core';
import { GroupError, type SectionProps } from './form-fields';
import { checkDraft, type Draft, type DraftField, toDraft } from './settings-draft';
import { EyeRestSection, PromptStyleSection, SnoozeSection, StretchSection } from './settings-sections';
import { WorkHoursSection } from './work-hours-section';

interface Props {
  settings: Settings;
  /** Persists the settings; the worker picks the change up from storage, so it applies at once. */
  onSave(settings: Settings): Promise<void>;
  compact?: boolean;
}

type Message = { text: string; ok: boolean } | null;

export const SAVED_MESSAGE = 'Saved — the schedule is updated.';

/** Every setting in one form, shared by the popup and the options page. */
export function SettingsForm({ settings, onSave, compact = false }: Props) {
  const [draft, setDraft] = useState<Draft>(() => toDraft(settings));
  const [message, setMessage] = useState<Message>(null);
  const edited = useRef(false);
  const form = useRef<HTMLFormElement>(null);
  const checked = useMemo(() => checkDraft(draft), [draft]);

  // Follow changes made elsewhere (another page, a sync) until the person starts editing here.
  useEffect(() => {
    if (!edited.current) setDraft(toDraft(settings));
  }, [settings]);

  const set = <K extends DraftField>(field: K, value: Draft[K]) => {
    edited.current = true;
    setMessage(null);
    setDraft((d) => ({ ...d, [field]: value }));
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (Object.keys(checked.errors).length > 0) {
      setMessage({ text: 'Not saved: please fix the fields with a message first.', ok: false });
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    try {
      await onSave(checked.settings);
      edited.current = false;
      setMessage({ text: SAVED_MESSAGE, ok: true });
    } catch (err) {
      setMessage({ text: `Could not save: ${err instanceof Error ? err.message : String(err)}`, ok: false });
    }
  };

  const props: SectionProps = { draft, errors: checked.errors, set, compact };
  return (
    <form ref={form} class={compact ? 'form form-compact' : 'form'} noValidate onSubmit={submit}>
      <StretchSection {...props} />
      <EyeRestSection {...props} />
      <SnoozeSection {...props} />
      <WorkHoursSection {...props} />
      <PromptStyleSection {...props} />
      <GroupError id="settings-form-error" message={checked.errors.form} />
      <div class="form-footer">
        <button type="submit" class="btn btn-primary">
          Save settings
        </button>
        {/* Always in the page, so assistive technology is already watching it when text appears. */}
        <p role="status" class={`form-message ${message?.ok ? 'ok' : 'bad'}`}>
          {message?.text ?? ''}
        </p>
      </div>
    </form>
  );
}
