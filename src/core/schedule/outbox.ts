import { isObj, type Obj } from '../guards';
import { BODY_AREAS } from '../routine/types';
import { BREAK_KINDS, type BreakKind, type Effect, type PosturePhase, type RecordKind } from './types';

/**
 * The effects of one event, stored with the state they lead to, in one write, and removed once
 * carried out. A worker stopped between the two (the browser quitting or updating just as a break
 * falls due) leaves them behind, and the next wake carries them out: the prompt is shown, the
 * record written. Read back from storage, so anything malformed is dropped, never replayed.
 */
export function parseOutbox(raw: unknown, now: number): Effect[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((e): Effect[] => {
    const effect = parseEffect(e, now);
    return effect ? [effect] : [];
  });
}

const isKind = (v: unknown): v is BreakKind => BREAK_KINDS.includes(v as BreakKind);
const PHASES: readonly PosturePhase[] = ['sit', 'stand', 'move'];
const RECORDS: readonly RecordKind[] = ['prompted', 'taken', 'snoozed', 'skipped', 'natural'];
const isPast = (at: unknown, now: number): at is number => typeof at === 'number' && Number.isFinite(at) && at <= now;

function parseEffect(e: unknown, now: number): Effect | null {
  if (!isObj(e)) return null;
  switch (e.type) {
    case 'prompt':
      return isKind(e.kind) && Number.isInteger(e.snoozesLeft) && (e.snoozesLeft as number) >= 0
        ? { type: 'prompt', kind: e.kind, snoozesLeft: e.snoozesLeft as number }
        : null;
    case 'clear-prompt':
    case 'check-prompt':
      return { type: e.type };
    case 'show-break':
      return isKind(e.kind) ? { type: 'show-break', kind: e.kind } : null;
    case 'posture-prompt':
      return PHASES.includes(e.phase as PosturePhase)
        ? { type: 'posture-prompt', phase: e.phase as PosturePhase }
        : null;
    case 'sat':
      return Number.isInteger(e.minutes) && (e.minutes as number) >= 1 && isPast(e.at, now)
        ? { type: 'sat', minutes: e.minutes as number, at: e.at }
        : null;
    case 'record':
      return parseRecord(e.record, now);
    default:
      return null;
  }
}

function parseRecord(r: unknown, now: number): Effect | null {
  if (!isObj(r) || !RECORDS.includes(r.what as RecordKind) || !isPast(r.at, now)) return null;
  if (r.kind !== null && !isKind(r.kind)) return null;
  const record: Extract<Effect, { type: 'record' }>['record'] = { what: r.what as RecordKind, kind: r.kind, at: r.at };
  const exercises = Array.isArray(r.exercises) ? r.exercises.filter((x): x is string => typeof x === 'string') : [];
  const areaSeconds = isObj(r.areaSeconds)
    ? Object.fromEntries(
        BODY_AREAS.flatMap((a) => {
          const s = (r.areaSeconds as Obj)[a];
          return typeof s === 'number' && Number.isFinite(s) && s >= 0 ? [[a, s]] : [];
        }),
      )
    : undefined;
  return {
    type: 'record',
    record: {
      ...record,
      ...(exercises.length > 0 ? { exercises } : {}),
      ...(areaSeconds && Object.keys(areaSeconds).length > 0 ? { areaSeconds } : {}),
    },
  };
}
