import { sitDown } from './posture';
import { freshTimer } from './timers';
import type { EngineState } from './types';

/** A new sitting period that starts at `now`: first install, or stored state that was unreadable. */
export function initialState(now: number): EngineState {
  return {
    version: 1,
    stage: { name: 'sitting' },
    sittingSince: now,
    timers: { stretch: freshTimer(now), micro: freshTimer(now) },
    checkSince: now,
    posture: sitDown(now),
    awaySince: null,
    wakeAt: null,
    lastEventAt: now,
  };
}
