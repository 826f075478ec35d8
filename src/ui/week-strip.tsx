import './week-strip.css';

export interface StripDay {
  /** "YYYY-MM-DD", local. */
  date: string;
  taken: number;
}

const weekday = (key: string, style: 'short' | 'long') => {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12).toLocaleDateString('en-GB', { weekday: style });
};

/** Seven small bars of breaks taken per day, oldest first, with a list in words for screen readers. */
export function WeekStrip({ days }: { days: readonly StripDay[] }) {
  const max = Math.max(1, ...days.map((d) => d.taken));
  return (
    <figure class="week-strip">
      <figcaption class="small muted">Breaks taken, last 7 days</figcaption>
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
            {i === days.length - 1 ? 'Today' : weekday(d.date, 'long')}: {d.taken} {d.taken === 1 ? 'break' : 'breaks'}{' '}
            taken
          </li>
        ))}
      </ul>
    </figure>
  );
}
