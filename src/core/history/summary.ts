import type { PluralKey } from '../../locales/keys';
import { type Msg, msg, msgCount } from '../message';
import { BODY_AREAS, type BodyArea } from '../routine/types';
import { dayKey } from '../time/local-time';
import {
  type AreaSeconds,
  type DayRecord,
  emptyAreaSeconds,
  emptyCounts,
  type History,
  type KindCounts,
} from './daily';

/** The spans the history tab offers, in days ending today. */
export const SUMMARY_PERIODS = [7, 30, 90] as const;
export type SummaryPeriod = (typeof SUMMARY_PERIODS)[number];

/** One day of a chart: both kinds of break together unless named. */
export interface SummaryDay {
  date: string;
  /** False for a day with no record at all (every number below is then 0). */
  recorded: boolean;
  prompted: number;
  /** Breaks there were to take: see offeredOf. */
  offered: number;
  taken: number;
  snoozed: number;
  skipped: number;
  stretchTaken: number;
  natural: number;
  activeMinutes: number;
  longestSittingMinutes: number;
}

export interface PeriodTotals {
  stretch: KindCounts;
  micro: KindCounts;
  /** Stretch breaks and eye rests together. */
  breaks: KindCounts;
  offered: number;
  natural: number;
  activeMinutes: number;
  /** The longest single stretch of sitting in the period. */
  longestSittingMinutes: number;
  areaSeconds: AreaSeconds;
  postureChecks: number;
  /** Days of the period with any record. */
  daysRecorded: number;
}

export interface HistorySummary {
  days: SummaryPeriod;
  /** First and last day of the period, "YYYY-MM-DD"; `to` is today. */
  from: string;
  to: string;
  /** One entry per day, oldest first, `days` long; days without a record are included as zeros. */
  series: SummaryDay[];
  totals: PeriodTotals;
  /** The same number of days just before `from`, for comparison. */
  previous: PeriodTotals;
  /** Exercise by body area over the period, in minutes to one decimal place. */
  areaMinutes: Record<BodyArea, number>;
  /** The checklist score: the last one recorded before the period, and the last one within it. */
  checklist: { before: number | null; latest: number | null };
}

/**
 * Breaks there were to take, for one kind on one day: the prompts that were not snoozed (a snooze
 * brings the same break back as a new prompt), and never fewer than the breaks that were taken or
 * skipped (a break started from the popup has no prompt).
 */
export function offeredOf(c: KindCounts): number {
  return Math.max(c.prompted - c.snoozed, c.taken + c.skipped, 0);
}

/** The local day `offset` days from the one holding `now` (noon dodges daylight-saving edges). */
export function shiftDay(now: number, offset: number): string {
  const d = new Date(now);
  return dayKey(new Date(d.getFullYear(), d.getMonth(), d.getDate() + offset, 12).getTime());
}

const addCounts = (a: KindCounts, b: KindCounts): KindCounts => ({
  prompted: a.prompted + b.prompted,
  taken: a.taken + b.taken,
  snoozed: a.snoozed + b.snoozed,
  skipped: a.skipped + b.skipped,
});

function emptyTotals(): PeriodTotals {
  return {
    stretch: emptyCounts(),
    micro: emptyCounts(),
    breaks: emptyCounts(),
    offered: 0,
    natural: 0,
    activeMinutes: 0,
    longestSittingMinutes: 0,
    areaSeconds: emptyAreaSeconds(),
    postureChecks: 0,
    daysRecorded: 0,
  };
}

function addDay(t: PeriodTotals, day: DayRecord): void {
  t.stretch = addCounts(t.stretch, day.stretch);
  t.micro = addCounts(t.micro, day.micro);
  t.breaks = addCounts(t.stretch, t.micro);
  t.offered += offeredOf(day.stretch) + offeredOf(day.micro);
  t.natural += day.natural;
  t.activeMinutes += day.activeMinutes;
  t.longestSittingMinutes = Math.max(t.longestSittingMinutes, day.longestSittingMinutes);
  for (const area of BODY_AREAS) t.areaSeconds[area] += day.areaSeconds[area];
  t.postureChecks += day.posture.answered;
  t.daysRecorded += 1;
}

function seriesDay(date: string, day: DayRecord | undefined): SummaryDay {
  if (!day) {
    return {
      date,
      recorded: false,
      prompted: 0,
      offered: 0,
      taken: 0,
      snoozed: 0,
      skipped: 0,
      stretchTaken: 0,
      natural: 0,
      activeMinutes: 0,
      longestSittingMinutes: 0,
    };
  }
  const both = addCounts(day.stretch, day.micro);
  return {
    date,
    recorded: true,
    ...both,
    offered: offeredOf(day.stretch) + offeredOf(day.micro),
    stretchTaken: day.stretch.taken,
    natural: day.natural,
    activeMinutes: day.activeMinutes,
    longestSittingMinutes: day.longestSittingMinutes,
  };
}

/** The last `days` local days up to and including today, the `days` before them, and their totals. */
export function summarize(history: History, now: number, days: SummaryPeriod): HistorySummary {
  const series: SummaryDay[] = [];
  const totals = emptyTotals();
  const previous = emptyTotals();
  let latest: number | null = null;
  for (let i = days - 1; i >= 0; i -= 1) {
    const date = shiftDay(now, -i);
    const day = history.days[date];
    series.push(seriesDay(date, day));
    if (!day) continue;
    addDay(totals, day);
    if (day.checklistScore !== null) latest = day.checklistScore;
  }
  for (let i = 2 * days - 1; i >= days; i -= 1) {
    const day = history.days[shiftDay(now, -i)];
    if (day) addDay(previous, day);
  }
  const from = series[0]?.date ?? shiftDay(now, 0);
  const to = shiftDay(now, 0);
  let before: number | null = null;
  for (const key of Object.keys(history.days).sort()) {
    if (key >= from) break;
    const score = history.days[key]?.checklistScore ?? null;
    if (score !== null) before = score;
  }
  const areaMinutes = Object.fromEntries(
    BODY_AREAS.map((area) => [area, Math.round(totals.areaSeconds[area] / 6) / 10]),
  ) as Record<BodyArea, number>;
  return { days, from, to, series, totals, previous, areaMinutes, checklist: { before, latest } };
}

export interface StreakGoal {
  /** Stretch breaks taken in a day for it to count; at least 1. */
  stretchBreaks: number;
}

/**
 * Days in a row that met the goal, ending today, or ending yesterday while today has not met it
 * yet (a streak is not lost before the day is over).
 */
export function streak(history: History, now: number, goal: StreakGoal): number {
  const need = Math.max(1, Math.ceil(Number.isFinite(goal.stretchBreaks) ? goal.stretchBreaks : 1));
  const meets = (offset: number) => (history.days[shiftDay(now, offset)]?.stretch.taken ?? 0) >= need;
  const start = meets(0) ? 0 : -1;
  const most = Object.keys(history.days).length;
  let n = 0;
  while (n < most && meets(start - n)) n += 1;
  return n;
}

/** The message for the breaks taken, by how the period compares with the one before it. */
const TOOK = {
  week: {
    alone: 'hist_sum_took_week',
    up: 'hist_sum_took_week_up',
    down: 'hist_sum_took_week_down',
    same: 'hist_sum_took_week_same',
  },
  days: {
    alone: 'hist_sum_took_days',
    up: 'hist_sum_took_days_up',
    down: 'hist_sum_took_days_down',
    same: 'hist_sum_took_days_same',
  },
} as const satisfies Record<'week' | 'days', Record<'alone' | 'up' | 'down' | 'same', PluralKey>>;

/**
 * The summary as sentences, e.g. "You took 31 of 38 breaks this week, up from 24 the week
 * before. Your longest time sitting without a break was 55 minutes." Counts only; no advice.
 * The seven-day period reads as "this week", the longer ones as "the last N days".
 */
export function summaryMessages(summary: HistorySummary): Msg[] {
  const { totals, previous } = summary;
  const week = summary.days === 7;
  const n = summary.days;
  if (totals.daysRecorded === 0) return [week ? msg('hist_sum_nothing_week') : msg('hist_sum_nothing_days', n)];
  const sentences: Msg[] = [];
  const taken = totals.breaks.taken;
  if (totals.offered > 0) {
    const was = previous.breaks.taken;
    const how = previous.daysRecorded === 0 ? 'alone' : taken > was ? 'up' : taken < was ? 'down' : 'same';
    const key = TOOK[week ? 'week' : 'days'][how];
    // $1 the breaks offered, $2 those taken, then the days of the period (if not a week), then the earlier count.
    const period = week ? [] : [n];
    const before = how === 'alone' ? [] : [was];
    sentences.push(msgCount(key, totals.offered, taken, ...period, ...before));
  } else {
    sentences.push(week ? msg('hist_sum_none_offered_week') : msg('hist_sum_none_offered_days', n));
  }
  if (totals.natural > 0) {
    const key = totals.offered > 0 ? 'hist_sum_natural_also' : 'hist_sum_natural';
    sentences.push(msgCount(key, totals.natural));
  }
  if (totals.longestSittingMinutes > 0) {
    sentences.push(msgCount('hist_sum_longest', totals.longestSittingMinutes));
  }
  return sentences;
}
