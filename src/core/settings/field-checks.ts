import { LIMITS, type LimitedField } from './limits';

/** One rejected value: the dotted path of the field and a sentence a person can act on. */
export interface FieldError {
  field: string;
  message: string;
}

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const last = (path: string) => path.split('.').pop() as string;

/**
 * Checks for one field each, sharing one error list. A missing field quietly takes its fallback;
 * a present but bad one takes it too and is reported, with a message that names the field and
 * what it may hold (the options page rewords the path, so it must appear as is).
 */
export function fieldChecks(errors: FieldError[]) {
  const reject = <T>(field: string, message: string, fallback: T): T => {
    errors.push({ field, message });
    return fallback;
  };
  return {
    section(root: Obj, name: string): Obj {
      const v = root[name];
      if (v === undefined) return {};
      return isObj(v) ? v : reject(name, `${name} must be an object.`, {});
    },
    num(obj: Obj, path: LimitedField, fallback: number): number {
      const v = obj[last(path)];
      if (v === undefined) return fallback;
      const { min, max } = LIMITS[path];
      if (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max) return v;
      return reject(path, `${path} must be a whole number from ${min} to ${max}.`, fallback);
    },
    bool(obj: Obj, path: string, fallback: boolean): boolean {
      const v = obj[last(path)];
      if (v === undefined) return fallback;
      if (typeof v === 'boolean') return v;
      return reject(path, `${path} must be true or false.`, fallback);
    },
    time(obj: Obj, path: string, fallback: string): string {
      const v = obj[last(path)];
      if (v === undefined) return fallback;
      if (typeof v === 'string' && TIME.test(v)) return v;
      return reject(path, `${path} must be a time written as HH:MM (00:00 to 23:59).`, fallback);
    },
    oneOf<T extends string>(obj: Obj, path: string, allowed: readonly T[], fallback: T): T {
      const v = obj[last(path)];
      if (v === undefined) return fallback;
      if ((allowed as readonly unknown[]).includes(v)) return v as T;
      return reject(path, `${path} must be one of: ${allowed.join(', ')}.`, fallback);
    },
    /** A subset of `allowed`, returned in `allowed`'s order without repeats, so equal choices compare equal. */
    list<T extends string>(obj: Obj, path: string, allowed: readonly T[], noun: string, fallback: readonly T[]): T[] {
      const v = obj[last(path)];
      if (v === undefined) return [...fallback];
      if (Array.isArray(v) && v.every((x) => (allowed as readonly unknown[]).includes(x))) {
        return allowed.filter((x) => v.includes(x));
      }
      return reject(path, `${path} must list ${noun} from: ${allowed.join(', ')}.`, [...fallback]);
    },
  };
}
