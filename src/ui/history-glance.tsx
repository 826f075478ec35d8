import { dayOf, type History, offeredOf, summarize } from '../core';
import { t, tp } from '../platform/i18n';
import { WeekStrip } from './week-strip';

/** Today in two lines, then the week as small bars: the popup's history view. */
export function HistoryGlance({ history, now }: { history: History; now: number }) {
  const day = dayOf(history, now);
  const week = summarize(history, now, 7).series.map((d) => ({ date: d.date, taken: d.taken }));
  return (
    <div class="history-glance">
      <h2 class="visually-hidden">{t('popup_glance_heading')}</h2>
      <dl class="glance-list">
        <div>
          <dt>{t('popup_glance_stretch')}</dt>
          <dd data-testid="glance-stretch">{t('popup_glance_taken_of', day.stretch.taken, offeredOf(day.stretch))}</dd>
        </div>
        <div>
          <dt>{t('popup_glance_eye')}</dt>
          <dd>{t('popup_glance_taken_of', day.micro.taken, offeredOf(day.micro))}</dd>
        </div>
        <div>
          <dt>{t('popup_glance_longest')}</dt>
          <dd>
            {day.longestSittingMinutes > 0
              ? tp('popup_glance_minutes', day.longestSittingMinutes)
              : t('popup_glance_none_yet')}
          </dd>
        </div>
      </dl>
      <WeekStrip days={week} />
    </div>
  );
}
