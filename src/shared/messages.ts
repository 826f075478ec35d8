import { BODY_AREAS, BREAK_KINDS, type BreakKind, isPollutionKey, PAUSE_CHOICES, type UserAction } from '../core';
import { isObj, type Obj } from '../core/guards';

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

const isSeconds = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isExerciseId = (v: unknown) => typeof v === 'string' && v !== '' && v.length <= MAX_EXERCISE_ID;

/**
 * A field's check: null when its value may stand, else where in the value the fault is: '' for
 * the value itself, ".toes" for an entry inside it.
 */
type Check = (v: unknown) => string | null;
const must =
  (ok: (v: unknown) => boolean): Check =>
  (v) =>
    ok(v) ? null : '';
const oneOf = (list: readonly unknown[]) => must((v) => list.includes(v));
const optional =
  (check: Check): Check =>
  (v) =>
    v === undefined ? null : check(v);
/** The fields an object may carry besides `type`, each with its check, in the order they are checked. */
type Fields = Record<string, Check>;

const ACTIONS: Record<UserAction['type'], Fields> = {
  start: { kind: optional(oneOf(BREAK_KINDS)) },
  finish: {
    exercises: optional(must((v) => Array.isArray(v) && v.length <= MAX_FINISHED_EXERCISES && v.every(isExerciseId))),
    areaSeconds: optional((v) => {
      if (!isObj(v)) return '';
      const wrong = Object.keys(v).find(
        (area) => !(BODY_AREAS as readonly string[]).includes(area) || !isSeconds(v[area]),
      );
      return wrong === undefined ? null : `.${wrong}`;
    }),
  },
  skip: {},
  snooze: {},
  pause: { for: oneOf(PAUSE_CHOICES) },
  resume: {},
};

const REQUESTS: Record<Request['type'], Fields> = {
  'open-break': { kind: oneOf(BREAK_KINDS) },
  action: {
    from: oneOf(REQUEST_SOURCES),
    action: (v) => {
      const wrong = isObj(v) ? wrongField(v, ACTIONS) : '';
      return wrong === null ? null : wrong === '' ? '' : `.${wrong}`;
    },
  },
};

/**
 * The path of the first thing wrong with `obj`, or null: a `type` that is not one of `types`, a
 * key its type does not expect (pollution keys never are), then its fields in order.
 */
function wrongField(obj: Obj, types: Record<string, Fields>): string | null {
  const type = obj.type;
  const fields = typeof type === 'string' && Object.hasOwn(types, type) ? types[type] : undefined;
  if (fields === undefined) return 'type';
  const extra = Object.keys(obj).find((key) => isPollutionKey(key) || (key !== 'type' && !Object.hasOwn(fields, key)));
  if (extra !== undefined) return extra;
  for (const [key, check] of Object.entries(fields)) {
    const wrong = check(obj[key]);
    if (wrong !== null) return key + wrong;
  }
  return null;
}

/** A fresh copy of a checked value, made of plain objects and arrays; entries left undefined are left out. */
const copy = (v: unknown): unknown =>
  Array.isArray(v)
    ? Array.from(v, copy)
    : isObj(v)
      ? Object.fromEntries(Object.entries(v).flatMap(([key, x]) => (x === undefined ? [] : [[key, copy(x)]])))
      : v;

/**
 * Checks a message from a page strictly: a known type, every field it needs with a value it may
 * hold, and nothing else. What is accepted is rebuilt from the checked fields, so nothing the
 * sender added travels further. Never throws.
 */
export function parseRequest(message: unknown): ParsedRequest {
  if (!isObj(message)) return { ok: false, field: 'request' };
  const field = wrongField(message, REQUESTS);
  return field === null ? { ok: true, request: copy(message) as Request } : { ok: false, field };
}
