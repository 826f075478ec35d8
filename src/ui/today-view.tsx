import type { DayRecord, KindCounts } from '../core';

const ROWS: ReadonlyArray<{ key: keyof KindCounts; label: string }> = [
  { key: 'prompted', label: 'Offered' },
  { key: 'taken', label: 'Taken' },
  { key: 'snoozed', label: 'Snoozed' },
  { key: 'skipped', label: 'Skipped' },
];

interface Props {
  day: DayRecord;
  caption?: string;
}

/** Today's breaks per kind, plus the breaks the person took on their own. */
export function TodayView({ day, caption = 'Today' }: Props) {
  return (
    <table class="day-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">
            <span class="visually-hidden">Breaks</span>
          </th>
          <th scope="col">Stretch breaks</th>
          <th scope="col">Eye rests</th>
        </tr>
      </thead>
      <tbody>
        {ROWS.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td>{day.stretch[row.key]}</td>
            <td>{day.micro[row.key]}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">Stepped away on your own</th>
          <td colSpan={2}>{day.natural}</td>
        </tr>
      </tbody>
    </table>
  );
}
