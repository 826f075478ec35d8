import type { Checklist } from '../checklist/merge';
import { type Msg, msg } from '../message';
import { dropPollutionKeys } from '../safe-json';
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
  problems: Msg[];
}

const KNOWN = ['organization', 'enforced', 'defaults', 'checklistItems', 'presets'];

/**
 * Reads policy leniently, unlike a preset file: nobody at the desk can fix a policy, so one bad
 * value is dropped and reported while everything else still applies. Prototype-pollution keys are
 * dropped silently first, at every depth (safe-json.ts). Never throws.
 */
export function parsePolicy(managed: unknown, checklist?: Checklist): Policy {
  const raw = dropPollutionKeys(managed);
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
    policy.problems.push(msg('pre_pol_not_object'));
    return policy;
  }
  const { problems } = policy;
  for (const key of Object.keys(raw)) if (!KNOWN.includes(key)) problems.push(msg('pre_pol_unknown', key));
  const org = raw.organization;
  if (typeof org === 'string' && org.trim() !== '') policy.organization = org.trim();
  else if (org !== undefined) problems.push(msg('pre_pol_organization'));

  for (const layer of ['enforced', 'defaults'] as const) {
    const { settings, errors } = validatePartialSettings(raw[layer], `${layer}.`);
    policy[layer] = settings;
    problems.push(...errors.map((e) => e.message));
  }

  const items = raw.checklistItems;
  if (Array.isArray(items)) policy.checklistItems = items;
  else if (items !== undefined) problems.push(msg('pre_pol_items_not_list'));

  const presets = raw.presets;
  if (Array.isArray(presets)) {
    presets.forEach((value, index) => {
      // Policy presets may leave out format and version: the schema describes only the rest.
      const result = isObj(value) ? parsePreset({ format: 'sitwell-preset', version: 1, ...value }, checklist) : null;
      if (result?.ok) {
        policy.presets.push(result.preset);
        return;
      }
      const why = result ? result.errors : msg('pre_pol_preset_not_object');
      problems.push(
        isObj(value) && typeof value.name === 'string'
          ? msg('pre_pol_preset_skipped', value.name, why)
          : msg('pre_pol_preset_number_skipped', index + 1, why),
      );
    });
  } else if (presets !== undefined) problems.push(msg('pre_pol_presets_not_list'));
  return policy;
}
