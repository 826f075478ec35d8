import type { Settings } from '../settings/defaults';
import type { EffectLog } from './effects';
import { endPause, freeze, NOTHING_ELAPSED, pauseUntil } from './pause';
import { sitDown } from './posture';
import { endSitting } from './sitting';
import { durationMs, isEnabled, resetAfter } from './timers';
import type { BreakKind, EngineState, UserAction } from './types';

/**
 * The person's own actions. One that does not fit the current stage (skip with nothing to skip,
 * a snooze beyond the limit) changes nothing: pages may be out of date by a second.
 */
export function onAction(
  state: EngineState,
  action: UserAction,
  now: number,
  settings: Settings,
  fx: EffectLog,
): EngineState {
  const stage = state.stage;
  switch (action.type) {
    case 'start': {
      if (stage.name === 'taking') return state;
      // A break taken outside working hours follows no sitting stretch the person asked to track.
      const base =
        stage.name === 'paused'
          ? endPause(state, stage, now, settings)
          : stage.name === 'off-hours'
            ? { ...state, sittingSince: now }
            : state;
      const kind: BreakKind =
        action.kind ?? (stage.name === 'prompted' ? stage.kind : isEnabled('stretch', settings) ? 'stretch' : 'micro');
      if (stage.name === 'prompted') fx.push({ type: 'clear-prompt' });
      fx.push({ type: 'show-break', kind });
      return { ...base, stage: { name: 'taking', kind, startedAt: now, endsAt: now + durationMs(kind, settings) } };
    }
    case 'finish':
    case 'skip': {
      if (stage.name !== 'taking' && stage.name !== 'prompted') return state;
      if (stage.name === 'prompted') fx.push({ type: 'clear-prompt' });
      if (action.type === 'finish') {
        fx.record('taken', stage.kind, now, action);
        if (stage.kind === 'stretch') endSitting(state, stage.name === 'taking' ? stage.startedAt : now, fx);
      } else {
        fx.record('skipped', stage.kind, now);
      }
      return endBreak(state, stage.kind, action.type === 'finish', now);
    }
    case 'snooze': {
      if (stage.name !== 'prompted') return state;
      const timer = state.timers[stage.kind];
      if (timer.snoozes >= settings.snooze.maxPerBreak) return state;
      fx.push({ type: 'clear-prompt' });
      fx.record('snoozed', stage.kind, now);
      const snoozed = { ...timer, snoozedUntil: now + settings.snooze.minutes * 60_000, snoozes: timer.snoozes + 1 };
      return { ...state, stage: { name: 'sitting' }, timers: { ...state.timers, [stage.kind]: snoozed } };
    }
    case 'pause': {
      if (stage.name === 'taking') return state;
      const until = pauseUntil(action.for, now, settings);
      if (stage.name === 'paused') return { ...state, stage: { ...stage, until } };
      if (stage.name === 'prompted') fx.push({ type: 'clear-prompt' });
      // Outside working hours nothing is being timed: sittingSince still points at the day's end,
      // and freezing from there would bring the evening back as sitting time on resume.
      const frozen = stage.name === 'off-hours' ? NOTHING_ELAPSED : freeze(state, now, settings);
      return { ...state, stage: { name: 'paused', since: now, until, frozen } };
    }
    case 'resume':
      return stage.name === 'paused' ? endPause(state, stage, now, settings) : state;
  }
}

/**
 * A break is over. A taken stretch break ends the sitting period; a skipped one does not, since
 * the person kept sitting.
 */
export function endBreak(state: EngineState, kind: BreakKind, taken: boolean, now: number): EngineState {
  const reset = resetAfter(kind, { ...state, stage: { name: 'sitting' } }, now);
  // A taken stretch break had the person up and moving: the sit–stand–move cycle starts over too.
  return taken && kind === 'stretch' ? { ...reset, sittingSince: now, posture: sitDown(now) } : reset;
}
