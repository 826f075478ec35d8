import './week-strip.css';
import { t, tp } from '../platform/i18n';
import { formatDate } from '../shared/format';

export interface StripDay {
  /** "YYYY-MM-DD", local. */
  date: string;
  taken: number;
}

/** The day's name in the reader's language: "Mon" / "Monday", "Mo." / "Montag". */
const weekday = (key: string, style: 'short' | 'long') => {
  const [y, m, d] = key.split('-').map(Number);
  return formatDate(new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12), { weekday: style });
};

/** Seven small bars of breaks taken per day, oldest first, with a list in words for screen readers. */
export function WeekStrip({ days }: { days: readonly StripDay[] }) {
  const max = Math.max(1, ...days.map((d) => d.taken));
  return (
    <figure class="week-strip">
      <figcaption class="small muted">{t('popup_week_caption', days.length)}</figcaption>
      <div class="week-bars" aria-hidden="true">
        {days.map((d) => (
          <div key={d.date} class="week-day">
            <span class="week-count">{d.taken}</span>
            <span class="week-track">
              <span class="week-bar" style={{ height: `${(d.taken / max) * 100}%` }} />
            </span>
            <span class="week-label">{weekday(d.date, 'short')}</span>
          </div>
        ))}
      </div>
      <ul class="visually-hidden">
        {days.map((d, i) => (
          <li key={d.date}>
            {tp('popup_week_day_taken', d.taken, i === days.length - 1 ? t('popup_today') : weekday(d.date, 'long'))}
          </li>
        ))}
      </ul>
    </figure>
  );
}
