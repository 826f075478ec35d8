import {
  BODY_AREAS,
  type BodyArea,
  BREAK_KINDS,
  type BreakKind,
  isPollutionKey,
  PAUSE_CHOICES,
  type UserAction,
} from '../core';

/** Where a request came from: the worker skips opening the break page for the page itself. */
export type RequestSource = 'popup' | 'options' | 'break-page';

export const REQUEST_SOURCES: readonly RequestSource[] = ['popup', 'options', 'break-page'];

/**
 * Every message a page sends the worker. Reads go straight to storage, so only actions remain,
 * and opening the break window: the worker does it, so a popup closing mid-way can't leave a
 * second window behind.
 */
export type Request =
  | { type: 'action'; action: UserAction; from: RequestSource }
  | { type: 'open-break'; kind: BreakKind };

/** `error` is worded for the person, in their language: pages show it as it is. */
export type Reply = { ok: true } | { ok: false; error: string };

/**
 * A request checked, or the dotted path of the first field that is wrong or was not expected
 * ("action.for", "action.extra"; "request" when the whole message is no object).
 */
export type ParsedRequest = { ok: true; request: Request } | { ok: false; field: string };

/** The most exercises one finished break reports, and the longest id: far above any routine. */
export const MAX_FINISHED_EXERCISES = 200;
export const MAX_EXERCISE_ID = 200;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isOneOf = <T>(list: readonly T[], v: unknown): v is T => (list as readonly unknown[]).includes(v);
const isSeconds = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isExerciseId = (v: unknown) => typeof v === 'string' && v !== '' && v.length <= MAX_EXERCISE_ID;

/** The first key of `obj` outside `allowed` (pollution keys always count as outside), or null. */
function unexpected(obj: Obj, allowed: readonly string[]): string | null {
  return Object.keys(obj).find((key) => isPollutionKey(key) || !allowed.includes(key)) ?? null;
}

/** The keys each action may carry besides `type`. */
const ACTION_FIELDS: Record<UserAction['type'], readonly string[]> = {
  start: ['kind'],
  finish: ['exercises', 'areaSeconds'],
  skip: [],
  snooze: [],
  pause: ['for'],
  resume: [],
};

/**
 * Checks a message from a page strictly: a known type, every field it needs with a value it may
 * hold, and nothing else. What is accepted is rebuilt from the checked fields, so nothing the
 * sender added travels further. Never throws.
 */
export function parseRequest(message: unknown): ParsedRequest {
  const bad = (field: string): ParsedRequest => ({ ok: false, field });
  if (!isObj(message)) return bad('request');
  switch (message.type) {
    case 'open-break': {
      const extra = unexpected(message, ['type', 'kind']);
      if (extra !== null) return bad(extra);
      if (!isOneOf(BREAK_KINDS, message.kind)) return bad('kind');
      return { ok: true, request: { type: 'open-break', kind: message.kind } };
    }
    case 'action': {
      const extra = unexpected(message, ['type', 'action', 'from']);
      if (extra !== null) return bad(extra);
      if (!isOneOf(REQUEST_SOURCES, message.from)) return bad('from');
      const action = parseAction(message.action);
      if (typeof action === 'string') return bad(`action${action === '' ? '' : `.${action}`}`);
      return { ok: true, request: { type: 'action', action, from: message.from } };
    }
    default:
      return bad('type');
  }
}

/** The action rebuilt from its checked fields, or the path (inside the action) of what is wrong. */
function parseAction(raw: unknown): UserAction | string {
  if (!isObj(raw)) return '';
  const type = raw.type;
  if (typeof type !== 'string' || !Object.hasOwn(ACTION_FIELDS, type)) return 'type';
  const extra = unexpected(raw, ['type', ...(ACTION_FIELDS[type as UserAction['type']] ?? [])]);
  if (extra !== null) return extra;
  switch (type as UserAction['type']) {
    case 'start':
      if (raw.kind === undefined) return { type: 'start' };
      return isOneOf(BREAK_KINDS, raw.kind) ? { type: 'start', kind: raw.kind } : 'kind';
    case 'finish': {
      const action: { type: 'finish'; exercises?: string[]; areaSeconds?: Partial<Record<BodyArea, number>> } = {
        type: 'finish',
      };
      const { exercises, areaSeconds } = raw;
      if (exercises !== undefined) {
        if (!Array.isArray(exercises) || exercises.length > MAX_FINISHED_EXERCISES) return 'exercises';
        if (!exercises.every(isExerciseId)) return 'exercises';
        action.exercises = [...(exercises as string[])];
      }
      if (areaSeconds !== undefined) {
        if (!isObj(areaSeconds)) return 'areaSeconds';
        const seconds: Partial<Record<BodyArea, number>> = {};
        for (const [area, value] of Object.entries(areaSeconds)) {
          if (!isOneOf(BODY_AREAS, area) || !isSeconds(value)) return `areaSeconds.${area}`;
          seconds[area] = value as number;
        }
        action.areaSeconds = seconds;
      }
      return action;
    }
    case 'pause':
      return isOneOf(PAUSE_CHOICES, raw.for) ? { type: 'pause', for: raw.for } : 'for';
    case 'skip':
    case 'snooze':
    case 'resume':
      return { type } as UserAction;
  }
}
