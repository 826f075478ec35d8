import { PROMPT_STYLES, type PromptStyle } from '../core';
import type { MessageKey } from '../locales/keys';
import { t } from '../platform/i18n';
import { GroupError, InputField, LockedNote, lockOf, type SectionProps, SettingCheck } from './form-fields';

export function StretchSection(props: SectionProps) {
  return (
    <fieldset class="fieldset">
      <legend>{t('set_stretch_legend')}</legend>
      <SettingCheck field="stretchBreak.enabled" props={props}>
        {t('set_stretch_enable')}
      </SettingCheck>
      <div class="field-row">
        <InputField field="stretchBreak.everyMinutes" label={t('set_every_minutes')} props={props} />
        <InputField field="stretchBreak.durationMinutes" label={t('set_lasting_minutes')} props={props} />
      </div>
      {!props.compact && <p class="hint">{t('set_stretch_hint')}</p>}
    </fieldset>
  );
}

export function EyeRestSection(props: SectionProps) {
  return (
    <fieldset class="fieldset">
      <legend>{t('set_eyes_legend')}</legend>
      <SettingCheck field="microBreak.enabled" props={props}>
        {t('set_eyes_enable')}
      </SettingCheck>
      <div class="field-row">
        <InputField field="microBreak.everyMinutes" label={t('set_every_minutes')} props={props} />
        <InputField field="microBreak.durationSeconds" label={t('set_lasting_seconds')} props={props} />
      </div>
      {!props.compact && <p class="hint">{t('set_eyes_hint')}</p>}
    </fieldset>
  );
}

export function SnoozeSection(props: SectionProps) {
  return (
    <fieldset class="fieldset">
      <legend>{t('set_snooze_legend')}</legend>
      <div class="field-row">
        <InputField field="snooze.minutes" label={t('set_snooze_minutes')} props={props} />
        <InputField
          field="snooze.maxPerBreak"
          label={t('set_snooze_max')}
          hint={t('set_snooze_max_hint')}
          props={props}
        />
      </div>
      <InputField field="idleResetMinutes" label={t('set_idle_minutes')} hint={t('set_idle_hint')} props={props} />
    </fieldset>
  );
}

const STYLE_LABELS: Record<PromptStyle, MessageKey> = {
  notification: 'set_prompt_notification',
  window: 'set_prompt_window',
};

export function PromptStyleSection(props: SectionProps) {
  const lock = lockOf(props, 'prompt.style');
  const describedBy = [lock.noteId, !props.compact && 'prompt-style-hint'].filter(Boolean).join(' ');
  return (
    <fieldset class="fieldset" disabled={lock.disabled} aria-describedby={describedBy || undefined}>
      <legend>{t('set_prompt_legend')}</legend>
      <LockedNote id={lock.noteId} text={props.lockedNote} />
      {PROMPT_STYLES.map((style) => (
        <label key={style} class="check">
          <input
            type="radio"
            name="prompt-style"
            value={style}
            checked={props.draft['prompt.style'] === style}
            onChange={() => props.set('prompt.style', style)}
          />
          <span>{t(STYLE_LABELS[style])}</span>
        </label>
      ))}
      {!props.compact && (
        <p id="prompt-style-hint" class="hint">
          {t('set_prompt_hint')}
        </p>
      )}
      <GroupError id="prompt-style-error" message={props.errors['prompt.style']} />
    </fieldset>
  );
}
