import type { SummaryDay } from '../../core';
import { t, tp } from '../../platform/i18n';
import { DayFrame, DayTable } from './day-frame';

export function BreaksChart({ series }: { series: readonly SummaryDay[] }) {
  const max = Math.max(1, ...series.map((d) => d.taken + d.skipped));
  return (
    <figure class="chart-figure">
      <figcaption>
        <h3>{t('hist_breaks_chart_title')}</h3>
      </figcaption>
      <ul class="chart-legend">
        <li>
          <svg class="swatch" viewBox="0 0 16 16" aria-hidden="true">
            <rect class="bar-taken" width="16" height="16" />
          </svg>
          {t('hist_breaks_taken')}
        </li>
        <li>
          <svg class="swatch" viewBox="0 0 16 16" aria-hidden="true">
            <rect class="bar-skipped" width="16" height="16" fill="url(#sw-hatch)" />
          </svg>
          {t('hist_breaks_skipped')}
        </li>
      </ul>
      <DayFrame
        label={tp('hist_breaks_chart_label', series.length)}
        series={series}
        yTitle={t('hist_breaks_axis')}
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
      <DayTable
        caption={t('hist_breaks_chart_title')}
        series={series}
        columns={[
          { label: t('hist_breaks_taken'), value: (d) => d.taken },
          { label: t('hist_breaks_skipped'), value: (d) => d.skipped },
        ]}
      />
    </figure>
  );
}

/** The longest stretch of sitting without a break, one point per day joined by a line. */
