import type { Settings } from '../settings/defaults';
import { nextWorkStart, workEnd } from '../time/work-hours';
import { FINISH_GRACE_MS, promptExpiry } from './advance';
import { deferralWake } from './defer';
import { postureChange } from './posture';
import { postureCheckDue } from './posture-check';
import { dueAt, isEnabled, nextBreak } from './timers';
import type { EngineState } from './types';

/**
 * The one instant the worker must next run, or null when only the person (or the idle API) can
 * move things on. Never in the past: the state has already been advanced to `now`.
 */
export function planWake(state: EngineState, now: number, settings: Settings): number | null {
  const at = rawWake(state, now, settings);
  return at === null ? null : Math.max(at, now + 1000);
}

function rawWake(s: EngineState, now: number, settings: Settings): number | null {
  const stage = s.stage;
  switch (stage.name) {
    case 'paused':
      return stage.until;
    case 'taking':
      return stage.endsAt + FINISH_GRACE_MS;
    case 'off-hours':
      return nextWorkStart(settings.workHours, now);
  }
  if (s.awaySince !== null) return null; // the idle API wakes the worker when the person is back
  const candidates: number[] = [];
  if (stage.name === 'prompted') {
    candidates.push(promptExpiry(stage.kind, stage.at, settings));
    if (stage.kind === 'micro' && isEnabled('stretch', settings))
      candidates.push(dueAt(s.timers.stretch, 'stretch', settings));
  } else if (stage.deferred) {
    // A break waits for a meeting or full screen to end: look again within the minute.
    candidates.push(deferralWake(stage.deferred, now, settings));
  } else {
    const next = nextBreak(s, settings);
    if (next) candidates.push(next.at);
    const change = postureChange(s.posture, settings);
    if (change) candidates.push(change.at);
    const check = postureCheckDue(s, settings);
    if (check !== null) candidates.push(check);
  }
  if (settings.workHours.enabled) candidates.push(workEnd(settings.workHours, now));
  return candidates.length ? Math.min(...candidates) : null;
}
