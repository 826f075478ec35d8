import { describe, expect, it } from 'vitest';
import schemaJson from '../../public/managed-schema.json' with { type: 'json' };
import { BODY_AREAS, EQUIPMENT, POSITIONS } from '../../src/core/routine/types';
import { defaultSettings, PROMPT_STYLES, WEEKDAYS } from '../../src/core/settings/defaults';
import { LIMITS } from '../../src/core/settings/limits';

/** The JSON-Schema subset Chrome accepts for `storage.managed_schema`. */
interface SchemaNode {
  id?: string;
  $ref?: string;
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  title?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  additionalProperties?: SchemaNode;
  minimum?: number;
  maximum?: number;
  enum?: (string | number)[];
  pattern?: string;
}

const schema = schemaJson as SchemaNode;

/** Every node in the schema with the dotted path that leads to it (array items get a `[]` segment). */
function* walk(node: SchemaNode, path = ''): Generator<[string, SchemaNode]> {
  yield [path, node];
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    yield* walk(child, path ? `${path}.${key}` : key);
  }
  if (node.items) yield* walk(node.items, `${path}[]`);
  if (node.additionalProperties) yield* walk(node.additionalProperties, `${path}{}`);
}

const byId = new Map<string, SchemaNode>();
for (const [, node] of walk(schema)) {
  if (node.id === undefined) continue;
  if (byId.has(node.id)) throw new Error(`duplicate id ${node.id} in the schema`);
  byId.set(node.id, node);
}

/** Follows a `$ref` to the node declaring that `id`, as Chrome does. */
function resolve(node: SchemaNode): SchemaNode {
  if (node.$ref === undefined) return node;
  const target = byId.get(node.$ref);
  if (!target) throw new Error(`$ref ${node.$ref} names no id in the schema`);
  return target;
}

const top = (key: string): SchemaNode => {
  const node = schema.properties?.[key];
  if (!node) throw new Error(`no top-level property ${key}`);
  return node;
};

/** Walks a dotted settings path (e.g. `snooze.minutes`) down from the settings definition. */
function field(settings: SchemaNode, dotted: string): SchemaNode | undefined {
  let node: SchemaNode | undefined = settings;
  for (const key of dotted.split('.')) node = node?.properties?.[key];
  return node;
}

describe('managed storage schema', () => {
  it('is an object whose policies are exactly organization, enforced, defaults, checklistItems and presets', () => {
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual([
      'checklistItems',
      'defaults',
      'enforced',
      'organization',
      'presets',
    ]);
    expect(top('organization').type).toBe('string');
  });

  it('defines the settings shape once and references it from both enforced and defaults', () => {
    const enforced = resolve(top('enforced'));
    const defaults = resolve(top('defaults'));
    expect(enforced.type).toBe('object');
    expect(defaults).toBe(enforced);
    // Defined once: only one node in the whole schema describes a stretchBreak.
    const stretchNodes = [...walk(schema)].filter(([path]) => path.endsWith('.stretchBreak'));
    expect(stretchNodes).toHaveLength(1);
    // Every settings field, no more and no fewer, so policy can set anything a person can.
    expect(Object.keys(enforced.properties ?? {}).sort()).toEqual(Object.keys(defaultSettings()).sort());
    for (const [key, value] of Object.entries(defaultSettings())) {
      if (typeof value !== 'object' || value === null) continue;
      expect(Object.keys(enforced.properties?.[key]?.properties ?? {}).sort(), key).toEqual(Object.keys(value).sort());
    }
  });

  it('follows Chrome’s rule that each node has either a $ref or exactly one type', () => {
    for (const [path, node] of walk(schema)) {
      if (node.$ref !== undefined) {
        expect(node.type, path).toBeUndefined();
        expect(byId.has(node.$ref), `${path}: $ref ${node.$ref}`).toBe(true);
      } else {
        expect(typeof node.type, path).toBe('string');
      }
    }
  });

  it('uses the same numeric ranges as LIMITS, for every ranged field and no others', () => {
    const settings = resolve(top('enforced'));
    for (const [dotted, { min, max }] of Object.entries(LIMITS)) {
      const node = field(settings, dotted);
      expect(node, dotted).toBeDefined();
      expect(node?.type, dotted).toBe('integer');
      expect({ minimum: node?.minimum, maximum: node?.maximum }, dotted).toEqual({ minimum: min, maximum: max });
    }
    const ranged = [...walk(settings)]
      .filter(([, node]) => node.minimum !== undefined || node.maximum !== undefined)
      .map(([path]) => path)
      .sort();
    expect(ranged).toEqual(Object.keys(LIMITS).sort());
    // Nothing outside the settings definition carries a range either.
    const rangedAnywhere = [...walk(schema)].filter(
      ([, node]) => node.minimum !== undefined || node.maximum !== undefined,
    );
    expect(rangedAnywhere).toHaveLength(ranged.length);
  });

  it('lists the same weekdays and prompt styles as the settings module', () => {
    const settings = resolve(top('enforced'));
    expect(field(settings, 'workHours.days')?.items?.enum).toEqual([...WEEKDAYS]);
    expect(field(settings, 'prompt.style')?.enum).toEqual([...PROMPT_STYLES]);
  });

  it('lists the same body areas, positions and equipment as the routine vocabulary', () => {
    const settings = resolve(top('enforced'));
    const lists: [string, readonly string[]][] = [
      ['routine.focusAreas', BODY_AREAS],
      ['routine.positions', POSITIONS],
      ['routine.equipment', EQUIPMENT],
    ];
    for (const [dotted, allowed] of lists) {
      const node = field(settings, dotted);
      expect(node?.type, dotted).toBe('array');
      expect(node?.items?.type, dotted).toBe('string');
      expect(node?.items?.enum, dotted).toEqual([...allowed]);
    }
    expect(field(settings, 'routine.atOffice')?.type).toBe('boolean');
    expect(field(settings, 'sitStand.enabled')?.type).toBe('boolean');
  });

  it('describes the posture check and the checklist recheck', () => {
    const settings = resolve(top('enforced'));
    expect(field(settings, 'postureCheck')?.type).toBe('object');
    expect(field(settings, 'postureCheck.enabled')?.type).toBe('boolean');
    expect(field(settings, 'postureCheck.everyMinutes')).toMatchObject({ type: 'integer', minimum: 1, maximum: 480 });
    expect(field(settings, 'checklist.recheckDays')).toMatchObject({ type: 'integer', minimum: 1, maximum: 365 });
  });

  it('uses only the keywords Chrome’s managed_schema subset knows', () => {
    const known = new Set([
      'id',
      '$ref',
      'type',
      'title',
      'description',
      'properties',
      'items',
      'additionalProperties',
      'minimum',
      'maximum',
      'enum',
      'pattern',
    ]);
    for (const [path, node] of walk(schema)) {
      for (const key of Object.keys(node)) expect(known.has(key), `${path}: ${key}`).toBe(true);
    }
  });

  it('accepts HH:MM times from 00:00 to 23:59 and nothing else', () => {
    const settings = resolve(top('enforced'));
    for (const key of ['workHours.start', 'workHours.end']) {
      const pattern = new RegExp(field(settings, key)?.pattern ?? '(?!)');
      for (const good of ['00:00', '09:00', '17:30', '23:59']) expect(pattern.test(good), `${key} ${good}`).toBe(true);
      for (const bad of ['24:00', '9:00', '12:60', '12:5', '12:30 ', 'noon']) {
        expect(pattern.test(bad), `${key} ${bad}`).toBe(false);
      }
    }
  });

  it('describes extra checklist items with the fields mergeItems reads', () => {
    const items = top('checklistItems');
    expect(items.type).toBe('array');
    expect(items.items?.type).toBe('object');
    expect(Object.keys(items.items?.properties ?? {})).toEqual(['id', 'section', 'statement', 'tip', 'source']);
    for (const node of Object.values(items.items?.properties ?? {})) expect(node.type).toBe('string');
  });

  it('describes team presets whose settings reuse the one settings definition', () => {
    const presets = top('presets');
    expect(presets.type).toBe('array');
    const props = presets.items?.properties ?? {};
    expect(Object.keys(props)).toEqual(['name', 'description', 'settings']);
    expect(props.name?.type).toBe('string');
    expect(props.description?.type).toBe('string');
    expect(props.settings?.$ref).toBe('SitwellSettings');
    expect(resolve(props.settings as SchemaNode)).toBe(resolve(top('enforced')));
  });

  it('describes every setting for administrators', () => {
    for (const [path, node] of walk(schema)) {
      if (path === '' || path.endsWith('[]')) continue;
      expect(node.description, path).toEqual(expect.any(String));
    }
  });
});
