import type { DeployIds, PolicyValues } from './types';
import { presentEntries } from './types';

export type WindowsBrowser = 'chrome' | 'edge';

const VENDOR_KEY: Record<WindowsBrowser, string> = {
  chrome: 'HKEY_LOCAL_MACHINE\\Software\\Policies\\Google\\Chrome',
  edge: 'HKEY_LOCAL_MACHINE\\Software\\Policies\\Microsoft\\Edge',
};

const BROWSER_NAME: Record<WindowsBrowser, string> = { chrome: 'Google Chrome', edge: 'Microsoft Edge' };

/** The kit's file name for one browser: windows-<browser>.reg. */
export const windowsRegFileName = (browser: WindowsBrowser): string => `windows-${browser}.reg`;

/** A .reg string literal: backslashes and double quotes get a backslash in front. */
export function regString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The registry key whose values become the extension's managed storage. */
export function windowsPolicyKey(browser: WindowsBrowser, extensionId: string): string {
  return `${VENDOR_KEY[browser]}\\3rdparty\\extensions\\${extensionId}\\policy`;
}

/**
 * A .reg file for Chrome or Edge on Windows. Every value is a REG_SZ: the organization as plain
 * text, and the object and list keys as JSON text, which the browser parses against the
 * extension's schema (the registry has no way to hold arbitrary nested JSON faithfully as
 * subkeys; a list, for one, would need numbered subkeys). JSON.stringify never emits a raw line
 * break, so each value stays on one line as the format requires. The text uses CRLF line ends;
 * save it as UTF-16 LE with a byte-order mark (scripts/policy.ts does) so non-ASCII text survives.
 */
export function windowsRegPolicy(
  policy: PolicyValues,
  ids: Pick<DeployIds, 'extensionId' | 'edgeId'>,
  browser: WindowsBrowser,
): string {
  const id = browser === 'edge' ? (ids.edgeId ?? ids.extensionId) : ids.extensionId;
  const key = windowsPolicyKey(browser, id);
  const lines = [
    'Windows Registry Editor Version 5.00',
    '',
    `; Sitwell managed settings for ${BROWSER_NAME[browser]} (extension id ${id}).`,
    '; Import as an administrator (double-click, or: reg import <this file>), then restart the',
    '; browser or reload policies. The first block clears any earlier Sitwell policy so that keys',
    '; dropped from the preset do not linger.',
    `[-${key}]`,
    '',
    '; Each value is a REG_SZ. "organization" is plain text; the others hold JSON text, which the',
    '; browser parses because the extension schema declares them as objects or lists.',
    `[${key}]`,
  ];
  for (const [name, value] of presentEntries(policy)) {
    const text = typeof value === 'string' && name === 'organization' ? value : JSON.stringify(value);
    lines.push(`${regString(name)}=${regString(text)}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}
