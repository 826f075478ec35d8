import type { Settings } from '../settings/defaults';
import { MINUTE } from '../time/local-time';
import { sitDown } from './posture';
import { BREAK_KINDS, type BreakKind, type BreakTimer, type EngineState } from './types';

/**
 * When a micro-break would fall due this close before a stretch break, only the stretch break is
 * prompted: a stretch break rests the eyes too, and two prompts minutes apart feel like nagging.
 */
export const MERGE_WINDOW_MS = 5 * MINUTE;

export function isEnabled(kind: BreakKind, settings: Settings): boolean {
  return kind === 'stretch' ? settings.stretchBreak.enabled : settings.microBreak.enabled;
}

export function intervalMs(kind: BreakKind, settings: Settings): number {
  return (kind === 'stretch' ? settings.stretchBreak.everyMinutes : settings.microBreak.everyMinutes) * MINUTE;
}

export function durationMs(kind: BreakKind, settings: Settings): number {
  return kind === 'stretch'
    ? settings.stretchBreak.durationMinutes * MINUTE
    : settings.microBreak.durationSeconds * 1000;
}

export function dueAt(timer: BreakTimer, kind: BreakKind, settings: Settings): number {
  return timer.snoozedUntil ?? timer.anchor + intervalMs(kind, settings);
}

export interface NextBreak {
  kind: BreakKind;
  at: number;
}

/** The next break to prompt, applying the merge rule; null when both kinds are off. */
export function nextBreak(state: EngineState, settings: Settings): NextBreak | null {
  const stretch = isEnabled('stretch', settings) ? dueAt(state.timers.stretch, 'stretch', settings) : null;
  const micro = isEnabled('micro', settings) ? dueAt(state.timers.micro, 'micro', settings) : null;
  if (stretch === null) return micro === null ? null : { kind: 'micro', at: micro };
  if (micro === null || micro >= stretch - MERGE_WINDOW_MS) return { kind: 'stretch', at: stretch };
  return { kind: 'micro', at: micro };
}

export function freshTimer(now: number): BreakTimer {
  return { anchor: now, snoozedUntil: null, snoozes: 0 };
}

/**
 * A break of `kind` was resolved (taken, skipped, expired): its interval starts again. A stretch
 * break restarts the micro-break interval too, so an absorbed micro-break never fires right after.
 */
export function resetAfter(kind: BreakKind, state: EngineState, now: number): EngineState {
  const timers = { ...state.timers, [kind]: freshTimer(now) };
  if (kind === 'stretch') timers.micro = freshTimer(now);
  return { ...state, timers };
}

/** A natural break (idle, locked, asleep): a whole new sitting period. */
export function resetAll(state: EngineState, now: number): EngineState {
  const timers = Object.fromEntries(BREAK_KINDS.map((k) => [k, freshTimer(now)])) as EngineState['timers'];
  return { ...state, timers, sittingSince: now, checkSince: now, posture: sitDown(now) };
}
