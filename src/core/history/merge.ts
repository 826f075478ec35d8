import type { PostureCheckDay } from '../checklist/types';
import { BODY_AREAS } from '../routine/types';
import { type DayRecord, emptyDay, type History, type KindCounts, trim } from './daily';
import { DAY_KEY } from './format';

/**
 * Joins two histories, as when a backup is imported (`incoming`) into the one on this device
 * (`current`). A day held by one side only is kept as it is. A day held by both becomes:
 *
 * - every count, the active minutes, the longest sitting stretch and the seconds per area: the
 *   larger of the two. Counts only ever grow during a day, so the larger is the more complete
 *   copy, and nothing already recorded is ever lowered;
 * - the posture checks: the side with more checks answered, whole (its yes and no counts belong
 *   together); `current` on a tie;
 * - the checklist score: `current`'s, or `incoming`'s when `current` has none.
 *
 * So merging is idempotent (importing the same backup twice changes nothing the second time),
 * no day is ever duplicated (days are keyed by date), and the newest KEEP_DAYS days are kept.
 * Two devices' counts for the same day are not added up: which breaks they share is unknown.
 */
export function mergeHistory(current: History, incoming: History): History {
  const days: Record<string, DayRecord> = { ...current.days };
  for (const [key, day] of Object.entries(incoming.days)) {
    const mine = current.days[key];
    days[key] = mine ? mergeDay(mine, day) : day;
  }
  return trim({ version: 2, days });
}

/** One day held by both sides; see mergeHistory. */
export function mergeDay(current: DayRecord, incoming: DayRecord): DayRecord {
  const areaSeconds = { ...current.areaSeconds };
  for (const area of BODY_AREAS) areaSeconds[area] = Math.max(current.areaSeconds[area], incoming.areaSeconds[area]);
  const posture = incoming.posture.answered > current.posture.answered ? incoming.posture : current.posture;
  return {
    stretch: maxCounts(current.stretch, incoming.stretch),
    micro: maxCounts(current.micro, incoming.micro),
    natural: Math.max(current.natural, incoming.natural),
    activeMinutes: Math.max(current.activeMinutes, incoming.activeMinutes),
    longestSittingMinutes: Math.max(current.longestSittingMinutes, incoming.longestSittingMinutes),
    areaSeconds,
    posture: { answered: posture.answered, yes: { ...posture.yes }, no: { ...posture.no } },
    checklistScore: current.checklistScore ?? incoming.checklistScore,
  };
}

const maxCounts = (a: KindCounts, b: KindCounts): KindCounts => ({
  prompted: Math.max(a.prompted, b.prompted),
  taken: Math.max(a.taken, b.taken),
  snoozed: Math.max(a.snoozed, b.snoozed),
  skipped: Math.max(a.skipped, b.skipped),
});

/**
 * Fills the history's posture checks from the checklist state's own record of them (kept there
 * since before the history had them), day by day, with mergeHistory's posture rule: nothing is
 * counted twice, and running it again changes nothing.
 */
export function mergePostureChecks(
  history: History,
  postureChecks: Readonly<Record<string, PostureCheckDay>>,
): History {
  const incoming: History = { version: 2, days: {} };
  for (const [key, posture] of Object.entries(postureChecks)) {
    if (!DAY_KEY.test(key) || !(posture.answered > 0)) continue;
    incoming.days[key] = {
      ...emptyDay(),
      posture: { answered: posture.answered, yes: { ...posture.yes }, no: { ...posture.no } },
    };
  }
  // Only posture is taken from `incoming`: its other fields are empty, and max with empty is a no-op.
  return mergeHistory(history, incoming);
}
