import './history.css';
import { useEffect, useState } from 'preact/hooks';
import { type DayRecord, SUMMARY_PERIODS, type SummaryPeriod, streak, summarize, summaryText } from '../core';
import { GOAL_MAX, GOAL_MIN, validGoal, writeHistoryGoal } from '../platform/history-goal-store';
import { Loading } from '../ui/loading';
import { TodayView } from '../ui/today-view';
import { useHistory, useHistoryGoal } from '../ui/use-history';
import { useNow } from '../ui/use-now';
import { BackupSection } from './backup-section';
import { AreaChart } from './charts/area-chart';
import { BreaksChart } from './charts/breaks-chart';
import { SittingChart } from './charts/sitting-chart';

const PERIOD_LABEL: Record<SummaryPeriod, string> = { 7: '7 days', 30: '30 days', 90: '90 days' };

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
      <label for="history-goal">Stretch breaks a day</label>
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
        {invalid
          ? `Enter a whole number from ${GOAL_MIN} to ${GOAL_MAX}.`
          : 'Your own daily aim. A day counts toward the streak when you reach it.'}
      </p>
    </div>
  );
}

function Privacy() {
  return (
    <section class="history-section" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">What Sitwell keeps, and where</h2>
      <ul class="privacy-list">
        <li>
          <strong>What:</strong> your settings, the state of the break timer, a count per day of breaks offered, taken,
          snoozed and skipped (with sitting time and stretch minutes), and your checklist and posture answers.
        </li>
        <li>
          <strong>Where:</strong> in this browser’s extension storage, on this device only. If you have turned on your
          browser’s own sync, your settings (and nothing else) are copied by the browser to your other devices.
        </li>
        <li>
          <strong>How long:</strong> history covers at most the newest 365 days; older days are removed on their own.
          Everything else stays until you change it, clear it here or remove Sitwell.
        </li>
        <li>
          <strong>Sent anywhere?</strong> No. Sitwell has no server, no analytics and no tracking; nothing leaves your
          browser unless you export a file yourself.
        </li>
      </ul>
    </section>
  );
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
        <h2 id="today-heading">Today</h2>
        <TodayView day={day} caption="Today’s breaks" />
      </section>

      <section class="history-section" aria-labelledby="streak-heading">
        <h2 id="streak-heading">Streak</h2>
        <GoalField goal={goal} />
        <p class="streak-text" data-testid="streak">
          {days === 0
            ? `No streak yet: reach ${goal} stretch ${goal === 1 ? 'break' : 'breaks'} in a day to start one.`
            : `${days} ${days === 1 ? 'day' : 'days'} in a row with at least ${goal} stretch ${goal === 1 ? 'break' : 'breaks'}.`}{' '}
          Today so far: {todayTaken} of {goal}.
        </p>
      </section>

      <section class="history-section" aria-labelledby="period-heading">
        <h2 id="period-heading">Over time</h2>
        <fieldset class="period-switch">
          <legend>Show the last</legend>
          {SUMMARY_PERIODS.map((p) => (
            <label key={p} class="period-option">
              <input
                type="radio"
                name="history-period"
                value={p}
                checked={period === p}
                onChange={() => setPeriod(p)}
              />
              <span>{PERIOD_LABEL[p]}</span>
            </label>
          ))}
        </fieldset>
        <p class="summary-text" data-testid="summary-text" aria-live="polite">
          {summaryText(summary)}
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
