import type { Settings } from '../settings/defaults';
import { MINUTE } from '../time/local-time';
import type { EffectLog } from './effects';
import type { EngineState, Posture, PosturePhase } from './types';

/**
 * Sit–stand–move for people with a sit-stand desk: Cornell University Ergonomics Web's "20-8-2"
 * (Hedge) — sit about 20 minutes, stand about 8, move about 2. A ballpark, not a rule, so each
 * change is a light prompt that asks nothing back.
 */
const NEXT: Record<PosturePhase, PosturePhase> = { sit: 'stand', stand: 'move', move: 'sit' };

export function phaseMinutes(phase: PosturePhase, settings: Settings): number {
  const s = settings.sitStand;
  return phase === 'sit' ? s.sitMinutes : phase === 'stand' ? s.standMinutes : s.moveMinutes;
}

/** When the current phase ends and the next one is prompted; null when sit–stand is off. */
export function postureChange(posture: Posture, settings: Settings): { phase: PosturePhase; at: number } | null {
  if (!settings.sitStand.enabled) return null;
  return { phase: NEXT[posture.phase], at: posture.since + phaseMinutes(posture.phase, settings) * MINUTE };
}

/** After a natural break, a taken stretch break, a pause or a new day the person sits down afresh. */
export function sitDown(now: number): Posture {
  return { phase: 'sit', since: now };
}

/** Prompts the next phase when the current one is over. Once, however late: never a backlog. */
export function stepPosture(state: EngineState, now: number, settings: Settings, fx: EffectLog): EngineState {
  const change = postureChange(state.posture, settings);
  if (!change || change.at > now) return state;
  fx.push({ type: 'posture-prompt', phase: change.phase });
  return { ...state, posture: { phase: change.phase, since: now } };
}
