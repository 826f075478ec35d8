import type { Settings } from '../settings/defaults';
import { MINUTE } from '../time/local-time';
import { onAction } from './actions';
import { advance } from './advance';
import { EffectLog } from './effects';
import { onIdleState } from './idle';
import { catchUpAfterGap, clampToClock } from './natural-break';
import { dueAt, intervalMs } from './timers';
import { BREAK_KINDS, type EngineEvent, type EngineState, type Transition } from './types';
import { planWake } from './wake';

/** After a settings change makes a break overdue, it is prompted this long later, not mid-edit. */
const OVERDUE_GRACE_MS = MINUTE;

/**
 * The break engine: a pure function of the stored state, one event, the time and the settings.
 * The worker runs it on every wake and applies the effects; nothing here reads a clock.
 */
export function reduce(prev: EngineState, event: EngineEvent, now: number, settings: Settings): Transition {
  const fx = new EffectLog();
  let s = clampToClock(prev, now);
  s = catchUpAfterGap(s, now, settings, fx);
  switch (event.type) {
    case 'idle':
      s = onIdleState(s, event.state, now, settings, fx);
      break;
    case 'action':
      s = onAction(s, event.action, now, settings, fx);
      break;
    case 'settings-changed':
      s = deferOverdue(s, now, settings);
      break;
    case 'start':
    case 'alarm':
      break;
  }
  s = advance(s, now, settings, fx, event.type === 'start' || event.type === 'alarm' ? event.busy : undefined);
  s = { ...s, lastEventAt: now, wakeAt: planWake(s, now, settings) };
  return { state: s, effects: fx.list };
}

/** Shortening an interval below the time already sat gives a short grace instead of a prompt at once. */
function deferOverdue(state: EngineState, now: number, settings: Settings): EngineState {
  // A break already waiting for a meeting keeps its place and its cap (defer.ts).
  if (state.stage.name !== 'sitting' || state.stage.deferred) return state;
  const timers = { ...state.timers };
  for (const kind of BREAK_KINDS) {
    const t = timers[kind];
    if (t.snoozedUntil === null && dueAt(t, kind, settings) < now + OVERDUE_GRACE_MS) {
      timers[kind] = { ...t, anchor: now + OVERDUE_GRACE_MS - intervalMs(kind, settings) };
    }
  }
  return { ...state, timers };
}
