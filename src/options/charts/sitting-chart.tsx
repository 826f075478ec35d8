import type { SummaryDay } from '../../core';
import { DayFrame, DayTable } from './day-frame';

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
      <DayTable
        caption="Longest time sitting without a break, in minutes"
        series={series}
        columns={[{ label: 'Minutes', value: (d) => d.longestSittingMinutes }]}
      />
    </figure>
  );
}
