import { isObj, type Obj } from '../guards';
import { type Msg, msg } from '../message';
import { LIMITS, type LimitedField } from './limits';

/**
 * One rejected value: the dotted path of the field and a sentence a person can act on. Every
 * sentence about a field names it by its dotted path as its first value (`$1`), so a caller may
 * put a prefix before the path ("enforced.") or, on the options page, a person's words for it.
 */
export interface FieldError {
  field: string;
  message: Msg;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const last = (path: string) => path.split('.').pop() as string;

/** What a list setting holds, named inside "… must list days from: …". */
const LIST_NOUNS = {
  days: 'set_noun_days',
  'body areas': 'set_noun_areas',
  positions: 'set_noun_positions',
  equipment: 'set_noun_equipment',
} as const;

export type ListNoun = keyof typeof LIST_NOUNS;

/**
 * The sentences of the settings checks, shared by validateSettings and the partial checks of
 * presets and policy, so both say the same thing about the same mistake.
 */
export const settingsErrors = {
  /** The whole value is not an object. */
  notAnObject: (): Msg => msg('set_err_root_object'),
  /** A section (or a prefixed whole, such as "enforced") is not an object. */
  sectionNotAnObject: (path: string): Msg => msg('set_err_object', path),
  /** Working hours are on, on no day at all. */
  daysNeeded: (path: string): Msg => msg('set_err_days_needed', path),
  /** The working day ends before it starts. */
  endAfterStart: (endPath: string, startPath: string): Msg => msg('set_err_end_after_start', endPath, startPath),
  /** No position is left, so no exercise could be offered. */
  positionsNeeded: (path: string, allowed: readonly string[]): Msg =>
    msg('set_err_positions_needed', path, allowed.join(', ')),
};

/**
 * Checks for one field each, sharing one error list. A missing field quietly takes its fallback;
 * a present but bad one takes it too and is reported, with a message that names the field and
 * what it may hold (the options page rewords the path, so it is always the message's first value).
 */
export function fieldChecks(errors: FieldError[]) {
  const reject = <T>(field: string, message: Msg, fallback: T): T => {
    errors.push({ field, message });
    return fallback;
  };
  return {
    section(root: Obj, name: string): Obj {
      const v = root[name];
      if (v === undefined) return {};
      return isObj(v) ? v : reject(name, settingsErrors.sectionNotAnObject(name), {});
    },
    num(obj: Obj, path: LimitedField, fallback: number): number {
      const v = obj[last(path)];
      if (v === undefined) return fallback;
      const { min, max } = LIMITS[path];
      if (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max) return v;
      return reject(path, msg('set_err_number', path, min, max), fallback);
    },
    bool(obj: Obj, path: string, fallback: boolean): boolean {
      const v = obj[last(path)];
      if (v === undefined) return fallback;
      if (typeof v === 'boolean') return v;
      return reject(path, msg('set_err_bool', path), fallback);
    },
    time(obj: Obj, path: string, fallback: string): string {
      const v = obj[last(path)];
      if (v === undefined) return fallback;
      if (typeof v === 'string' && TIME.test(v)) return v;
      return reject(path, msg('set_err_time', path), fallback);
    },
    oneOf<T extends string>(obj: Obj, path: string, allowed: readonly T[], fallback: T): T {
      const v = obj[last(path)];
      if (v === undefined) return fallback;
      if ((allowed as readonly unknown[]).includes(v)) return v as T;
      return reject(path, msg('set_err_one_of', path, allowed.join(', ')), fallback);
    },
    /** A subset of `allowed`, returned in `allowed`'s order without repeats, so equal choices compare equal. */
    list<T extends string>(obj: Obj, path: string, allowed: readonly T[], noun: ListNoun, fallback: readonly T[]): T[] {
      const v = obj[last(path)];
      if (v === undefined) return [...fallback];
      if (Array.isArray(v) && v.every((x) => (allowed as readonly unknown[]).includes(x))) {
        return allowed.filter((x) => v.includes(x));
      }
      return reject(path, msg('set_err_list', path, msg(LIST_NOUNS[noun]), allowed.join(', ')), [...fallback]);
    },
  };
}
