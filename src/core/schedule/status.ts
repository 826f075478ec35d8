import type { Settings } from '../settings/defaults';
import { MINUTE } from '../time/local-time';
import { isWorkTime, nextWorkStart } from '../time/work-hours';
import { postureChange } from './posture';
import { dueAt, isEnabled, nextBreak } from './timers';
import type { BreakKind, BusyReason, EngineState, PosturePhase } from './types';

/**
 * What the popup and the badge show, derived from stored state and the clock alone: pages compute
 * it themselves, so opening the popup never has to wake the worker.
 */
export type Status =
  | {
      stage: 'sitting';
      sittingMinutes: number;
      next: { kind: BreakKind; at: number; minutes: number } | null;
      away: boolean;
      /** The sit–stand–move cycle, when it is on. */
      posture: PostureStatus | null;
      /** Set while the due break (`next`) waits for a meeting or full screen to end. */
      deferred?: BusyReason;
    }
  | { stage: 'prompted'; kind: BreakKind; since: number }
  | { stage: 'taking'; kind: BreakKind; endsAt: number; secondsLeft: number }
  | { stage: 'paused'; until: number | null }
  | { stage: 'off-hours'; resumesAt: number | null };

export interface PostureStatus {
  phase: PosturePhase;
  minutes: number;
  next: { phase: PosturePhase; at: number; minutes: number };
}

const minutesUntil = (at: number, now: number) => Math.max(0, Math.ceil((at - now) / MINUTE));

export function describeStatus(state: EngineState, settings: Settings, now: number): Status {
  const stage = state.stage;
  switch (stage.name) {
    case 'prompted':
      return { stage: 'prompted', kind: stage.kind, since: stage.at };
    case 'taking':
      return {
        stage: 'taking',
        kind: stage.kind,
        endsAt: stage.endsAt,
        secondsLeft: Math.max(0, Math.ceil((stage.endsAt - now) / 1000)),
      };
    case 'paused':
      if (stage.until === null || stage.until > now) return { stage: 'paused', until: stage.until };
      break; // the pause has run out; the worker resumes at its alarm
    case 'off-hours':
      return { stage: 'off-hours', resumesAt: nextWorkStart(settings.workHours, now) };
  }
  if (!isWorkTime(settings.workHours, now))
    return { stage: 'off-hours', resumesAt: nextWorkStart(settings.workHours, now) };
  const next = nextBreak(state, settings);
  const waiting = stage.name === 'sitting' && next ? stage.deferred : undefined;
  return {
    stage: 'sitting',
    sittingMinutes: Math.max(0, Math.floor((now - state.sittingSince) / MINUTE)),
    next: next && { kind: next.kind, at: next.at, minutes: minutesUntil(next.at, now) },
    away: state.awaySince !== null,
    posture: postureStatus(state, settings, now),
    ...(waiting ? { deferred: waiting.reason } : {}),
  };
}

function postureStatus(state: EngineState, settings: Settings, now: number): PostureStatus | null {
  const change = postureChange(state.posture, settings);
  if (!change) return null;
  return {
    phase: state.posture.phase,
    minutes: Math.max(0, Math.floor((now - state.posture.since) / MINUTE)),
    next: { ...change, minutes: minutesUntil(change.at, now) },
  };
}

export interface Badge {
  text: string;
  /** Whether the badge stands for something needing attention (a prompt) or a quiet state. */
  tone: 'normal' | 'attention' | 'quiet';
}

/** Badge steps: the badge changes only when the worker wakes anyway, never on a timer of its own. */
const BADGE_STEP_MINUTES = 5;

/**
 * Minutes to the next stretch break (the micro-break if stretch breaks are off), rounded up to
 * 5-minute steps. Because it is rounded up when the worker wakes, it stays a true upper bound
 * until the next wake, and the worker wakes at least at every break that falls due.
 */
export function badgeFor(state: EngineState, settings: Settings, now: number): Badge {
  const status = describeStatus(state, settings, now);
  switch (status.stage) {
    case 'prompted':
      return { text: '!', tone: 'attention' };
    case 'taking':
      return { text: '', tone: 'normal' };
    case 'paused':
      return { text: '||', tone: 'quiet' };
    case 'off-hours':
      return { text: '', tone: 'quiet' };
    case 'sitting': {
      const kind: BreakKind | null = isEnabled('stretch', settings)
        ? 'stretch'
        : isEnabled('micro', settings)
          ? 'micro'
          : null;
      if (kind === null || status.away || !status.next) return { text: '', tone: 'quiet' };
      // Waiting for a meeting or full screen to end: no countdown, since the break is already due.
      if (status.deferred) return { text: '…', tone: 'quiet' };
      const at = kind === status.next.kind ? status.next.at : dueAt(state.timers[kind], kind, settings);
      const steps = Math.max(1, Math.ceil(minutesUntil(at, now) / BADGE_STEP_MINUTES));
      return { text: `${steps * BADGE_STEP_MINUTES}m`, tone: 'normal' };
    }
  }
}
