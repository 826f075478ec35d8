import type { Weekday } from '../core';
import { CheckField, GroupError, InputField, LockedNote, lockOf, type SectionProps, SettingCheck } from './form-fields';

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
  const daysLock = lockOf(props, 'workHours.days');
  const toggle = (day: Weekday, on: boolean) =>
    props.set('workHours.days', on ? [...days, day] : days.filter((d) => d !== day));
  return (
    <fieldset class="fieldset">
      <legend>Working hours</legend>
      <SettingCheck field="workHours.enabled" props={props}>
        Only remind me during working hours
      </SettingCheck>
      {/* A disabled fieldset disables every day at once when the administrator enforces the days. */}
      <fieldset class="fieldset-plain" disabled={daysLock.disabled} aria-describedby={daysLock.noteId}>
        <legend>Days</legend>
        <div class="days">
          {DAYS.map(({ day, short, name }) => (
            <CheckField key={day} checked={days.includes(day)} name={name} onChange={(on) => toggle(day, on)}>
              {short}
            </CheckField>
          ))}
        </div>
        <LockedNote id={daysLock.noteId} text={props.lockedNote} />
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
