import type { Settings } from '../settings/defaults';
import { MINUTE } from '../time/local-time';
import type { EffectLog } from './effects';
import { NOTHING_ELAPSED } from './pause';
import { endSitting } from './sitting';
import { resetAll } from './timers';
import type { BreakTimer, EngineState, Stage } from './types';

/**
 * Alarms can fire a little late on a busy machine; a lateness under this is not taken for sleep,
 * whatever the idle-reset setting says.
 */
const MIN_GAP_MS = 2 * MINUTE;

export function naturalBreakMs(settings: Settings): number {
  return settings.idleResetMinutes * MINUTE;
}

/**
 * The person was away long enough to count as a break: one reset, one record, no backlog.
 * A prompt that was waiting is withdrawn; a paused engine stays paused but will resume fresh.
 */
export function takeNaturalBreak(state: EngineState, now: number, fx: EffectLog, satUntil = now): EngineState {
  const stage = state.stage;
  if (stage.name === 'off-hours') return state;
  if (stage.name === 'taking') return state; // being away during a guided break is the point of it
  if (stage.name === 'prompted') fx.push({ type: 'clear-prompt' });
  endSitting(state, satUntil, fx);
  fx.record('natural', null, now);
  const reset = resetAll(state, now);
  if (stage.name === 'paused') return { ...reset, stage: { ...stage, frozen: NOTHING_ELAPSED } };
  return { ...reset, stage: { name: 'sitting' } };
}

/**
 * The worker planned to run at `wakeAt` but runs only now: the machine slept or the browser was
 * closed. A gap longer than a natural break is one natural break, never a backlog of prompts.
 */
export function catchUpAfterGap(state: EngineState, now: number, settings: Settings, fx: EffectLog): EngineState {
  if (state.wakeAt === null) return state;
  if (now - state.wakeAt <= Math.max(naturalBreakMs(settings), MIN_GAP_MS)) return state;
  const stage = state.stage;
  if (stage.name === 'off-hours') return state;
  let rested: EngineState;
  if (stage.name === 'taking') {
    // The guided break ran its course while the machine was asleep.
    fx.record('taken', stage.kind, stage.endsAt);
    rested = takeNaturalBreak({ ...state, stage: { name: 'sitting' } }, now, fx, stage.startedAt);
  } else {
    // The last sign of the person was the last event, or the moment they went idle.
    rested = takeNaturalBreak(state, now, fx, state.awaySince ?? state.lastEventAt);
  }
  // An absence that began before the gap is counted now; if the person is still away, it counts on
  // from here, so the report that they are back does not record the same break twice.
  return rested.awaySince === null ? rested : { ...rested, awaySince: now };
}

/**
 * A clock set backwards (a manual change, a bad NTP sync) would leave instants in the future:
 * negative elapsed time, a snooze longer than it was set to be. Moving every stored instant back
 * by the same amount keeps each remaining time exactly as it was.
 */
export function clampToClock(state: EngineState, now: number): EngineState {
  const shift = state.lastEventAt - now;
  if (shift <= 0) return state;
  const back = (t: number) => t - shift;
  const backTimer = (t: BreakTimer): BreakTimer => ({
    ...t,
    anchor: back(t.anchor),
    snoozedUntil: t.snoozedUntil === null ? null : back(t.snoozedUntil),
  });
  return {
    ...state,
    stage: shiftStage(state.stage, back),
    sittingSince: back(state.sittingSince),
    checkSince: back(state.checkSince),
    posture: { ...state.posture, since: back(state.posture.since) },
    awaySince: state.awaySince === null ? null : back(state.awaySince),
    timers: { stretch: backTimer(state.timers.stretch), micro: backTimer(state.timers.micro) },
    wakeAt: null,
    lastEventAt: now,
  };
}

function shiftStage(stage: Stage, back: (t: number) => number): Stage {
  switch (stage.name) {
    case 'prompted':
      return { ...stage, at: back(stage.at) };
    case 'taking':
      return { ...stage, startedAt: back(stage.startedAt), endsAt: back(stage.endsAt) };
    case 'paused':
      return { ...stage, since: back(stage.since), until: stage.until === null ? null : back(stage.until) };
    case 'sitting':
      return stage.deferred ? { ...stage, deferred: { ...stage.deferred, since: back(stage.deferred.since) } } : stage;
    default:
      return stage;
  }
}
