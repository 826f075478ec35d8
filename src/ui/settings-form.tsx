import type { JSX } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Settings } from '../core';
import type { MessageKey } from '../locales/keys';
import { t } from '../platform/i18n';
import { DeferSection } from './defer-section';
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

type Section = (props: SectionProps) => JSX.Element;

const GROUPS: Record<SettingsGroup, { sections: Record<string, Section>; saved: MessageKey }> = {
  schedule: {
    sections: {
      stretch: StretchSection,
      eyes: EyeRestSection,
      postureCheck: PostureCheckSection,
      snooze: SnoozeSection,
      hours: WorkHoursSection,
      defer: DeferSection,
      prompt: PromptStyleSection,
    },
    saved: 'set_saved_schedule',
  },
  routine: {
    sections: { focus: FocusAreasSection, place: PlaceSection, sitStand: SitStandSection },
    saved: 'set_saved_routine',
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
      setMessage({ text: t('set_not_saved'), ok: false });
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    try {
      await onSave(mergeGroup(group, settings, checked.settings));
      edited.current = false;
      setMessage({ text: t(GROUPS[group].saved), ok: true });
    } catch (err) {
      setMessage({ text: t('set_save_failed', err instanceof Error ? err.message : String(err)), ok: false });
    }
  };

  const props: SectionProps = {
    draft,
    errors: checked.errors,
    set,
    compact,
    locked,
    lockedNote: organization ? t('set_locked_by', organization) : t('set_locked_by_org'),
  };
  return (
    <form ref={form} class={compact ? 'form form-compact' : 'form'} noValidate onSubmit={submit}>
      {Object.entries(GROUPS[group].sections).map(([key, Section]) => (
        <Section key={key} {...props} />
      ))}
      <GroupError id="settings-form-error" message={checked.errors.form} />
      <div class="form-footer">
        <button type="submit" class="btn btn-primary">
          {t('set_save')}
        </button>
        {/* Always in the page, so assistive technology is already watching it when text appears. */}
        <p role="status" class={`form-message ${message?.ok ? 'ok' : 'bad'}`}>
          {message?.text ?? ''}
        </p>
      </div>
    </form>
  );
}
