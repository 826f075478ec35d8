import type { BodyArea, BreakKind, EngineState, PauseChoice, Settings } from '../core';

/**
 * What a page can ask of the break engine. Components receive this as a prop, so they render in
 * tests and previews with a stub; `actions.ts` builds the real one on the message channel.
 * Each call settles once the worker has replied, and rejects when it refused.
 */
export interface StatusActions {
  startBreak(kind?: BreakKind): Promise<void>;
  pause(choice: PauseChoice): Promise<void>;
  resume(): Promise<void>;
  /** Ends a running break as taken; `exercises` are the ids of the routine's exercises done. */
  /** `areaSeconds`: time given to each body area, for the history (the page holds the library). */
  finish(exercises?: readonly string[], areaSeconds?: Partial<Record<BodyArea, number>>): Promise<void>;
  skip(): Promise<void>;
  snooze(): Promise<void>;
  /** Brings up the break page for a break already running; absent where that page is the caller. */
  openBreakPage?(kind: BreakKind): Promise<void>;
}

/** Snoozing the current prompt: how long for, and how many snoozes the person has left on it. */
export interface SnoozeOffer {
  minutes: number;
  left: number;
}

export function snoozeOffer(state: EngineState, settings: Settings, kind: BreakKind): SnoozeOffer {
  return {
    minutes: settings.snooze.minutes,
    left: Math.max(0, settings.snooze.maxPerBreak - state.timers[kind].snoozes),
  };
}
