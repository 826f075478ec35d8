import type { ComponentChildren } from 'preact';
import { BODY_AREAS, type BodyArea, type SummaryDay } from '../core';
import { AREA_LABELS } from '../ui/routine-labels';

/** "2026-11-26" as a local date (noon, away from daylight-saving edges). */
const toDate = (key: string) => {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12);
};

/** A short axis label: the weekday for a week, the day and month for longer spans. */
export function shortDay(key: string, spanDays: number): string {
  const date = toDate(key);
  return spanDays <= 7
    ? date.toLocaleDateString('en-GB', { weekday: 'short' })
    : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });
}

/** The full date for tables and screen readers, e.g. "Thursday 26 November". */
export function longDay(key: string): string {
  return toDate(key).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long' });
}

/** Whole-number gridlines from 0 to a top that holds `max`: at most five of them. */
function ticks(max: number): number[] {
  const top = Math.max(1, Math.ceil(max));
  const step = Math.max(1, Math.ceil(top / 4));
  const out: number[] = [];
  for (let v = 0; v < top + step; v += step) out.push(v);
  return out;
}

const W = 640;
const H = 220;
const M = { left: 44, right: 12, top: 12, bottom: 44 };
const PLOT_W = W - M.left - M.right;
const PLOT_H = H - M.top - M.bottom;

interface FrameProps {
  label: string;
  series: readonly SummaryDay[];
  yTitle: string;
  max: number;
  children: (scale: { x: (i: number) => number; band: number; y: (v: number) => number }) => ComponentChildren;
}

/** Axes, gridlines and day labels shared by the day-by-day charts. */
function DayFrame({ label, series, yTitle, max, children }: FrameProps) {
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
            {v}
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
        Day
      </text>
      <text class="chart-title" x={-(M.top + PLOT_H / 2)} y={12} transform="rotate(-90)" text-anchor="middle">
        {yTitle}
      </text>
      {children({ x, band, y })}
    </svg>
  );
}

function AsTable({ children }: { children: ComponentChildren }) {
  return (
    <details class="chart-table">
      <summary>Show as a table</summary>
      {children}
    </details>
  );
}

/** Breaks taken (solid) and skipped (hatched) stacked per day, with a legend and a table. */
export function BreaksChart({ series }: { series: readonly SummaryDay[] }) {
  const max = Math.max(1, ...series.map((d) => d.taken + d.skipped));
  return (
    <figure class="chart-figure">
      <figcaption>
        <h3>Breaks taken and skipped each day</h3>
      </figcaption>
      <ul class="chart-legend">
        <li>
          <svg class="swatch" viewBox="0 0 16 16" aria-hidden="true">
            <rect class="bar-taken" width="16" height="16" />
          </svg>
          Taken
        </li>
        <li>
          <svg class="swatch" viewBox="0 0 16 16" aria-hidden="true">
            <rect class="bar-skipped" width="16" height="16" fill="url(#sw-hatch)" />
          </svg>
          Skipped
        </li>
      </ul>
      <DayFrame
        label={`Stacked bar chart: breaks taken and skipped on each of the last ${series.length} days. The table below holds the same numbers.`}
        series={series}
        yTitle="Breaks"
        max={max}
      >
        {({ x, band, y }) => {
          const w = Math.max(1, band * 0.7);
          return (
            <>
              <defs>
                <pattern id="sw-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                  <rect class="hatch-bg" width="6" height="6" />
                  <line class="hatch-line" x1="0" y1="0" x2="0" y2="6" />
                </pattern>
              </defs>
              {series.map((d, i) => {
                const left = x(i) + (band - w) / 2;
                return (
                  <g key={d.date}>
                    {d.taken > 0 && (
                      <rect class="bar-taken" x={left} width={w} y={y(d.taken)} height={y(0) - y(d.taken)} />
                    )}
                    {d.skipped > 0 && (
                      <rect
                        class="bar-skipped"
                        fill="url(#sw-hatch)"
                        x={left}
                        width={w}
                        y={y(d.taken + d.skipped)}
                        height={y(d.taken) - y(d.taken + d.skipped)}
                      />
                    )}
                  </g>
                );
              })}
            </>
          );
        }}
      </DayFrame>
      <AsTable>
        <table class="data-table">
          <caption>Breaks taken and skipped each day</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Taken</th>
              <th scope="col">Skipped</th>
            </tr>
          </thead>
          <tbody>
            {series.map((d) => (
              <tr key={d.date}>
                <th scope="row">{longDay(d.date)}</th>
                <td>{d.taken}</td>
                <td>{d.skipped}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </AsTable>
    </figure>
  );
}

/** The longest stretch of sitting without a break, one point per day joined by a line. */
export function SittingChart({ series }: { series: readonly SummaryDay[] }) {
  const max = Math.max(10, ...series.map((d) => d.longestSittingMinutes));
  return (
    <figure class="chart-figure">
      <figcaption>
        <h3>Longest time sitting without a break</h3>
      </figcaption>
      <DayFrame
        label={`Line chart: the longest time sitting without a break, in minutes, on each of the last ${series.length} days. The table below holds the same numbers.`}
        series={series}
        yTitle="Minutes"
        max={max}
      >
        {({ x, band, y }) => {
          const points = series.map((d, i) => [x(i) + band / 2, y(d.longestSittingMinutes)] as const);
          return (
            <>
              <polyline class="chart-line" points={points.map(([px, py]) => `${px},${py}`).join(' ')} />
              {series.length <= 31 &&
                points.map(([px, py], i) => <circle key={series[i]?.date} class="chart-dot" cx={px} cy={py} r="3.5" />)}
            </>
          );
        }}
      </DayFrame>
      <AsTable>
        <table class="data-table">
          <caption>Longest time sitting without a break, in minutes</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Minutes</th>
            </tr>
          </thead>
          <tbody>
            {series.map((d) => (
              <tr key={d.date}>
                <th scope="row">{longDay(d.date)}</th>
                <td>{d.longestSittingMinutes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </AsTable>
    </figure>
  );
}

const ROW = 26;
const LABEL_W = 150;
const VALUE_W = 70;

/** Minutes of guided exercise for each body area over the period, as horizontal bars. */
export function AreaChart({ minutes }: { minutes: Record<BodyArea, number> }) {
  const max = Math.max(1, ...BODY_AREAS.map((a) => minutes[a]));
  const barSpace = W - LABEL_W - VALUE_W;
  const height = BODY_AREAS.length * ROW + 8;
  return (
    <figure class="chart-figure">
      <figcaption>
        <h3>Minutes moved by body area</h3>
      </figcaption>
      <svg
        class="chart"
        viewBox={`0 0 ${W} ${height}`}
        role="img"
        aria-label="Horizontal bar chart: minutes of guided exercise for each body area in this period. The table below holds the same numbers."
      >
        {BODY_AREAS.map((area, i) => {
          const top = 4 + i * ROW;
          const w = (minutes[area] / max) * barSpace;
          return (
            <g key={area}>
              <text class="chart-tick" x={LABEL_W - 8} y={top + ROW / 2 + 4} text-anchor="end">
                {AREA_LABELS[area]}
              </text>
              {w > 0 && <rect class="bar-area" x={LABEL_W} y={top + 4} width={w} height={ROW - 8} />}
              <text class="chart-tick" x={LABEL_W + w + 6} y={top + ROW / 2 + 4}>
                {minutes[area]} min
              </text>
            </g>
          );
        })}
        <line class="chart-axis" x1={LABEL_W} x2={LABEL_W} y1={2} y2={height - 2} />
      </svg>
      <AsTable>
        <table class="data-table">
          <caption>Minutes of guided exercise by body area</caption>
          <thead>
            <tr>
              <th scope="col">Body area</th>
              <th scope="col">Minutes</th>
            </tr>
          </thead>
          <tbody>
            {BODY_AREAS.map((area) => (
              <tr key={area}>
                <th scope="row">{AREA_LABELS[area]}</th>
                <td>{minutes[area]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </AsTable>
    </figure>
  );
}
