import type { PolicyValues } from './types';
import { presentEntries } from './types';

/**
 * What to paste into the Google Admin console's "Policy for extensions" box for a force-installed
 * app: the same keys, each wrapped as `{ "Value": … }`.
 */
export function googleAdminConsolePolicy(policy: PolicyValues): string {
  const wrapped = Object.fromEntries(presentEntries(policy).map(([k, v]) => [k, { Value: v }]));
  return `${JSON.stringify(wrapped, null, 2)}\n`;
}
