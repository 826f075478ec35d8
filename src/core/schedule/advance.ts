import type { Settings } from '../settings/defaults';
import { MINUTE } from '../time/local-time';
import { isWorkTime } from '../time/work-hours';
import { endBreak } from './actions';
import { deferralOf, holdBack, withoutDeferral } from './defer';
import type { EffectLog } from './effects';
import { endPause } from './pause';
import { stepPosture } from './posture';
import { stepPostureCheck } from './posture-check';
import { endSitting } from './sitting';
import { dueAt, intervalMs, isEnabled, nextBreak, resetAfter, resetAll } from './timers';
import type { BreakKind, Busy, EngineState } from './types';

/** A guided break left running (page closed, Done never pressed) ends on its own this long after. */
export const FINISH_GRACE_MS = 2 * MINUTE;

/** An unanswered prompt is withdrawn after this long (or one interval, if shorter). */
const PROMPT_EXPIRY_MS = 30 * MINUTE;

export function promptExpiry(kind: BreakKind, at: number, settings: Settings): number {
  return at + Math.min(PROMPT_EXPIRY_MS, intervalMs(kind, settings));
}

/**
 * Moves the engine along the clock: pauses run out, guided breaks end, work hours open and close,
 * unanswered prompts lapse, and a break that is due is prompted, exactly once — or waits while
 * the person is busy (`busy`: the worker's finding on this wake, see defer.ts).
 */
export function advance(state: EngineState, now: number, settings: Settings, fx: EffectLog, busy?: Busy): EngineState {
  let s = state;
  if (s.stage.name === 'paused') {
    if (s.stage.until === null || s.stage.until > now) return s;
    s = endPause(s, s.stage, now, settings);
  }
  if (s.stage.name === 'taking') {
    if (now < s.stage.endsAt + FINISH_GRACE_MS) return s;
    fx.record('taken', s.stage.kind, s.stage.endsAt);
    if (s.stage.kind === 'stretch') endSitting(s, s.stage.startedAt, fx);
    s = endBreak(s, s.stage.kind, true, now);
  }
  if (!isWorkTime(settings.workHours, now)) {
    if (s.stage.name === 'off-hours') return s;
    if (s.stage.name === 'prompted') fx.push({ type: 'clear-prompt' });
    endSitting(s, s.awaySince ?? now, fx); // the working day is over, and so is its sitting stretch
    return { ...s, sittingSince: now, stage: { name: 'off-hours' } };
  }
  if (s.stage.name === 'off-hours') s = { ...resetAll(s, now), stage: { name: 'sitting' } }; // a fresh day
  // No prompts while the person is away; a wait still follows what the worker found.
  if (s.awaySince !== null) return busy === undefined ? s : recheckWait(s, busy, now, settings);
  if (s.stage.name === 'prompted') {
    const { kind, at } = s.stage;
    const stretchNowDue =
      kind === 'micro' && isEnabled('stretch', settings) && dueAt(s.timers.stretch, 'stretch', settings) <= now;
    if (!isEnabled(kind, settings) || stretchNowDue || now >= promptExpiry(kind, at, settings)) {
      // Withdrawn: switched off, overtaken by a stretch break, or not answered in time.
      fx.push({ type: 'clear-prompt' });
      s = { ...resetAfter(kind, s, now), stage: { name: 'sitting' } };
    } else {
      return s;
    }
  }
  const next = nextBreak(s, settings);
  // A break that is due takes the turn: it gets the person up anyway. Otherwise the sit–stand
  // cycle may move on.
  if (next === null || next.at > now) {
    return stepPostureCheck(stepPosture(withoutDeferral(s), now, settings, fx), now, settings, fx);
  }
  // Due, but the person is presenting or in a meeting: it waits, unprompted and unrecorded.
  const waiting = holdBack(deferralOf(s.stage), busy, now, settings);
  if (waiting) return { ...s, stage: { name: 'sitting', deferred: waiting } };
  const left = settings.snooze.maxPerBreak - s.timers[next.kind].snoozes;
  fx.push({ type: 'prompt', kind: next.kind, snoozesLeft: Math.max(0, left) });
  fx.record('prompted', next.kind, now);
  return { ...s, stage: { name: 'prompted', kind: next.kind, at: now } };
}

/** A wait goes on, or ends, as the worker's latest finding says; the break itself waits for the person. */
function recheckWait(state: EngineState, busy: Busy, now: number, settings: Settings): EngineState {
  const current = deferralOf(state.stage);
  if (!current) return state;
  const waiting = holdBack(current, busy, now, settings);
  return waiting ? { ...state, stage: { name: 'sitting', deferred: waiting } } : withoutDeferral(state);
}
