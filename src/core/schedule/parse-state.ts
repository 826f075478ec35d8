import { isObj, type Obj } from '../guards';
import { LIMITS } from '../settings/limits';
import { MINUTE } from '../time/local-time';
import { initialState } from './initial-state';
import {
  BREAK_KINDS,
  type BreakTimer,
  BUSY_REASONS,
  type Deferral,
  type EngineState,
  type Frozen,
  type Posture,
  type Stage,
} from './types';

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isKind = (v: unknown): v is 'stretch' | 'micro' => v === 'stretch' || v === 'micro';

/** The longest a snooze or a guided break can run from when it was set: the settings' upper limits. */
const MAX_SNOOZE_MS = LIMITS['snooze.minutes'].max * MINUTE;
const MAX_BREAK_MS = Math.max(
  LIMITS['stretchBreak.durationMinutes'].max * MINUTE,
  LIMITS['microBreak.durationSeconds'].max * 1000,
);

/**
 * Reads engine state back from storage. Timer state is disposable (it only says where we are in
 * the current interval), so anything unreadable starts a fresh sitting period at `now` instead of
 * crashing the worker. History and settings are stored apart and are never touched by this.
 *
 * Readable but impossible counts as unreadable: an instant that marks a start (of sitting, an
 * interval, a prompt, a break, a pause, an absence) after the last event, or a snooze or guided
 * break longer than any setting allows. The engine never writes those; kept, they would hold a
 * break back for as long as the number says.
 */
export function parseEngineState(raw: unknown, now: number): { state: EngineState; repaired: boolean } {
  const fresh = { state: initialState(now), repaired: raw !== undefined };
  if (!isObj(raw) || raw.version !== 1 || !isObj(raw.timers) || !isTime(raw.lastEventAt)) return fresh;
  const last = raw.lastEventAt;
  const started = (t: unknown): t is number => isTime(t) && t <= last;
  const stage = parseStage(raw.stage, started);
  const timers: Partial<EngineState['timers']> = {};
  for (const kind of BREAK_KINDS) {
    const t = parseTimer((raw.timers as Obj)[kind], started, last);
    if (!t) return fresh;
    timers[kind] = t;
  }
  if (!stage || !started(raw.sittingSince)) return fresh;
  if (!(raw.awaySince === null || started(raw.awaySince))) return fresh;
  if (!(raw.wakeAt === null || isTime(raw.wakeAt))) return fresh;
  return {
    state: {
      version: 1,
      stage,
      sittingSince: raw.sittingSince,
      checkSince: started(raw.checkSince) ? raw.checkSince : raw.sittingSince,
      // State saved before sit–stand–move existed has no posture: the person is taken to be sitting.
      posture: parsePosture(raw.posture, started) ?? { phase: 'sit', since: raw.sittingSince },
      timers: timers as EngineState['timers'],
      awaySince: raw.awaySince,
      wakeAt: raw.wakeAt,
      lastEventAt: last,
    },
    repaired: false,
  };
}

type Started = (t: unknown) => t is number;

function parseTimer(v: unknown, started: Started, last: number): BreakTimer | null {
  if (!isObj(v) || !started(v.anchor)) return null;
  if (!(v.snoozedUntil === null || (isTime(v.snoozedUntil) && v.snoozedUntil <= last + MAX_SNOOZE_MS))) return null;
  if (typeof v.snoozes !== 'number' || !Number.isInteger(v.snoozes) || v.snoozes < 0) return null;
  return { anchor: v.anchor, snoozedUntil: v.snoozedUntil, snoozes: v.snoozes };
}

function parseFrozen(v: unknown): Frozen | null {
  if (!isObj(v) || !isTime(v.sittingMs) || !isObj(v.elapsed)) return null;
  const { stretch, micro } = v.elapsed;
  if (!isTime(stretch) || !isTime(micro)) return null;
  return { sittingMs: v.sittingMs, elapsed: { stretch, micro } };
}

/** A break held back while the person is busy; a deferral that cannot be read is dropped on its own. */
function parseDeferral(v: unknown, started: Started): Deferral | null {
  if (!isObj(v) || !started(v.since) || !(BUSY_REASONS as readonly unknown[]).includes(v.reason)) return null;
  return { since: v.since, reason: v.reason as Deferral['reason'] };
}

function parseStage(v: unknown, started: Started): Stage | null {
  if (!isObj(v)) return null;
  switch (v.name) {
    case 'sitting': {
      const deferred = parseDeferral(v.deferred, started);
      return deferred ? { name: 'sitting', deferred } : { name: 'sitting' };
    }
    case 'off-hours':
      return { name: v.name };
    case 'prompted':
      return isKind(v.kind) && started(v.at) ? { name: 'prompted', kind: v.kind, at: v.at } : null;
    case 'taking':
      return isKind(v.kind) && started(v.startedAt) && isTime(v.endsAt) && v.endsAt <= v.startedAt + MAX_BREAK_MS
        ? { name: 'taking', kind: v.kind, startedAt: v.startedAt, endsAt: v.endsAt }
        : null;
    case 'paused': {
      const frozen = parseFrozen(v.frozen);
      if (!frozen || !started(v.since) || !(v.until === null || isTime(v.until))) return null;
      return { name: 'paused', since: v.since, until: v.until, frozen };
    }
    default:
      return null;
  }
}

function parsePosture(v: unknown, started: Started): Posture | null {
  if (!isObj(v) || !started(v.since)) return null;
  return v.phase === 'sit' || v.phase === 'stand' || v.phase === 'move' ? { phase: v.phase, since: v.since } : null;
}
