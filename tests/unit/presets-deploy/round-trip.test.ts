import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chromiumLinuxPolicy,
  type DeployIds,
  firefoxPolicies,
  googleAdminConsolePolicy,
  macosMobileconfig,
  type PolicyValues,
  windowsPolicyKey,
  windowsRegPolicy,
} from '../../../src/core/presets/deploy';
import { extensionId, policyValues } from './arbitraries';
import { parsePlist, parseReg } from './parsers';

const ids: DeployIds = {
  extensionId: 'abcdefghijklmnopabcdefghijklmnop',
  firefoxId: 'sitwell@sitwell.app',
  presetName: 'Call centre "steady" <pace> & more',
};

const example: PolicyValues = {
  organization: 'Example "Ltd" \\ Ops — Zürich',
  enforced: { stretchBreak: { enabled: true, everyMinutes: 45 }, workHours: { days: ['mon', 'fri'], start: '08:00' } },
  checklistItems: [
    { id: 'headset', section: { id: 'kit', title: 'Kit & <gear>' }, statement: 'Line one\nline "two"', tip: 'C:\\x' },
  ],
};

type Obj = Record<string, unknown>;

function fromLinux(text: string, id: string): Obj {
  const parsed = JSON.parse(text) as { '3rdparty': { extensions: Record<string, Obj> } };
  return parsed['3rdparty'].extensions[id] as Obj;
}

function fromReg(text: string, browser: 'chrome' | 'edge', id: string): Obj {
  const { header, keys } = parseReg(text);
  expect(header).toBe('Windows Registry Editor Version 5.00');
  const path = windowsPolicyKey(browser, id);
  expect(keys.map((k) => [k.path, k.deleted])).toEqual([
    [path, true],
    [path, false],
  ]);
  const values = keys[1]?.values ?? {};
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, k === 'organization' ? v : JSON.parse(v)]));
}

function fromMobileconfig(text: string, id: string): Obj {
  const profile = parsePlist(text) as Obj;
  const payload = (profile.PayloadContent as Obj[])[0] as Obj;
  expect(payload.PayloadType).toBe('com.apple.ManagedClient.preferences');
  const domain = (payload.PayloadContent as Obj)[`com.google.Chrome.extensions.${id}`] as { Forced: Obj[] };
  return domain.Forced[0]?.mcx_preference_settings as Obj;
}

function fromAdminConsole(text: string): Obj {
  const parsed = JSON.parse(text) as Record<string, { Value: unknown }>;
  for (const wrapped of Object.values(parsed)) expect(Object.keys(wrapped)).toEqual(['Value']);
  return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, v.Value]));
}

function fromFirefox(text: string, id: string): Obj {
  const parsed = JSON.parse(text) as { policies: { '3rdparty': { Extensions: Record<string, Obj> } } };
  return parsed.policies['3rdparty'].Extensions[id] as Obj;
}

/** Every generator's output, read back to plain values. */
function readBackAll(policy: PolicyValues, deploy: DeployIds): Obj[] {
  return [
    fromLinux(chromiumLinuxPolicy(policy, deploy), deploy.extensionId),
    fromReg(windowsRegPolicy(policy, deploy, 'chrome'), 'chrome', deploy.extensionId),
    fromReg(windowsRegPolicy(policy, deploy, 'edge'), 'edge', deploy.edgeId ?? deploy.extensionId),
    fromMobileconfig(macosMobileconfig(policy, deploy), deploy.extensionId),
    fromAdminConsole(googleAdminConsolePolicy(policy)),
    fromFirefox(firefoxPolicies(policy, deploy), deploy.firefoxId),
  ];
}

describe('deployment files round-trip', () => {
  it('reads back the example values from every platform file', () => {
    const names = ['linux', 'reg chrome', 'reg edge', 'mobileconfig', 'admin console', 'firefox'];
    readBackAll(example, ids).forEach((values, i) => {
      expect([names[i], values]).toEqual([names[i], example]);
    });
  });

  it('leaves out keys without a value', () => {
    const only: PolicyValues = { defaults: { snooze: { minutes: 10 } } };
    for (const values of readBackAll(only, ids)) expect(values).toEqual(only);
  });

  it('puts Edge under its own id when one is given', () => {
    const edgeId = 'ponmlkjihgfedcbaponmlkjihgfedcba';
    const text = windowsRegPolicy(example, { ...ids, edgeId }, 'edge');
    expect(text).toContain('\\Microsoft\\Edge\\3rdparty\\extensions\\ponmlkjihgfedcbaponmlkjihgfedcba\\policy]');
    expect(windowsRegPolicy(example, { ...ids, edgeId }, 'chrome')).not.toContain(edgeId);
  });

  it('writes .reg text with CRLF line ends only', () => {
    const text = windowsRegPolicy(example, ids, 'chrome');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('round-trips arbitrary policy values through every format', () => {
    fc.assert(
      fc.property(policyValues, extensionId, fc.string({ maxLength: 20 }), (policy, id, presetName) => {
        const deploy: DeployIds = { extensionId: id, firefoxId: 'a@b.c', presetName };
        for (const values of readBackAll(policy, deploy)) expect(values).toEqual(policy);
      }),
      { numRuns: 200 },
    );
  });
});
