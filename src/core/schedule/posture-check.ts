import type { Settings } from '../settings/defaults';
import { MINUTE } from '../time/local-time';
import type { EffectLog } from './effects';
import type { EngineState } from './types';

/**
 * The recurring quick posture check (lumbar support, feet, reach): due after
 * `postureCheck.everyMinutes` of sitting. Stretch breaks do not restart it — people drift while
 * they sit, break or no break — but a natural break or a new day does.
 */
export function postureCheckDue(state: EngineState, settings: Settings): number | null {
  return settings.postureCheck.enabled ? state.checkSince + settings.postureCheck.everyMinutes * MINUTE : null;
}

/** Offers the check once when due; an unanswered check is not repeated, the interval starts over. */
export function stepPostureCheck(state: EngineState, now: number, settings: Settings, fx: EffectLog): EngineState {
  const due = postureCheckDue(state, settings);
  if (due === null || due > now) return state;
  fx.push({ type: 'check-prompt' });
  return { ...state, checkSince: now };
}
