import type { ComponentChildren } from 'preact';
import { LIMITS, type LimitedField } from '../core';
import { t } from '../platform/i18n';
import type { Draft, DraftErrors, DraftField } from './settings-draft';

/** What every settings section receives from the form. */
export interface SectionProps {
  draft: Draft;
  errors: DraftErrors;
  set<K extends DraftField>(field: K, value: Draft[K]): void;
  /** The popup's narrow layout: hints are left out to save room. */
  compact: boolean;
  /** Dotted paths the administrator enforces: shown disabled with `lockedNote` beside them. */
  locked?: ReadonlySet<string> | undefined;
  /** "Set by Acme Health", or "Set by your organization" without a name. */
  lockedNote?: string | undefined;
}

/** Whether a field is enforced by policy, and the id of the note that says so. */
export function lockOf(props: SectionProps, field: DraftField): { disabled: boolean; noteId: string | undefined } {
  const disabled = props.locked?.has(field) ?? false;
  return { disabled, noteId: disabled ? `${fieldId(field)}-locked` : undefined };
}

/** The "Set by …" note next to an enforced control. */
export function LockedNote({ id, text }: { id: string | undefined; text: string | undefined }) {
  if (!id) return null;
  return (
    <p id={id} class="hint locked-note">
      {text ?? t('set_locked_by_org')}
    </p>
  );
}

export const fieldId = (field: DraftField) => `setting-${field.replaceAll('.', '-')}`;

const describedBy = (...ids: Array<string | false | undefined>) => ids.filter(Boolean).join(' ') || undefined;

interface InputProps {
  field: Extract<DraftField, LimitedField | 'workHours.start' | 'workHours.end'>;
  label: string;
  hint?: string | false;
  props: SectionProps;
}

/** A labelled text-like input with its hint and error tied to it for screen readers. */
export function InputField({ field, label, hint, props }: InputProps) {
  const id = fieldId(field);
  const error = props.errors[field];
  const range = field in LIMITS ? LIMITS[field as LimitedField] : null;
  const showHint = hint && !props.compact;
  const lock = lockOf(props, field);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        class="input input-short"
        type={range ? 'number' : 'time'}
        inputMode={range ? 'numeric' : undefined}
        min={range?.min}
        max={range?.max}
        step={range ? 1 : undefined}
        value={props.draft[field]}
        disabled={lock.disabled}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(lock.noteId, showHint && `${id}-hint`, error && `${id}-error`)}
        onInput={(e) => props.set(field, e.currentTarget.value)}
      />
      <LockedNote id={lock.noteId} text={props.lockedNote} />
      {showHint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

interface CheckProps {
  checked: boolean;
  onChange(checked: boolean): void;
  children: ComponentChildren;
  /** A fuller name for screen readers when the visible text is abbreviated. */
  name?: string;
  id?: string;
  /** Announced as an on/off switch rather than a tick box. */
  isSwitch?: boolean;
  describedBy?: string | undefined;
  disabled?: boolean;
}

/** A checkbox wrapped in its label, so the whole line is the click target. */
export function CheckField({ checked, onChange, children, name, id, isSwitch, describedBy, disabled }: CheckProps) {
  return (
    <label class={isSwitch ? 'check check-switch' : 'check'}>
      <input
        id={id}
        type="checkbox"
        role={isSwitch ? 'switch' : undefined}
        checked={checked}
        disabled={disabled}
        aria-label={name}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <span>{children}</span>
    </label>
  );
}

/** An error for a whole group (a fieldset) rather than one input. */
export function GroupError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} class="field-error">
      {message}
    </p>
  );
}

interface LockedCheckProps {
  field: DraftField;
  props: SectionProps;
  children: ComponentChildren;
  isSwitch?: boolean;
}

/** An on/off setting: disabled with its "Set by …" note when the administrator enforces it. */
export function SettingCheck({ field, props, children, isSwitch }: LockedCheckProps) {
  const lock = lockOf(props, field);
  return (
    <>
      <CheckField
        id={fieldId(field)}
        checked={props.draft[field] as boolean}
        onChange={(v) => props.set(field, v as never)}
        disabled={lock.disabled}
        describedBy={lock.noteId}
        isSwitch={isSwitch}
      >
        {children}
      </CheckField>
      <LockedNote id={lock.noteId} text={props.lockedNote} />
    </>
  );
}
