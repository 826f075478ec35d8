import { describe, expect, it } from 'vitest';
import schemaJson from '../../../docs/preset.schema.json' with { type: 'json' };
import { KEBAB_CASE, MAX_TEXT_LENGTH } from '../../../src/core/checklist/merge';
import { BUILT_IN_PRESETS, presetInWords } from '../../../src/core/presets/built-in';
import { SETTINGS_FIELDS } from '../../../src/core/presets/partial-settings';
import { PRESET_DESCRIPTION_MAX, PRESET_NAME_MAX, parsePreset } from '../../../src/core/presets/preset';
import { BODY_AREAS, EQUIPMENT, POSITIONS } from '../../../src/core/routine/types';
import { PROMPT_STYLES, WEEKDAYS } from '../../../src/core/settings/defaults';
import { LIMITS } from '../../../src/core/settings/limits';
import { say } from '../../../src/platform/i18n';

/** The JSON Schema keywords docs/preset.schema.json uses; the checker below knows exactly these. */
interface Node {
  type?: string;
  const?: unknown;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  required?: string[];
  properties?: Record<string, Node>;
  additionalProperties?: boolean;
  items?: Node;
  $ref?: string;
  oneOf?: Node[];
}
const schema = schemaJson as Node & { $defs: Record<string, Node> };
const KNOWN = new Set(['$schema', '$id', '$defs', 'title', 'description']);

const typeOf = (v: unknown) =>
  Array.isArray(v) ? 'array' : v === null ? 'null' : Number.isInteger(v) ? 'integer' : typeof v;

/** A tiny validator for that subset: returns the paths where `value` breaks the schema. */
function check(node: Node, value: unknown, path = '$'): string[] {
  if (node.$ref) return check(schema.$defs[node.$ref.replace('#/$defs/', '')] as Node, value, path);
  if (node.oneOf) return node.oneOf.filter((n) => check(n, value, path).length === 0).length === 1 ? [] : [path];
  const t = typeOf(value);
  if (node.type && !(node.type === t || (node.type === 'number' && t === 'integer'))) return [path];
  if ('const' in node && node.const !== value) return [path];
  if (node.enum && !node.enum.includes(value)) return [path];
  const bad: string[] = [];
  if (typeof value === 'number' && ((node.minimum ?? -Infinity) > value || (node.maximum ?? Infinity) < value))
    bad.push(path);
  if (typeof value === 'string') {
    const long = [...value].length;
    if (long < (node.minLength ?? 0) || long > (node.maxLength ?? Infinity)) bad.push(path);
    if (node.pattern && !new RegExp(node.pattern, 'u').test(value)) bad.push(path);
  }
  if (Array.isArray(value) && node.items) {
    for (const [i, v] of value.entries()) bad.push(...check(node.items, v, `${path}[${i}]`));
  }
  if (t === 'object') {
    const obj = value as Record<string, unknown>;
    for (const key of node.required ?? []) if (!(key in obj)) bad.push(`${path}.${key}`);
    for (const [key, v] of Object.entries(obj)) {
      const child = node.properties?.[key];
      if (child) bad.push(...check(child, v, `${path}.${key}`));
      else if (node.additionalProperties === false) bad.push(`${path}.${key}`);
    }
  }
  return bad;
}

function* walk(node: Node, path = ''): Generator<[string, Node]> {
  yield [path, node];
  for (const [key, child] of Object.entries(node.properties ?? {})) yield* walk(child, path ? `${path}.${key}` : key);
  if (node.items) yield* walk(node.items, `${path}[]`);
}
const settings = schema.$defs.settings as Node;
const at = (dotted: string) => [...walk(settings)].find(([p]) => p === dotted)?.[1];

describe('docs/preset.schema.json', () => {
  it('uses only the keywords the test checker understands', () => {
    const known = new Set([
      ...KNOWN,
      'type',
      'const',
      'enum',
      'minimum',
      'maximum',
      'minLength',
      'maxLength',
      'pattern',
    ]);
    for (const k of ['required', 'properties', 'additionalProperties', 'items', '$ref', 'oneOf']) known.add(k);
    const visit = (n: unknown): void => {
      if (Array.isArray(n)) {
        for (const x of n) visit(x);
        return;
      }
      if (typeof n !== 'object' || n === null) return;
      for (const [k, v] of Object.entries(n)) {
        if (k !== 'properties' && k !== '$defs' && k !== 'enum' && k !== 'const' && k !== 'required')
          expect(known.has(k), k).toBe(true);
        if (k === 'properties' || k === '$defs') for (const x of Object.values(v as object)) visit(x);
        else visit(v);
      }
    };
    visit(schema);
  });

  it('accepts every built-in preset', () => {
    for (const p of BUILT_IN_PRESETS) expect(check(schema, presetInWords(p, say)), p.id).toEqual([]);
  });

  it('rejects the same bad files the parser rejects', () => {
    const good = { format: 'sitwell-preset', version: 1, name: 'A', settings: {} };
    const bad = [
      { ...good, version: 2 },
      { ...good, name: '' },
      { ...good, name: 'x'.repeat(81) },
      { ...good, extra: 1 },
      { ...good, settings: { snooze: { minutes: 0 } } },
      { ...good, settings: { stretchBreak: { foo: 1 } } },
      { ...good, settings: { workHours: { start: '24:00' } } },
      { ...good, settings: { routine: { positions: ['sofa'] } } },
      { ...good, checklistItems: [{ id: 'Bad', section: 'chair', statement: 's', tip: 't' }] },
    ];
    expect(check(schema, good)).toEqual([]);
    for (const file of bad) {
      expect(check(schema, file).length, JSON.stringify(file)).toBeGreaterThan(0);
      expect(parsePreset(file).ok, JSON.stringify(file)).toBe(false);
    }
  });

  it('has the same fields, ranges and lists as the core', () => {
    const leaves = [...walk(settings)].filter(([p, n]) => p !== '' && n.type !== 'object' && !p.endsWith('[]'));
    expect(leaves.map(([p]) => p)).toEqual([...SETTINGS_FIELDS]);
    for (const [dotted, { min, max }] of Object.entries(LIMITS)) {
      expect(at(dotted), dotted).toMatchObject({ type: 'integer', minimum: min, maximum: max });
    }
    expect(at('workHours.days')?.items?.enum).toEqual([...WEEKDAYS]);
    expect(at('prompt.style')?.enum).toEqual([...PROMPT_STYLES]);
    expect(at('routine.focusAreas')?.items?.enum).toEqual([...BODY_AREAS]);
    expect(at('routine.positions')?.items?.enum).toEqual([...POSITIONS]);
    expect(at('routine.equipment')?.items?.enum).toEqual([...EQUIPMENT]);
    expect(schema.properties?.name).toMatchObject({ minLength: 1, maxLength: PRESET_NAME_MAX });
    expect(schema.properties?.description?.maxLength).toBe(PRESET_DESCRIPTION_MAX);
    const item = schema.$defs.checklistItem as Node;
    expect(item.properties?.id?.pattern).toBe(KEBAB_CASE.source);
    expect(item.properties?.tip?.maxLength).toBe(MAX_TEXT_LENGTH - 1);
  });
});
