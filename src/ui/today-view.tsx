import type { DayRecord, KindCounts } from '../core';
import type { MessageKey } from '../locales/keys';
import { t } from '../platform/i18n';

const ROWS: ReadonlyArray<{ key: keyof KindCounts; label: MessageKey }> = [
  { key: 'prompted', label: 'popup_day_offered' },
  { key: 'taken', label: 'popup_day_taken' },
  { key: 'snoozed', label: 'popup_day_snoozed' },
  { key: 'skipped', label: 'popup_day_skipped' },
];

interface Props {
  day: DayRecord;
  /** Today's table by default ("Today"). */
  caption?: string;
}

/** Today's breaks per kind, plus the breaks the person took on their own. */
export function TodayView({ day, caption = t('popup_today') }: Props) {
  return (
    <table class="day-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">
            <span class="visually-hidden">{t('popup_day_breaks')}</span>
          </th>
          <th scope="col">{t('popup_day_stretch_breaks')}</th>
          <th scope="col">{t('popup_day_eye_rests')}</th>
        </tr>
      </thead>
      <tbody>
        {ROWS.map((row) => (
          <tr key={row.key}>
            <th scope="row">{t(row.label)}</th>
            <td>{day.stretch[row.key]}</td>
            <td>{day.micro[row.key]}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{t('popup_day_natural')}</th>
          <td colSpan={2}>{day.natural}</td>
        </tr>
      </tbody>
    </table>
  );
}
