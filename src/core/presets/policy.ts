import type { Checklist } from '../checklist/merge';
import { isObj } from '../settings/field-checks';
import { type PartialSettings, validatePartialSettings } from './partial-settings';
import { type Preset, parsePreset } from './preset';

/** Admin policy as read from managed storage (public/managed-schema.json), after validation. */
export interface Policy {
  organization: string | null;
  enforced: PartialSettings;
  defaults: PartialSettings;
  /** Passed on unchecked: mergeItems judges them item by item where the checklist is built. */
  checklistItems: unknown[];
  presets: Preset[];
  /** One sentence per ignored value, for the "About this configuration" panel. */
  problems: string[];
}

const KNOWN = ['organization', 'enforced', 'defaults', 'checklistItems', 'presets'];

/**
 * Reads policy leniently, unlike a preset file: nobody at the desk can fix a policy, so one bad
 * value is dropped and reported while everything else still applies. Never throws.
 */
export function parsePolicy(raw: unknown, checklist?: Checklist): Policy {
  const policy: Policy = {
    organization: null,
    enforced: {},
    defaults: {},
    checklistItems: [],
    presets: [],
    problems: [],
  };
  if (raw === undefined || raw === null) return policy;
  if (!isObj(raw)) {
    policy.problems.push('The policy must be an object; it was ignored.');
    return policy;
  }
  const { problems } = policy;
  for (const key of Object.keys(raw)) if (!KNOWN.includes(key)) problems.push(`unknown policy: ${key}`);
  const org = raw.organization;
  if (typeof org === 'string' && org.trim() !== '') policy.organization = org.trim();
  else if (org !== undefined) problems.push('organization must be a non-empty text.');

  for (const layer of ['enforced', 'defaults'] as const) {
    const { settings, errors } = validatePartialSettings(raw[layer], `${layer}.`);
    policy[layer] = settings;
    problems.push(...errors.map((e) => e.message));
  }

  const items = raw.checklistItems;
  if (Array.isArray(items)) policy.checklistItems = items;
  else if (items !== undefined) problems.push('checklistItems must be a list; it was ignored.');

  const presets = raw.presets;
  if (Array.isArray(presets)) {
    presets.forEach((value, index) => {
      // Policy presets may leave out format and version: the schema describes only the rest.
      const result = isObj(value) ? parsePreset({ format: 'sitwell-preset', version: 1, ...value }, checklist) : null;
      if (result?.ok) {
        policy.presets.push(result.preset);
        return;
      }
      const label = isObj(value) && typeof value.name === 'string' ? `"${value.name}"` : `number ${index + 1}`;
      const why = result ? result.errors.join(' ') : 'it must be an object';
      problems.push(`presets: preset ${label} was skipped: ${why}`);
    });
  } else if (presets !== undefined) problems.push('presets must be a list; it was ignored.');
  return policy;
}
