import type { Settings } from '../settings/defaults';
import { atLocalTime, HOUR, MINUTE } from '../time/local-time';
import { nextWorkStart } from '../time/work-hours';
import { sitDown } from './posture';
import { dueAt, intervalMs, resetAll } from './timers';
import type { EngineState, Frozen, PauseChoice, Stage } from './types';

/** When a pause chosen at `now` ends; null for "until I resume". */
export function pauseUntil(choice: PauseChoice, now: number, settings: Settings): number | null {
  switch (choice) {
    case '30m':
      return now + 30 * MINUTE;
    case '1h':
      return now + HOUR;
    case '2h':
      return now + 2 * HOUR;
    case 'tomorrow':
      // The next working day's start when work hours are set, else the coming midnight.
      return nextWorkStart(settings.workHours, atLocalTime(now, '00:00', 1) - 1) ?? atLocalTime(now, '00:00', 1);
    case 'resumed':
      return null;
  }
}

/**
 * Freezes elapsed time, so a pause neither resets nor advances the timers (Stretchly's issues
 * #1243 and #1248 show how resetting on pause feels to people). A break already due comes back on
 * resume, never twice.
 */
export function freeze(state: EngineState, now: number, settings: Settings): Frozen {
  // Elapsed is measured back from when the break falls due, so a snoozed break keeps its time left too.
  const elapsed = (kind: 'stretch' | 'micro') => {
    const interval = intervalMs(kind, settings);
    return Math.max(0, Math.min(interval - (dueAt(state.timers[kind], kind, settings) - now), interval));
  };
  return {
    sittingMs: Math.max(0, now - state.sittingSince),
    elapsed: { stretch: elapsed('stretch'), micro: elapsed('micro') },
  };
}

export const NOTHING_ELAPSED: Frozen = Object.freeze({
  sittingMs: 0,
  elapsed: Object.freeze({ stretch: 0, micro: 0 }),
});

/** Ends a pause: the timers carry on from where they were frozen. */
export function thaw(state: EngineState, frozen: Frozen, now: number): EngineState {
  return {
    ...state,
    stage: { name: 'sitting' },
    sittingSince: now - frozen.sittingMs,
    posture: sitDown(now),
    timers: {
      stretch: { anchor: now - frozen.elapsed.stretch, snoozedUntil: null, snoozes: 0 },
      micro: { anchor: now - frozen.elapsed.micro, snoozedUntil: null, snoozes: 0 },
    },
  };
}

/**
 * Ends a pause at `now`. A pause that spanned the start of a working day ends in that day's fresh
 * sitting period, as the day would have begun without the pause.
 */
export function endPause(
  state: EngineState,
  stage: Extract<Stage, { name: 'paused' }>,
  now: number,
  settings: Settings,
): EngineState {
  // The posture check counts sitting time: the pause is left out of it, as it is of the breaks.
  const thawed = {
    ...thaw(state, stage.frozen, now),
    checkSince: Math.min(now, state.checkSince + (now - stage.since)),
  };
  const dayStart = nextWorkStart(settings.workHours, stage.since);
  return dayStart !== null && dayStart <= now ? resetAll(thawed, now) : thawed;
}
