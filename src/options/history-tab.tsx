import './history.css';
import { useEffect, useState } from 'preact/hooks';
import { type DayRecord, SUMMARY_PERIODS, type SummaryPeriod, streak, summarize, summaryMessages } from '../core';
import { GOAL_MAX, GOAL_MIN, validGoal, writeHistoryGoal } from '../platform/history-goal-store';
import { say, t, tp } from '../platform/i18n';
import { Loading } from '../ui/loading';
import { TodayView } from '../ui/today-view';
import { useHistory, useHistoryGoal } from '../ui/use-history';
import { useNow } from '../ui/use-now';
import { BackupSection } from './backup-section';
import { AreaChart } from './charts/area-chart';
import { BreaksChart } from './charts/breaks-chart';
import { SittingChart } from './charts/sitting-chart';

/** The daily goal for the streak, saved as soon as it is a valid number. */
function GoalField({ goal }: { goal: number }) {
  const [text, setText] = useState(String(goal));
  useEffect(() => setText(String(goal)), [goal]);
  const parsed = validGoal(Number(text));
  const invalid = text.trim() === '' || parsed === null;
  const onInput = (e: Event) => {
    const value = (e.currentTarget as HTMLInputElement).value;
    setText(value);
    const next = validGoal(Number(value));
    if (value.trim() !== '' && next !== null && next !== goal) void writeHistoryGoal(next);
  };
  return (
    <div class="field">
      <label for="history-goal">{t('hist_goal_label')}</label>
      <input
        id="history-goal"
        class="input input-short"
        type="number"
        inputMode="numeric"
        min={GOAL_MIN}
        max={GOAL_MAX}
        step={1}
        value={text}
        aria-invalid={invalid}
        aria-describedby="history-goal-hint"
        onInput={onInput}
      />
      <p id="history-goal-hint" class={invalid ? 'field-error' : 'hint'}>
        {invalid ? t('hist_goal_invalid', GOAL_MIN, GOAL_MAX) : t('hist_goal_hint')}
      </p>
    </div>
  );
}

const PRIVACY = [
  ['hist_privacy_what_label', 'hist_privacy_what'],
  ['hist_privacy_where_label', 'hist_privacy_where'],
  ['hist_privacy_how_long_label', 'hist_privacy_how_long'],
  ['hist_privacy_sent_label', 'hist_privacy_sent'],
] as const;

function Privacy() {
  return (
    <section class="history-section" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">{t('hist_privacy_heading')}</h2>
      <ul class="privacy-list">
        {PRIVACY.map(([label, text]) => (
          <li key={label}>
            <strong>{t(label)}</strong> {t(text)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** "3 days in a row with at least 6 stretch breaks.", or how to start a streak. */
function streakText(days: number, goal: number): string {
  const breaks = tp('hist_stretch_breaks', goal);
  return days === 0 ? t('hist_streak_none', breaks) : tp('hist_streak_days', days, breaks);
}

/** The options page's History tab: today, the period's charts, the streak, data tools and privacy. */
export function HistoryTab({ day }: { day: DayRecord | null }) {
  const history = useHistory();
  const goal = useHistoryGoal();
  const now = useNow(60_000);
  const [period, setPeriod] = useState<SummaryPeriod>(7);
  if (!history || goal === null || !day) return <Loading />;
  const summary = summarize(history, now, period);
  const days = streak(history, now, { stretchBreaks: goal });
  const todayTaken = day.stretch.taken;
  return (
    <div class="history-tab">
      <section class="history-section" aria-labelledby="today-heading">
        <h2 id="today-heading">{t('hist_today_heading')}</h2>
        <TodayView day={day} caption={t('hist_today_caption')} />
      </section>

      <section class="history-section" aria-labelledby="streak-heading">
        <h2 id="streak-heading">{t('hist_streak_heading')}</h2>
        <GoalField goal={goal} />
        <p class="streak-text" data-testid="streak">
          {streakText(days, goal)} {t('hist_streak_today', todayTaken, goal)}
        </p>
      </section>

      <section class="history-section" aria-labelledby="period-heading">
        <h2 id="period-heading">{t('hist_period_heading')}</h2>
        <fieldset class="period-switch">
          <legend>{t('hist_period_legend')}</legend>
          {SUMMARY_PERIODS.map((p) => (
            <label key={p} class="period-option">
              <input
                type="radio"
                name="history-period"
                value={p}
                checked={period === p}
                onChange={() => setPeriod(p)}
              />
              <span>{tp('hist_period_days', p)}</span>
            </label>
          ))}
        </fieldset>
        <p class="summary-text" data-testid="summary-text" aria-live="polite">
          {summaryMessages(summary).map(say).join(' ')}
        </p>
        <BreaksChart series={summary.series} />
        <SittingChart series={summary.series} />
        <AreaChart minutes={summary.areaMinutes} />
      </section>

      <BackupSection />
      <Privacy />
    </div>
  );
}
