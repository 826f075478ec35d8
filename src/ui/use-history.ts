import { type DayRecord, dayOf, type History } from '../core';
import { onHistoryGoalChanged, readHistoryGoal } from '../platform/history-goal-store';
import { onHistoryChanged, readHistory } from '../platform/history-store';
import { useNow } from './use-now';
import { useStored } from './use-store';

/** The whole stored history, kept live; null until storage has answered. */
export function useHistory(): History | null {
  return useStored(readHistory, [onHistoryChanged]);
}

/** The person's daily stretch-break goal for the streak; null until storage has answered. */
export function useHistoryGoal(): number | null {
  return useStored(readHistoryGoal, [onHistoryGoalChanged]);
}

/** Today's counts; the minute tick moves the table to a fresh day at midnight. */
export function useToday(): DayRecord | null {
  const history = useHistory();
  const now = useNow(60_000);
  return history && dayOf(history, now);
}
