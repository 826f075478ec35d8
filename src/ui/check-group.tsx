import type { ComponentChildren } from 'preact';
import { CheckField, GroupError, LockedNote } from './form-fields';

interface Props<T extends string> {
  legend: string;
  /** Every choice, in the order shown and stored. */
  options: readonly T[];
  /** A choice's name, as shown. */
  label(option: T): string;
  value: readonly T[];
  onChange(value: T[]): void;
  /** Shown under the choices; ties to the group for screen readers. */
  hint?: ComponentChildren;
  /** A short remark after one choice's label, such as why it does not apply right now. */
  note?(option: T): string | undefined;
  error?: string;
  id: string;
  /** A settings section of its own (boxed) rather than a group inside one. */
  boxed?: boolean;
  /** Enforced by the administrator: every choice disabled, with the "Set by …" note. */
  lock?: { disabled: boolean; noteId: string | undefined };
  lockedNote?: string | undefined;
}

/** A set of tick boxes for one list setting; the list keeps the options' order. */
export function CheckGroup<T extends string>(props: Props<T>) {
  const { options, value, onChange, id } = props;
  const toggle = (option: T, on: boolean) => onChange(options.filter((o) => (o === option ? on : value.includes(o))));
  const describedBy = [props.lock?.noteId, props.hint && `${id}-hint`, props.error && `${id}-error`]
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset
      class={props.boxed ? 'fieldset' : 'fieldset-plain'}
      id={id}
      disabled={props.lock?.disabled}
      aria-describedby={describedBy || undefined}
    >
      <legend>{props.legend}</legend>
      <LockedNote id={props.lock?.noteId} text={props.lockedNote} />
      <div class="choices">
        {options.map((option) => {
          const note = props.note?.(option);
          return (
            <CheckField key={option} checked={value.includes(option)} onChange={(on) => toggle(option, on)}>
              {props.label(option)}
              {note && <span class="choice-note"> ({note})</span>}
            </CheckField>
          );
        })}
      </div>
      {props.hint && (
        <p id={`${id}-hint`} class="hint">
          {props.hint}
        </p>
      )}
      <GroupError id={`${id}-error`} message={props.error} />
    </fieldset>
  );
}
