import { chromiumLinuxPolicy } from './chromium-linux';
import { firefoxPolicies } from './firefox';
import { googleAdminConsolePolicy } from './google-admin';
import { macosMobileconfig } from './macos-mobileconfig';
import { deployReadme } from './readme';
import type { DeployIds, PolicyObject, PolicyValues } from './types';
import { windowsRegFileName, windowsRegPolicy } from './windows-reg';

export { chromiumLinuxPolicy } from './chromium-linux';
export { firefoxPolicies } from './firefox';
export { googleAdminConsolePolicy } from './google-admin';
export { macosMobileconfig, plistValue, xmlText } from './macos-mobileconfig';
export { deployReadme } from './readme';
export { stableUuid } from './stable-uuid';
export * from './types';
export { regString, type WindowsBrowser, windowsPolicyKey, windowsRegFileName, windowsRegPolicy } from './windows-reg';

export type PolicyMode = 'enforced' | 'defaults';

/** The subset of a preset the kit needs (structurally the presets core's Preset). */
export interface PresetForPolicy {
  name: string;
  settings: object;
  checklistItems?: readonly unknown[];
}

/** Turns a checked preset into policy values: its settings under `mode`, its extra checklist items. */
export function policyFromPreset(preset: PresetForPolicy, mode: PolicyMode, organization?: string): PolicyValues {
  const policy: PolicyValues = {};
  if (organization !== undefined) policy.organization = organization;
  policy[mode] = structuredClone(preset.settings) as PolicyObject;
  if (preset.checklistItems !== undefined && preset.checklistItems.length > 0) {
    policy.checklistItems = structuredClone([...preset.checklistItems]);
  }
  return policy;
}

export interface DeployFile {
  /** Relative to the output folder, with forward slashes. */
  path: string;
  text: string;
  /** How to write the text: .reg files are UTF-16 LE with a byte-order mark. */
  encoding: 'utf8' | 'utf16le-bom';
}

/** Every file of the kit, in the order README.txt lists them. */
export function deployFiles(
  policy: PolicyValues,
  ids: DeployIds,
  options: { mode: PolicyMode; placeholderId: boolean },
): DeployFile[] {
  return [
    { path: 'chromium-linux/sitwell.json', text: chromiumLinuxPolicy(policy, ids), encoding: 'utf8' },
    ...(['chrome', 'edge'] as const).map(
      (browser): DeployFile => ({
        path: windowsRegFileName(browser),
        text: windowsRegPolicy(policy, ids, browser),
        encoding: 'utf16le-bom',
      }),
    ),
    { path: 'macos.mobileconfig', text: macosMobileconfig(policy, ids), encoding: 'utf8' },
    { path: 'google-admin-console.json', text: googleAdminConsolePolicy(policy), encoding: 'utf8' },
    { path: 'firefox-policies.json', text: firefoxPolicies(policy, ids), encoding: 'utf8' },
    { path: 'README.txt', text: deployReadme(ids, options), encoding: 'utf8' },
  ];
}
