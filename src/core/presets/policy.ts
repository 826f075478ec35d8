import type { Checklist } from '../checklist/merge';
import { isObj } from '../guards';
import { type Msg, msg } from '../message';
import { dropPollutionKeys } from '../safe-json';
import { type PolicySettings, parsePolicySettings } from './policy-settings';
import { type Preset, parsePreset } from './preset';

/** Admin policy as read from managed storage (public/managed-schema.json), after validation. */
export interface Policy extends PolicySettings {
  /** Passed on unchecked: mergeItems judges them item by item where the checklist is built. */
  checklistItems: unknown[];
  presets: Preset[];
  /** One sentence per ignored value, for the "About this configuration" panel. */
  problems: Msg[];
}

/**
 * The whole policy, for the page that shows it: the settings parts (policy-settings.ts, all the
 * worker reads), then the checklist items and the team presets, whose problems are listed after
 * those of the settings parts. Read leniently, like the settings parts. Never throws.
 */
export function parsePolicy(managed: unknown, checklist?: Checklist): Policy {
  const policy: Policy = { ...parsePolicySettings(managed), checklistItems: [], presets: [] };
  const raw = dropPollutionKeys(managed);
  if (!isObj(raw)) return policy;
  const { problems } = policy;

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
