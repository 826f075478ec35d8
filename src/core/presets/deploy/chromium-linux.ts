import type { DeployIds, PolicyValues } from './types';
import { presentEntries } from './types';

/**
 * The JSON policy file Chrome and Chromium read on Linux. Extension policy sits under
 * `3rdparty.extensions.<id>`, holding the managed-storage keys exactly as the schema names them.
 */
export function chromiumLinuxPolicy(policy: PolicyValues, ids: Pick<DeployIds, 'extensionId'>): string {
  const body = Object.fromEntries(presentEntries(policy));
  return `${JSON.stringify({ '3rdparty': { extensions: { [ids.extensionId]: body } } }, null, 2)}\n`;
}
