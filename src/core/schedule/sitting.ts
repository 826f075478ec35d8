import { MINUTE } from '../time/local-time';
import type { EffectLog } from './effects';
import type { EngineState } from './types';

/**
 * A sitting stretch is over (a natural break, a taken stretch break, the end of the working day):
 * reports its length for the person's history — total active time and the longest unbroken
 * stretch. `endedAt` is when the person actually got up, not when the worker noticed.
 */
export function endSitting(state: EngineState, endedAt: number, fx: EffectLog): void {
  const stage = state.stage.name;
  if (stage === 'paused' || stage === 'off-hours') return; // time in a pause is not known to be sitting
  const minutes = Math.floor((endedAt - state.sittingSince) / MINUTE);
  if (minutes >= 1) fx.push({ type: 'sat', minutes, at: endedAt });
}
