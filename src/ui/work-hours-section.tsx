import type { Weekday } from '../core';
import { CheckField, GroupError, InputField, type SectionProps } from './form-fields';

// Monday first: the default working week reads as one run of days.
const DAYS: ReadonlyArray<{ day: Weekday; short: string; name: string }> = [
  { day: 'mon', short: 'Mon', name: 'Monday' },
  { day: 'tue', short: 'Tue', name: 'Tuesday' },
  { day: 'wed', short: 'Wed', name: 'Wednesday' },
  { day: 'thu', short: 'Thu', name: 'Thursday' },
  { day: 'fri', short: 'Fri', name: 'Friday' },
  { day: 'sat', short: 'Sat', name: 'Saturday' },
  { day: 'sun', short: 'Sun', name: 'Sunday' },
];

export function WorkHoursSection(props: SectionProps) {
  const days = props.draft['workHours.days'];
  const toggle = (day: Weekday, on: boolean) =>
    props.set('workHours.days', on ? [...days, day] : days.filter((d) => d !== day));
  return (
    <fieldset class="fieldset">
      <legend>Working hours</legend>
      <CheckField checked={props.draft['workHours.enabled']} onChange={(v) => props.set('workHours.enabled', v)}>
        Only remind me during working hours
      </CheckField>
      <fieldset class="fieldset-plain">
        <legend>Days</legend>
        <div class="days">
          {DAYS.map(({ day, short, name }) => (
            <CheckField key={day} checked={days.includes(day)} name={name} onChange={(on) => toggle(day, on)}>
              {short}
            </CheckField>
          ))}
        </div>
        <GroupError id="work-days-error" message={props.errors['workHours.days']} />
      </fieldset>
      <div class="field-row">
        <InputField field="workHours.start" label="From" props={props} />
        <InputField field="workHours.end" label="Until" props={props} />
      </div>
      {!props.compact && (
        <p class="hint">Outside these hours Sitwell stays quiet, and the timers start afresh when work begins.</p>
      )}
    </fieldset>
  );
}
