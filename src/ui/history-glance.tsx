import { dayOf, type History, offeredOf, summarize } from '../core';
import { WeekStrip } from './week-strip';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Today in two lines, then the week as small bars: the popup's history view. */
export function HistoryGlance({ history, now }: { history: History; now: number }) {
  const day = dayOf(history, now);
  const week = summarize(history, now, 7).series.map((d) => ({ date: d.date, taken: d.taken }));
  return (
    <div class="history-glance">
      <h2 class="visually-hidden">Today at a glance</h2>
      <dl class="glance-list">
        <div>
          <dt>Stretch breaks today</dt>
          <dd data-testid="glance-stretch">
            {day.stretch.taken} taken of {offeredOf(day.stretch)}
          </dd>
        </div>
        <div>
          <dt>Eye rests today</dt>
          <dd>
            {day.micro.taken} taken of {offeredOf(day.micro)}
          </dd>
        </div>
        <div>
          <dt>Longest sitting stretch</dt>
          <dd>{day.longestSittingMinutes > 0 ? plural(day.longestSittingMinutes, 'minute', 'minutes') : 'none yet'}</dd>
        </div>
      </dl>
      <WeekStrip days={week} />
    </div>
  );
}
