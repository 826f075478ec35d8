import type { SummaryDay } from '../../core';
import { t, tp } from '../../platform/i18n';
import { DayFrame, DayTable } from './day-frame';

export function SittingChart({ series }: { series: readonly SummaryDay[] }) {
  const max = Math.max(10, ...series.map((d) => d.longestSittingMinutes));
  return (
    <figure class="chart-figure">
      <figcaption>
        <h3>{t('hist_sitting_chart_title')}</h3>
      </figcaption>
      <DayFrame
        label={tp('hist_sitting_chart_label', series.length)}
        series={series}
        yTitle={t('hist_chart_minutes')}
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
        caption={t('hist_sitting_table_caption')}
        series={series}
        columns={[{ label: t('hist_chart_minutes'), value: (d) => d.longestSittingMinutes }]}
      />
    </figure>
  );
}
