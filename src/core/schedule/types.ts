import type { BodyArea } from '../routine/types';

/** The break engine's vocabulary: its state, the events it reacts to and the effects it asks for. */

export type BreakKind = 'stretch' | 'micro';
export const BREAK_KINDS: readonly BreakKind[] = ['stretch', 'micro'];

/** Time since a break kind was last reset, and any snooze on its current due break. */
export interface BreakTimer {
  /** Start of the current interval: the break falls due at anchor + interval. */
  anchor: number;
  /** Set while the due break is snoozed; it falls due again at this instant. */
  snoozedUntil: number | null;
  /** Snoozes used on the current due break (capped by settings.snooze.maxPerBreak). */
  snoozes: number;
}

/** Elapsed sitting time frozen at the moment of pausing, restored on resume. */
export interface Frozen {
  sittingMs: number;
  elapsed: Record<BreakKind, number>;
}

/** Where the person is in the sit–stand–move cycle (used only when it is on). */
export type PosturePhase = 'sit' | 'stand' | 'move';
export interface Posture {
  phase: PosturePhase;
  since: number;
}

/**
 * What the person is busy with that a due break should wait for: a browser window in full screen
 * (a presentation, a film) or a video meeting playing sound. The worker finds it out on each wake.
 */
export const BUSY_REASONS = ['fullscreen', 'meeting'] as const;
export type BusyReason = (typeof BUSY_REASONS)[number];
/** The worker's finding on a wake: busy with something, or not (null). */
export type Busy = BusyReason | null;

/** A due break held back while the person is busy: prompted once they are not, or at the cap. */
export interface Deferral {
  /** When the break would have been prompted; the cap (settings.defer.maxMinutes) counts from here. */
  since: number;
  reason: BusyReason;
}

export type Stage =
  /** `deferred` is set while a due break waits for the person to be free (core/schedule/defer.ts). */
  | { name: 'sitting'; deferred?: Deferral }
  | { name: 'prompted'; kind: BreakKind; at: number }
  | { name: 'taking'; kind: BreakKind; startedAt: number; endsAt: number }
  | { name: 'paused'; since: number; until: number | null; frozen: Frozen }
  | { name: 'off-hours' };

export type StageName = Stage['name'];

export interface EngineState {
  version: 1;
  stage: Stage;
  /** Start of the current sitting period (reset by a stretch break or a natural break). */
  sittingSince: number;
  timers: Record<BreakKind, BreakTimer>;
  /** Start of the sitting time counted towards the next quick posture check. */
  checkSince: number;
  /** The sit–stand–move phase; kept (and ignored) while that cycle is off. */
  posture: Posture;
  /** When the person went idle or locked the screen; null while active. */
  awaySince: number | null;
  /** The instant the worker should next run, kept in sync with the browser alarm. */
  wakeAt: number | null;
  /** The last instant an event was processed, to notice clocks that jump backwards. */
  lastEventAt: number;
}

export const PAUSE_CHOICES = ['30m', '1h', '2h', 'tomorrow', 'resumed'] as const;
export type PauseChoice = (typeof PAUSE_CHOICES)[number];

export type UserAction =
  | { type: 'start'; kind?: BreakKind }
  /**
   * `exercises`: ids of the routine's exercises the person did; `areaSeconds`: the time they
   * gave each body area (worked out by the page, which holds the library), for their history.
   */
  | { type: 'finish'; exercises?: readonly string[]; areaSeconds?: Readonly<Partial<Record<BodyArea, number>>> }
  | { type: 'skip' }
  | { type: 'snooze' }
  | { type: 'pause'; for: PauseChoice }
  | { type: 'resume' };

export type IdleState = 'active' | 'idle' | 'locked';

/**
 * `busy` on a wake is what the worker found the person doing at that moment; events without it
 * (an idle change, an action, a settings change) leave a running deferral as it is.
 */
export type EngineEvent =
  | { type: 'start'; busy?: Busy }
  | { type: 'alarm'; busy?: Busy }
  | { type: 'idle'; state: IdleState }
  | { type: 'settings-changed' }
  | { type: 'action'; action: UserAction };

export type RecordKind = 'prompted' | 'taken' | 'snoozed' | 'skipped' | 'natural';

/** Something that happened, for the person's own history. */
export interface BreakRecord {
  what: RecordKind;
  kind: BreakKind | null;
  at: number;
  /** With 'taken': the exercises done during the break, by id. */
  exercises?: readonly string[];
  /** With 'taken': seconds of exercise by body area. */
  areaSeconds?: Readonly<Partial<Record<BodyArea, number>>>;
}

export type Effect =
  | { type: 'prompt'; kind: BreakKind; snoozesLeft: number }
  | { type: 'clear-prompt' }
  | { type: 'show-break'; kind: BreakKind }
  /** A light sit–stand–move prompt: "stand up", "move", "sit down". Nothing to answer. */
  | { type: 'posture-prompt'; phase: PosturePhase }
  /** The quick three-question posture check. */
  | { type: 'check-prompt' }
  /** A sitting stretch of `minutes` ended at `at`, for the history. */
  | { type: 'sat'; minutes: number; at: number }
  | { type: 'record'; record: BreakRecord };

export interface Transition {
  state: EngineState;
  effects: Effect[];
}
