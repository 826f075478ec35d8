import { BODY_AREAS, type BodyArea } from '../../core';
import { formatNumber, t } from '../../platform/i18n';
import { areaLabel } from '../../ui/routine-labels';
import { AsTable, W } from './day-frame';

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
        <h3>{t('hist_area_chart_title')}</h3>
      </figcaption>
      <svg class="chart" viewBox={`0 0 ${W} ${height}`} role="img" aria-label={t('hist_area_chart_label')}>
        {BODY_AREAS.map((area, i) => {
          const top = 4 + i * ROW;
          const w = (minutes[area] / max) * barSpace;
          return (
            <g key={area}>
              <text class="chart-tick" x={LABEL_W - 8} y={top + ROW / 2 + 4} text-anchor="end">
                {areaLabel(area)}
              </text>
              {w > 0 && <rect class="bar-area" x={LABEL_W} y={top + 4} width={w} height={ROW - 8} />}
              <text class="chart-tick" x={LABEL_W + w + 6} y={top + ROW / 2 + 4}>
                {t('hist_area_minutes', minutes[area])}
              </text>
            </g>
          );
        })}
        <line class="chart-axis" x1={LABEL_W} x2={LABEL_W} y1={2} y2={height - 2} />
      </svg>
      <AsTable>
        <table class="data-table">
          <caption>{t('hist_area_table_caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('hist_area_column')}</th>
              <th scope="col">{t('hist_chart_minutes')}</th>
            </tr>
          </thead>
          <tbody>
            {BODY_AREAS.map((area) => (
              <tr key={area}>
                <th scope="row">{areaLabel(area)}</th>
                <td>{formatNumber(minutes[area])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </AsTable>
    </figure>
  );
}
