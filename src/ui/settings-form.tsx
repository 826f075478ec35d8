import type { JSX } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Settings } from '../core';
import { FocusAreasSection } from './focus-areas-section';
import { GroupError, type SectionProps } from './form-fields';
import { PlaceSection } from './place-section';
import { PostureCheckSection } from './posture-check-section';
import { checkDraft, type Draft, type DraftField, toDraft } from './settings-draft';
import { groupErrors, mergeGroup, type SettingsGroup } from './settings-groups';
import { EyeRestSection, PromptStyleSection, SnoozeSection, StretchSection } from './settings-sections';
import { SitStandSection } from './sit-stand-section';
import { WorkHoursSection } from './work-hours-section';

interface Props {
  settings: Settings;
  /** Persists the settings; the worker picks the change up from storage, so it applies at once. */
  onSave(settings: Settings): Promise<void>;
  compact?: boolean;
  /** Which part of the settings this form edits; the rest is saved as stored. */
  group?: SettingsGroup;
  /** Dotted paths enforced by the administrator: shown, but disabled. */
  locked?: ReadonlySet<string> | undefined;
  /** The organization named in the policy, for the "Set by …" note. */
  organization?: string | null | undefined;
}

type Message = { text: string; ok: boolean } | null;

export const SAVED_MESSAGE = 'Saved — the schedule is updated.';

type Section = (props: SectionProps) => JSX.Element;

const GROUPS: Record<SettingsGroup, { sections: Record<string, Section>; saved: string }> = {
  schedule: {
    sections: {
      stretch: StretchSection,
      eyes: EyeRestSection,
      postureCheck: PostureCheckSection,
      snooze: SnoozeSection,
      hours: WorkHoursSection,
      prompt: PromptStyleSection,
    },
    saved: SAVED_MESSAGE,
  },
  routine: {
    sections: { focus: FocusAreasSection, place: PlaceSection, sitStand: SitStandSection },
    saved: 'Saved — your next break follows these choices.',
  },
};

/** The settings form, shared by the popup and the options page; `group` picks its sections. */
export function SettingsForm({ settings, onSave, compact = false, group = 'schedule', locked, organization }: Props) {
  const [draft, setDraft] = useState<Draft>(() => toDraft(settings));
  const [message, setMessage] = useState<Message>(null);
  const edited = useRef(false);
  const form = useRef<HTMLFormElement>(null);
  const checked = useMemo(() => {
    const all = checkDraft(draft);
    return { settings: all.settings, errors: groupErrors(group, all.errors) };
  }, [draft, group]);

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
      await onSave(mergeGroup(group, settings, checked.settings));
      edited.current = false;
      setMessage({ text: GROUPS[group].saved, ok: true });
    } catch (err) {
      setMessage({ text: `Could not save: ${err instanceof Error ? err.message : String(err)}`, ok: false });
    }
  };

  const props: SectionProps = {
    draft,
    errors: checked.errors,
    set,
    compact,
    locked,
    lockedNote: `Set by ${organization ?? 'your organization'}`,
  };
  return (
    <form ref={form} class={compact ? 'form form-compact' : 'form'} noValidate onSubmit={submit}>
      {Object.entries(GROUPS[group].sections).map(([key, Section]) => (
        <Section key={key} {...props} />
      ))}
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
