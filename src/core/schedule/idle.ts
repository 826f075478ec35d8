import type { Settings } from '../settings/defaults';
import type { EffectLog } from './effects';
import { naturalBreakMs, takeNaturalBreak } from './natural-break';
import type { EngineState, IdleState } from './types';

/**
 * The idle detection interval the worker sets: the browser reports "idle" only after this much
 * time without input, so an "idle" report already means a natural break's worth of rest.
 * Chromium's minimum is 15 s (chrome.idle.setDetectionInterval).
 */
export function idleDetectionSeconds(settings: Settings): number {
  return Math.max(15, settings.idleResetMinutes * 60);
}

export function onIdleState(
  state: EngineState,
  idle: IdleState,
  now: number,
  settings: Settings,
  fx: EffectLog,
): EngineState {
  if (idle !== 'active') {
    if (state.awaySince !== null) return state; // idle then locked: the first report counts
    // "locked" is reported at once; "idle" only after the detection interval without input.
    const since = idle === 'locked' ? now : now - idleDetectionSeconds(settings) * 1000;
    return { ...state, awaySince: since };
  }
  if (state.awaySince === null) return state;
  const awayFor = now - state.awaySince;
  const back = { ...state, awaySince: null };
  return awayFor >= naturalBreakMs(settings) ? takeNaturalBreak(back, now, fx, state.awaySince) : back;
}
