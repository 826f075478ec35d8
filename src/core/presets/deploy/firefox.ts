import type { DeployIds, PolicyValues } from './types';
import { presentEntries } from './types';

/**
 * A Firefox enterprise policies.json. Firefox hands `3rdparty.Extensions.<add-on id>` to the
 * add-on as its managed storage, so the keys are the same as for Chromium.
 */
export function firefoxPolicies(policy: PolicyValues, ids: Pick<DeployIds, 'firefoxId'>): string {
  const body = Object.fromEntries(presentEntries(policy));
  return `${JSON.stringify({ policies: { '3rdparty': { Extensions: { [ids.firefoxId]: body } } } }, null, 2)}\n`;
}
