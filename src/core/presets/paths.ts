import { isObj, type Obj } from '../guards';

// Settings are one level deep, so a dotted path is a field name or a section and a field.

/** Writes `value` at a dotted path, creating the section object on first use. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const [head, tail] = path.split('.') as [string, string | undefined];
  if (tail === undefined) {
    target[head] = value;
    return;
  }
  const section = isObj(target[head]) ? (target[head] as Obj) : {};
  section[tail] = value;
  target[head] = section;
}

/** Reads a dotted path; undefined when any step is missing. */
export function getPath(source: unknown, path: string): unknown {
  let node: unknown = source;
  for (const key of path.split('.')) node = isObj(node) ? node[key] : undefined;
  return node;
}

export function deletePath(target: Record<string, unknown>, path: string): void {
  const [head, tail] = path.split('.') as [string, string];
  const section = target[head] as Obj;
  delete section[tail];
  if (Object.keys(section).length === 0) delete target[head];
}
