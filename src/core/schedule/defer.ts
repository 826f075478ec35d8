import type { Settings } from '../settings/defaults';
import { MINUTE } from '../time/local-time';
import type { Busy, BusyReason, Deferral, EngineState, Stage } from './types';

/**
 * Meetings and presentations. A break that falls due while the person presents (a window in full
 * screen) or sits in a video meeting waits instead of popping up over it: nothing is prompted and
 * nothing is recorded until they are free, then it is prompted as usual. The worker looks again
 * once a minute, so the prompt follows within a minute of the end; after `defer.maxMinutes` it is
 * prompted anyway, since a reminder that can wait for ever is no reminder.
 */

/** How often the worker looks again while a break waits: the prompt's delay after the end, at most. */
export const DEFER_CHECK_MS = MINUTE;

/** Whether the settings let a break wait for this reason. */
export function defersFor(reason: BusyReason, settings: Settings): boolean {
  return reason === 'fullscreen' ? settings.defer.fullscreen : settings.defer.meetings;
}

/** The instant a break waiting since `since` is prompted however busy the person still is. */
export function deferralCap(deferral: Deferral, settings: Settings): number {
  return deferral.since + settings.defer.maxMinutes * MINUTE;
}

export function deferralOf(stage: Stage): Deferral | undefined {
  return stage.name === 'sitting' ? stage.deferred : undefined;
}

/**
 * Whether a break due at `now` waits, and since when; null means prompt it. `busy` is what the
 * worker found on this wake, or undefined when the event brought no finding (an idle change, an
 * action, a settings change): a wait already running then goes on until the next look, but none
 * begins on a guess.
 */
export function holdBack(
  current: Deferral | undefined,
  busy: Busy | undefined,
  now: number,
  settings: Settings,
): Deferral | null {
  const reason = busy === undefined ? (current?.reason ?? null) : busy;
  if (reason === null || !defersFor(reason, settings)) return null;
  const deferral: Deferral = { since: current?.since ?? now, reason };
  return now < deferralCap(deferral, settings) ? deferral : null;
}

/**
 * The next look while a break waits: the next whole minute counted from the start of the wait, so
 * the worker wakes at most once in each of those minutes however other events fall; the cap is
 * one of those minutes too.
 */
export function deferralWake(deferral: Deferral, now: number, settings: Settings): number {
  const minutes = Math.floor((now - deferral.since) / DEFER_CHECK_MS) + 1;
  return Math.min(deferral.since + Math.max(1, minutes) * DEFER_CHECK_MS, deferralCap(deferral, settings));
}

/** The state without a wait: the break is no longer due, or the stage moved on. */
export function withoutDeferral(state: EngineState): EngineState {
  return deferralOf(state.stage) ? { ...state, stage: { name: 'sitting' } } : state;
}
