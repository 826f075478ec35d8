import type { ComponentChildren } from 'preact';
import type { SummaryDay } from '../../core';
import { formatNumber, t } from '../../platform/i18n';
import { formatDate } from '../../shared/format';

const toDate = (key: string) => {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12);
};

/** A short axis label: the weekday for a week, the day and month for longer spans. */
export function shortDay(key: string, spanDays: number): string {
  const date = toDate(key);
  return spanDays <= 7 ? formatDate(date, { weekday: 'short' }) : formatDate(date, { day: 'numeric', month: 'short' });
}

/** The full date for tables and screen readers, e.g. "Thursday 26 November" (in the reader's language). */
export function longDay(key: string): string {
  return formatDate(toDate(key), { weekday: 'long', day: 'numeric', month: 'long' });
}

/** Whole-number gridlines from 0 to a top that holds `max`: at most five of them. */
export function ticks(max: number): number[] {
  const top = Math.max(1, Math.ceil(max));
  const step = Math.max(1, Math.ceil(top / 4));
  const out: number[] = [];
  for (let v = 0; v < top + step; v += step) out.push(v);
  return out;
}

export const W = 640;
export const H = 220;
export const M = { left: 44, right: 12, top: 12, bottom: 44 };
export const PLOT_W = W - M.left - M.right;
export const PLOT_H = H - M.top - M.bottom;

interface FrameProps {
  label: string;
  series: readonly SummaryDay[];
  yTitle: string;
  max: number;
  children: (scale: { x: (i: number) => number; band: number; y: (v: number) => number }) => ComponentChildren;
}

/** Axes, gridlines and day labels shared by the day-by-day charts. */
export function DayFrame({ label, series, yTitle, max, children }: FrameProps) {
  const marks = ticks(max);
  const top = marks[marks.length - 1] ?? 1;
  const n = Math.max(1, series.length);
  const band = PLOT_W / n;
  const x = (i: number) => M.left + i * band;
  const y = (v: number) => M.top + PLOT_H - (v / top) * PLOT_H;
  const every = n <= 7 ? 1 : n <= 31 ? 5 : 14;
  return (
    <svg class="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      {marks.map((v) => (
        <g key={v}>
          <line class="chart-grid" x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} />
          <text class="chart-tick" x={M.left - 6} y={y(v) + 4} text-anchor="end">
            {formatNumber(v)}
          </text>
        </g>
      ))}
      {series.map((d, i) =>
        (n - 1 - i) % every === 0 ? (
          <text key={d.date} class="chart-tick" x={x(i) + band / 2} y={H - M.bottom + 16} text-anchor="middle">
            {shortDay(d.date, n)}
          </text>
        ) : null,
      )}
      <line class="chart-axis" x1={M.left} x2={W - M.right} y1={y(0)} y2={y(0)} />
      <line class="chart-axis" x1={M.left} x2={M.left} y1={M.top} y2={y(0)} />
      <text class="chart-title" x={M.left + PLOT_W / 2} y={H - 6} text-anchor="middle">
        {t('hist_chart_day')}
      </text>
      <text class="chart-title" x={-(M.top + PLOT_H / 2)} y={12} transform="rotate(-90)" text-anchor="middle">
        {yTitle}
      </text>
      {children({ x, band, y })}
    </svg>
  );
}

export function AsTable({ children }: { children: ComponentChildren }) {
  return (
    <details class="chart-table">
      <summary>{t('hist_chart_show_table')}</summary>
      {children}
    </details>
  );
}

/** Breaks taken (solid) and skipped (hatched) stacked per day, with a legend and a table. */

interface DayTableProps {
  caption: string;
  series: readonly SummaryDay[];
  columns: ReadonlyArray<{ label: string; value: (day: SummaryDay) => number }>;
}

/** A chart's day-by-day numbers as a table, behind "Show as a table", for screen readers and anyone. */
export function DayTable({ caption, series, columns }: DayTableProps) {
  return (
    <AsTable>
      <table class="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('hist_chart_day')}</th>
            {columns.map((c) => (
              <th key={c.label} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {series.map((d) => (
            <tr key={d.date}>
              <th scope="row">{longDay(d.date)}</th>
              {columns.map((c) => (
                <td key={c.label}>{formatNumber(c.value(d))}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </AsTable>
  );
}
