import type { ComponentChildren, Ref } from 'preact';

interface Props<T extends string> {
  /** Unique on the page: it names the radios and builds the ids. */
  name: string;
  /** What is being answered; it names the group for screen readers. */
  legend: ComponentChildren;
  options: readonly T[];
  labels: Record<T, string>;
  /** Null while unanswered. */
  value: T | null;
  onChange(value: T): void;
  /** Ids of text that says more about the question (a tip, a source). */
  describedBy?: string | undefined;
  /** The first radio, for pages that put keyboard focus on the question at once. */
  firstRef?: Ref<HTMLInputElement> | undefined;
  /** Shown but no longer answerable (e.g. once the answers are saved). */
  disabled?: boolean;
}

/**
 * One question answered by one click: a fieldset named by its legend, holding native radios
 * (arrow keys move between answers, one tab stop per question) drawn as a row of pills. The dot
 * stays visible, so the choice made never rests on colour alone.
 */
export function ChoiceGroup<T extends string>(props: Props<T>) {
  const { name, options, value } = props;
  return (
    <fieldset
      class="choice-group"
      aria-describedby={props.describedBy}
      data-answer={value ?? undefined}
      disabled={props.disabled}
    >
      <legend class="choice-legend">{props.legend}</legend>
      <div class="pills">
        {options.map((option, i) => (
          <label key={option} class="pill">
            <input
              ref={i === 0 ? props.firstRef : undefined}
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              onChange={() => props.onChange(option)}
            />
            <span>{props.labels[option]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
