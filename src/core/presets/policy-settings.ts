import { isObj } from '../guards';
import { type Msg, msg } from '../message';
import { dropPollutionKeys } from '../safe-json';
import { type PartialSettings, validatePartialSettings } from './partial-settings';

/**
 * The parts of an admin policy that shape the settings, which the worker and every page read.
 * Its checklist items and team presets are read only where they are shown (policy.ts).
 */
export interface PolicySettings {
  organization: string | null;
  enforced: PartialSettings;
  defaults: PartialSettings;
  /** One sentence per ignored value of these parts, and per unknown top-level key. */
  problems: Msg[];
}

const KNOWN = ['organization', 'enforced', 'defaults', 'checklistItems', 'presets'];

/**
 * Reads the settings parts of a policy leniently: nobody at the desk can fix a policy, so one bad
 * value is dropped and reported while everything else still applies. Prototype-pollution keys are
 * dropped silently first, at every depth (safe-json.ts). Never throws.
 */
export function parsePolicySettings(managed: unknown): PolicySettings {
  const raw = dropPollutionKeys(managed);
  const policy: PolicySettings = { organization: null, enforced: {}, defaults: {}, problems: [] };
  if (raw === undefined || raw === null) return policy;
  const { problems } = policy;
  if (!isObj(raw)) {
    problems.push(msg('pre_pol_not_object'));
    return policy;
  }
  for (const key of Object.keys(raw)) if (!KNOWN.includes(key)) problems.push(msg('pre_pol_unknown', key));
  const org = raw.organization;
  if (typeof org === 'string' && org.trim() !== '') policy.organization = org.trim();
  else if (org !== undefined) problems.push(msg('pre_pol_organization'));

  for (const layer of ['enforced', 'defaults'] as const) {
    const { settings, errors } = validatePartialSettings(raw[layer], `${layer}.`);
    policy[layer] = settings;
    problems.push(...errors.map((e) => e.message));
  }
  return policy;
}
