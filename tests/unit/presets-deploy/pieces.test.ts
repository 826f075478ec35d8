import { describe, expect, it } from 'vitest';
import {
  checkPolicyValues,
  DEFAULT_FIREFOX_ID,
  deployFiles,
  isChromiumExtensionId,
  isFirefoxExtensionId,
  macosMobileconfig,
  PLACEHOLDER_EXTENSION_ID,
  policyFromPreset,
  stableUuid,
} from '../../../src/core/presets/deploy';
import { parsePolicy } from '../../../src/core/presets/policy';
import { parsePlist } from './parsers';

const ids = { extensionId: 'abcdefghijklmnopabcdefghijklmnop', firefoxId: DEFAULT_FIREFOX_ID, presetName: 'Office' };

describe('extension ids', () => {
  it('accepts 32 letters a to p and nothing else', () => {
    expect(isChromiumExtensionId(PLACEHOLDER_EXTENSION_ID)).toBe(true);
    expect(isChromiumExtensionId(ids.extensionId)).toBe(true);
    expect(isChromiumExtensionId('abcdefghijklmnopabcdefghijklmnoq')).toBe(false);
    expect(isChromiumExtensionId('abcdefghijklmnop')).toBe(false);
    expect(isChromiumExtensionId('ABCDEFGHIJKLMNOPABCDEFGHIJKLMNOP')).toBe(false);
  });

  it('accepts email-like and GUID Firefox ids', () => {
    expect(isFirefoxExtensionId(DEFAULT_FIREFOX_ID)).toBe(true);
    expect(isFirefoxExtensionId('{12345678-abcd-ef01-2345-6789abcdef01}')).toBe(true);
    expect(isFirefoxExtensionId('sitwell')).toBe(false);
  });
});

describe('stableUuid', () => {
  it('is UUID-shaped, repeatable and different for different input', () => {
    const a = stableUuid('abc\nOffice');
    expect(a).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-8[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
    expect(stableUuid('abc\nOffice')).toBe(a);
    expect(stableUuid('abc\nOffices')).not.toBe(a);
    expect(stableUuid('')).not.toBe(stableUuid(' '));
  });

  it('gives the macOS profile the same UUIDs for the same id and preset, and new ones otherwise', () => {
    const uuids = (name: string) => {
      const profile = parsePlist(macosMobileconfig({ defaults: {} }, { ...ids, presetName: name })) as Record<
        string,
        unknown
      >;
      const inner = (profile.PayloadContent as Record<string, unknown>[])[0] as Record<string, unknown>;
      return [profile.PayloadUUID, inner.PayloadUUID];
    };
    expect(uuids('Office')).toEqual(uuids('Office'));
    expect(uuids('Office')[0]).not.toBe(uuids('Office')[1]);
    expect(uuids('Warehouse')[0]).not.toBe(uuids('Office')[0]);
  });
});

describe('checkPolicyValues', () => {
  it('accepts ordinary values', () => {
    expect(
      checkPolicyValues({ organization: 'Example Ltd', enforced: { a: { b: [1, true, 'x'] } }, checklistItems: [] }),
    ).toEqual([]);
  });

  it('names each value the files cannot carry', () => {
    const errors = checkPolicyValues({
      organization: 'two\nlines',
      enforced: { a: null, b: Number.NaN },
      defaults: { c: 'bell\u0007' },
      checklistItems: [{ d: '\ud800' }],
    });
    expect(errors).toHaveLength(5);
    expect(errors.join(' ')).toMatch(/organization.*enforced\.a.*enforced\.b.*defaults\.c.*checklistItems\[0\]\.d/);
  });
});

describe('policyFromPreset', () => {
  const preset = {
    name: 'Office',
    settings: { stretchBreak: { everyMinutes: 40 } },
    checklistItems: [{ id: 'x', section: 'chair', statement: 'S', tip: 'T' }],
  };

  it('puts the settings under the chosen mode and keeps the checklist items', () => {
    expect(policyFromPreset(preset, 'enforced', 'Example Ltd')).toEqual({
      organization: 'Example Ltd',
      enforced: preset.settings,
      checklistItems: preset.checklistItems,
    });
    expect(policyFromPreset({ name: 'n', settings: {} }, 'defaults')).toEqual({ defaults: {} });
  });

  it('makes values that Sitwell reads back as policy without complaint', () => {
    const policy = policyFromPreset(preset, 'defaults', 'Example Ltd');
    const read = parsePolicy(policy);
    expect(read.problems).toEqual([]);
    expect(read.organization).toBe('Example Ltd');
    expect(read.defaults).toEqual(preset.settings);
  });
});

describe('deployFiles', () => {
  it('lists every platform file once and mentions each in README.txt', () => {
    const files = deployFiles({ organization: 'X' }, ids, { mode: 'enforced', placeholderId: true });
    const paths = files.map((f) => f.path);
    expect(paths).toEqual([
      'chromium-linux/sitwell.json',
      'windows-chrome.reg',
      'windows-edge.reg',
      'macos.mobileconfig',
      'google-admin-console.json',
      'firefox-policies.json',
      'README.txt',
    ]);
    const readme = files.at(-1)?.text ?? '';
    for (const p of paths.slice(0, -1)) expect(readme).toContain(p);
    expect(readme).toContain('WARNING');
    expect(files.filter((f) => f.encoding === 'utf16le-bom').map((f) => f.path)).toEqual([
      'windows-chrome.reg',
      'windows-edge.reg',
    ]);
  });
});
