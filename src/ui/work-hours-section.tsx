import type { Weekday } from '../core';
import { t } from '../platform/i18n';
import { formatDate } from '../shared/format';
import { CheckField, GroupError, InputField, LockedNote, lockOf, type SectionProps, SettingCheck } from './form-fields';

// Monday first: the default working week reads as one run of days.
const WEEK: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** A Monday (1 January 2024), so day `i` of WEEK falls `i` days later. */
const dayOf = (i: number) => new Date(2024, 0, 1 + i);

/** Each day's short and full name in the reader's language ("Mon"/"Monday", "Mo."/"Montag"). */
function dayNames(): Array<{ day: Weekday; short: string; name: string }> {
  return WEEK.map((day, i) => ({
    day,
    short: formatDate(dayOf(i), { weekday: 'short' }),
    name: formatDate(dayOf(i), { weekday: 'long' }),
  }));
}

export function WorkHoursSection(props: SectionProps) {
  const days = props.draft['workHours.days'];
  const daysLock = lockOf(props, 'workHours.days');
  const names = dayNames();
  const toggle = (day: Weekday, on: boolean) =>
    props.set('workHours.days', on ? [...days, day] : days.filter((d) => d !== day));
  return (
    <fieldset class="fieldset">
      <legend>{t('set_hours_legend')}</legend>
      <SettingCheck field="workHours.enabled" props={props}>
        {t('set_hours_enable')}
      </SettingCheck>
      {/* A disabled fieldset disables every day at once when the administrator enforces the days. */}
      <fieldset class="fieldset-plain" disabled={daysLock.disabled} aria-describedby={daysLock.noteId}>
        <legend>{t('set_days_legend')}</legend>
        <div class="days">
          {names.map(({ day, short, name }) => (
            <CheckField key={day} checked={days.includes(day)} name={name} onChange={(on) => toggle(day, on)}>
              {short}
            </CheckField>
          ))}
        </div>
        <LockedNote id={daysLock.noteId} text={props.lockedNote} />
        <GroupError id="work-days-error" message={props.errors['workHours.days']} />
      </fieldset>
      <div class="field-row">
        <InputField field="workHours.start" label={t('set_hours_from')} props={props} />
        <InputField field="workHours.end" label={t('set_hours_until')} props={props} />
      </div>
      {!props.compact && <p class="hint">{t('set_hours_hint')}</p>}
    </fieldset>
  );
}
