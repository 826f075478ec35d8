import { stableUuid } from './stable-uuid';
import type { DeployIds, PolicyValues } from './types';
import { presentEntries } from './types';

/** Text as XML character data: the three markup characters, and CR so parsers keep it. */
export function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** One JSON-like value as plist XML, indented by `depth` tabs. */
export function plistValue(value: unknown, depth: number): string {
  const pad = '\t'.repeat(depth);
  if (typeof value === 'string') return `${pad}<string>${xmlText(value)}</string>`;
  if (typeof value === 'boolean') return `${pad}<${value}/>`;
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) && !Object.is(value, -0)
      ? `${pad}<integer>${value}</integer>`
      : `${pad}<real>${value}</real>`;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return `${pad}<array/>`;
    return [`${pad}<array>`, ...value.map((v) => plistValue(v, depth + 1)), `${pad}</array>`].join('\n');
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) return `${pad}<dict/>`;
    return [
      `${pad}<dict>`,
      ...entries.flatMap(([k, v]) => [`${pad}\t<key>${xmlText(k)}</key>`, plistValue(v, depth + 1)]),
      `${pad}</dict>`,
    ].join('\n');
  }
  throw new Error(`A plist cannot hold ${value === null ? 'null' : typeof value}.`);
}

/**
 * A macOS configuration profile that sets Chrome's extension policy for Sitwell: a
 * com.apple.ManagedClient.preferences payload for the preference domain
 * com.google.Chrome.extensions.<id>, applied as "Forced" (always). The UUIDs come from the
 * extension id and preset name, so the same inputs give the same file.
 */
export function macosMobileconfig(policy: PolicyValues, ids: Pick<DeployIds, 'extensionId' | 'presetName'>): string {
  const domain = `com.google.Chrome.extensions.${ids.extensionId}`;
  const seed = `${ids.extensionId}\n${ids.presetName}`;
  const settings = Object.fromEntries(presentEntries(policy));
  const identifier = `app.sitwell.policy.${ids.extensionId}`;
  const inner = {
    PayloadType: 'com.apple.ManagedClient.preferences',
    PayloadVersion: 1,
    PayloadIdentifier: `${identifier}.preferences`,
    PayloadUUID: stableUuid(`payload\n${seed}`),
    PayloadEnabled: true,
    PayloadDisplayName: 'Sitwell extension settings for Google Chrome',
    PayloadContent: { [domain]: { Forced: [{ mcx_preference_settings: settings }] } },
  };
  const profile: Record<string, unknown> = {
    PayloadContent: [inner],
    PayloadDisplayName: `Sitwell: ${ids.presetName}`,
    PayloadDescription: `Sitwell break-reminder settings from the preset "${ids.presetName}".`,
    PayloadIdentifier: identifier,
    PayloadType: 'Configuration',
    PayloadUUID: stableUuid(`profile\n${seed}`),
    PayloadVersion: 1,
    PayloadScope: 'System',
    PayloadRemovalDisallowed: false,
  };
  if (policy.organization !== undefined) profile.PayloadOrganization = policy.organization;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    plistValue(profile, 0),
    '</plist>',
    '',
  ].join('\n');
}
