import { PROMPT_STYLES, type PromptStyle } from '../core';
import { GroupError, InputField, LockedNote, lockOf, type SectionProps, SettingCheck } from './form-fields';

export function StretchSection(props: SectionProps) {
  return (
    <fieldset class="fieldset">
      <legend>Stretch breaks</legend>
      <SettingCheck field="stretchBreak.enabled" props={props}>
        Remind me to get up and stretch
      </SettingCheck>
      <div class="field-row">
        <InputField field="stretchBreak.everyMinutes" label="Every (minutes)" props={props} />
        <InputField field="stretchBreak.durationMinutes" label="Lasting (minutes)" props={props} />
      </div>
      {!props.compact && (
        <p class="hint">
          Short breaks often, such as 5 minutes in every hour, suit most desk work better than rare long ones.
        </p>
      )}
    </fieldset>
  );
}

export function EyeRestSection(props: SectionProps) {
  return (
    <fieldset class="fieldset">
      <legend>Eye rests</legend>
      <SettingCheck field="microBreak.enabled" props={props}>
        Remind me to rest my eyes
      </SettingCheck>
      <div class="field-row">
        <InputField field="microBreak.everyMinutes" label="Every (minutes)" props={props} />
        <InputField field="microBreak.durationSeconds" label="Lasting (seconds)" props={props} />
      </div>
      {!props.compact && (
        <p class="hint">A quick look into the distance, about 20 seconds every 20 minutes, gives your eyes a change.</p>
      )}
    </fieldset>
  );
}

export function SnoozeSection(props: SectionProps) {
  return (
    <fieldset class="fieldset">
      <legend>Snoozing and time away</legend>
      <div class="field-row">
        <InputField field="snooze.minutes" label="Snooze for (minutes)" props={props} />
        <InputField field="snooze.maxPerBreak" label="Snoozes per break" hint="0 turns snoozing off." props={props} />
      </div>
      <InputField
        field="idleResetMinutes"
        label="Time away that counts as a break (minutes)"
        hint="Leave the keyboard this long and Sitwell treats it as a break, starting your timers again."
        props={props}
      />
    </fieldset>
  );
}

const STYLE_LABELS: Record<PromptStyle, string> = {
  notification: 'A notification',
  window: 'A small Sitwell window',
};

export function PromptStyleSection(props: SectionProps) {
  const lock = lockOf(props, 'prompt.style');
  const describedBy = [lock.noteId, !props.compact && 'prompt-style-hint'].filter(Boolean).join(' ');
  return (
    <fieldset class="fieldset" disabled={lock.disabled} aria-describedby={describedBy || undefined}>
      <legend>How reminders appear</legend>
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
          <span>{STYLE_LABELS[style]}</span>
        </label>
      ))}
      {!props.compact && (
        <p id="prompt-style-hint" class="hint">
          When notifications are blocked, the window opens instead.
        </p>
      )}
      <GroupError id="prompt-style-error" message={props.errors['prompt.style']} />
    </fieldset>
  );
}
