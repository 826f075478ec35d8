import { initialState } from './initial-state';
import { BREAK_KINDS, type BreakTimer, type EngineState, type Frozen, type Posture, type Stage } from './types';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isKind = (v: unknown): v is 'stretch' | 'micro' => v === 'stretch' || v === 'micro';

/**
 * Reads engine state back from storage. Timer state is disposable (it only says where we are in
 * the current interval), so anything unreadable starts a fresh sitting period at `now` instead of
 * crashing the worker. History and settings are stored apart and are never touched by this.
 */
export function parseEngineState(raw: unknown, now: number): { state: EngineState; repaired: boolean } {
  const fresh = { state: initialState(now), repaired: raw !== undefined };
  if (!isObj(raw) || raw.version !== 1 || !isObj(raw.timers)) return fresh;
  const stage = parseStage(raw.stage);
  const timers: Partial<EngineState['timers']> = {};
  for (const kind of BREAK_KINDS) {
    const t = parseTimer((raw.timers as Obj)[kind]);
    if (!t) return fresh;
    timers[kind] = t;
  }
  if (!stage || !isTime(raw.sittingSince) || !isTime(raw.lastEventAt)) return fresh;
  if (!(raw.awaySince === null || isTime(raw.awaySince))) return fresh;
  if (!(raw.wakeAt === null || isTime(raw.wakeAt))) return fresh;
  return {
    state: {
      version: 1,
      stage,
      sittingSince: raw.sittingSince,
      checkSince: isTime(raw.checkSince) ? raw.checkSince : raw.sittingSince,
      // State saved before sit–stand–move existed has no posture: the person is taken to be sitting.
      posture: parsePosture(raw.posture) ?? { phase: 'sit', since: raw.sittingSince },
      timers: timers as EngineState['timers'],
      awaySince: raw.awaySince,
      wakeAt: raw.wakeAt,
      lastEventAt: raw.lastEventAt,
    },
    repaired: false,
  };
}

function parseTimer(v: unknown): BreakTimer | null {
  if (!isObj(v) || !isTime(v.anchor)) return null;
  if (!(v.snoozedUntil === null || isTime(v.snoozedUntil))) return null;
  if (typeof v.snoozes !== 'number' || !Number.isInteger(v.snoozes) || v.snoozes < 0) return null;
  return { anchor: v.anchor, snoozedUntil: v.snoozedUntil, snoozes: v.snoozes };
}

function parseFrozen(v: unknown): Frozen | null {
  if (!isObj(v) || !isTime(v.sittingMs) || !isObj(v.elapsed)) return null;
  const { stretch, micro } = v.elapsed;
  if (!isTime(stretch) || !isTime(micro)) return null;
  return { sittingMs: v.sittingMs, elapsed: { stretch, micro } };
}

function parseStage(v: unknown): Stage | null {
  if (!isObj(v)) return null;
  switch (v.name) {
    case 'sitting':
    case 'off-hours':
      return { name: v.name };
    case 'prompted':
      return isKind(v.kind) && isTime(v.at) ? { name: 'prompted', kind: v.kind, at: v.at } : null;
    case 'taking':
      return isKind(v.kind) && isTime(v.startedAt) && isTime(v.endsAt)
        ? { name: 'taking', kind: v.kind, startedAt: v.startedAt, endsAt: v.endsAt }
        : null;
    case 'paused': {
      const frozen = parseFrozen(v.frozen);
      if (!frozen || !isTime(v.since) || !(v.until === null || isTime(v.until))) return null;
      return { name: 'paused', since: v.since, until: v.until, frozen };
    }
    default:
      return null;
  }
}

function parsePosture(v: unknown): Posture | null {
  if (!isObj(v) || !isTime(v.since)) return null;
  return v.phase === 'sit' || v.phase === 'stand' || v.phase === 'move' ? { phase: v.phase, since: v.since } : null;
}
