import type { History } from '../core';
import { onHistoryGoalChanged, readHistoryGoal } from '../platform/history-goal-store';
import { onHistoryChanged, readHistory } from '../platform/history-store';
import { useStored } from './use-store';

/** The whole stored history, kept live; null until storage has answered. */
export function useHistory(): History | null {
  return useStored(readHistory, [onHistoryChanged]);
}

/** The person's daily stretch-break goal for the streak; null until storage has answered. */
export function useHistoryGoal(): number | null {
  return useStored(readHistoryGoal, [onHistoryGoalChanged]);
}
