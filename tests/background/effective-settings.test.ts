import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '../../src/core';
import { say } from '../../src/platform/i18n';

const POLICY = {
  organization: 'Acme Health',
  enforced: { stretchBreak: { everyMinutes: 30 } },
  defaults: { microBreak: { everyMinutes: 25 } },
  checklistItems: [{ id: 'acme-badge', section: 'chair', statement: 'My badge does not pull.', tip: 'Clip it.' }],
  bogus: 1,
};

/** Stands in for storage.managed: the policy Chromium would hand the extension. */
function fakeManaged(get: () => Promise<unknown>) {
  Object.assign(fakeBrowser.storage, { managed: { get: vi.fn(get) } });
}

const own = (change: (s: Settings) => void): Settings => {
  const s = structuredClone(DEFAULT_SETTINGS) as Settings;
  change(s);
  return s;
};

async function storeOwn(settings: Settings) {
  await fakeBrowser.storage.sync.set({ settings: { version: SETTINGS_VERSION, savedAt: 1, settings } });
}

const load = () => import('../../src/platform/settings-store');

describe('effective settings (built-in < admin defaults < own < enforced)', () => {
  it('applies admin defaults until the person saves, and enforced values always', async () => {
    fakeManaged(async () => POLICY);
    const { readSettings } = await load();
    const read = await readSettings();
    expect(read.settings.stretchBreak.everyMinutes).toBe(30);
    expect(read.settings.microBreak.everyMinutes).toBe(25);
    expect([...read.locked]).toEqual(['stretchBreak.everyMinutes']);
    expect([...read.adminDefaults]).toEqual(['microBreak.everyMinutes']);
    expect(read.organization).toBe('Acme Health');
    expect(read.policyProblems.map(say)).toEqual(['unknown policy: bogus']);
    expect(read.errors).toEqual([]);
  });

  it('lets the person override admin defaults but never enforced values', async () => {
    fakeManaged(async () => POLICY);
    await storeOwn(
      own((s) => {
        s.stretchBreak.everyMinutes = 45;
        s.microBreak.everyMinutes = 15;
      }),
    );
    const { readSettings } = await load();
    const { settings } = await readSettings();
    expect(settings.stretchBreak.everyMinutes).toBe(30);
    expect(settings.microBreak.everyMinutes).toBe(15);
  });

  it('keeps the person’s own value for enforced fields when saving', async () => {
    fakeManaged(async () => POLICY);
    await storeOwn(
      own((s) => {
        s.stretchBreak.everyMinutes = 45;
      }),
    );
    const { readSettings, writeSettings } = await load();
    await writeSettings(
      own((s) => {
        s.stretchBreak.everyMinutes = 90;
        s.stretchBreak.durationMinutes = 7;
      }),
    );
    const stored = (await fakeBrowser.storage.sync.get('settings')).settings as { settings: Settings };
    expect(stored.settings.stretchBreak.everyMinutes).toBe(45);
    expect(stored.settings.stretchBreak.durationMinutes).toBe(7);
    const { settings } = await readSettings();
    expect(settings.stretchBreak).toMatchObject({ everyMinutes: 30, durationMinutes: 7 });
  });

  it('treats a managed read that never settles, or fails, as no policy', async () => {
    fakeManaged(() => new Promise(() => {}));
    const first = await (await load()).readSettings();
    expect(first.settings).toEqual(DEFAULT_SETTINGS);
    expect(first.locked.size).toBe(0);
    expect(first.organization).toBeNull();

    vi.resetModules();
    fakeManaged(async () => {
      throw new Error('Managed storage manifest not found');
    });
    const second = await (await load()).readSettings();
    expect(second.settings).toEqual(DEFAULT_SETTINGS);
    expect(second.policyProblems).toEqual([]);
  });

  it('picks up a policy that arrives after the read timed out, and says so', async () => {
    fakeManaged(() => new Promise((done) => setTimeout(() => done(POLICY), 1200)));
    const { readSettings } = await load();
    const { onPolicyChanged } = await import('../../src/platform/policy-store');
    const late = new Promise<void>((done) => onPolicyChanged(done));
    expect((await readSettings()).locked.size).toBe(0);
    await late;
    expect((await readSettings()).settings.stretchBreak.everyMinutes).toBe(30);
  });

  it('adds the policy checklist items after the person’s own', async () => {
    fakeManaged(async () => POLICY);
    const { readChecklist } = await import('../../src/platform/checklist-extra');
    const checklist = await readChecklist();
    expect(checklist.items.map((i) => i.id)).toContain('acme-badge');
  });
});
