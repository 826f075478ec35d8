import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { EXTENSION_DIR, launch, openPage, removeProfile, type Session, workerStarted } from './extension';

/**
 * A real Chromium policy: a JSON file under /etc/chromium/policies/managed with a "3rdparty"
 * section for the extension, read by Chromium at start-up into storage.managed. Writing there
 * needs root; without it the file is skipped with a warning rather than failed.
 */
const POLICY_FILE = '/etc/chromium/policies/managed/sitwell-test.json';

/** Chromium's id for an unpacked extension: sha256 of its absolute path, 32 hex digits as a–p. */
export function unpackedExtensionId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

function canWritePolicy(): string | null {
  if (process.getuid?.() !== 0) return 'not running as root, so /etc/chromium/policies cannot be written';
  try {
    mkdirSync(dirname(POLICY_FILE), { recursive: true });
    writeFileSync(`${POLICY_FILE}.probe`, '{}');
    rmSync(`${POLICY_FILE}.probe`);
    return null;
  } catch (e) {
    return `${dirname(POLICY_FILE)} cannot be written (${e instanceof Error ? e.message : String(e)})`;
  }
}

const skipReason = canWritePolicy();
if (skipReason) console.warn(`policy.test.ts skipped: ${skipReason}.`);

const POLICY = {
  organization: 'Acme Health',
  enforced: { stretchBreak: { everyMinutes: 30 }, prompt: { style: 'notification' }, routine: { atOffice: true } },
  defaults: { microBreak: { everyMinutes: 25 } },
  checklistItems: [
    {
      id: 'acme-badge-clip',
      section: 'chair',
      statement: 'My badge lanyard does not pull on my neck while I sit.',
      tip: 'Clip the badge to your belt while at the desk.',
    },
  ],
  presets: [
    { name: 'Acme standard', settings: { stretchBreak: { durationMinutes: 6 } } },
    // Valid for Chromium's schema (which has no length limit) but not for Sitwell: listed as ignored.
    { name: 'x'.repeat(100), settings: {} },
  ],
  // Not in the schema: Chromium itself drops it before Sitwell sees the policy.
  bogus: 1,
};

let session: Session | undefined;
const browser = () => {
  if (!session) throw new Error('the browser has not started');
  return session;
};

const removePolicy = () => rmSync(POLICY_FILE, { force: true });
// Also when the run is cut short: a policy left behind would change every later browser start.
process.once('exit', removePolicy);

beforeAll(async () => {
  if (skipReason) return;
  const id = unpackedExtensionId(EXTENSION_DIR);
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [id]: POLICY } } }, null, 2));
  try {
    session = await launch();
    expect(session.id).toBe(id);
  } catch (e) {
    removePolicy();
    throw e;
  }
});

afterAll(async () => {
  removePolicy();
  if (!session) return;
  await session.close();
  removeProfile(session);
});

const storedSettings = (page: Page) =>
  page.evaluate(async () => {
    const [sync, local] = await Promise.all([
      chrome.storage.sync.get('settings'),
      chrome.storage.local.get('settings'),
    ]);
    return JSON.stringify({ sync: sync.settings ?? null, local: local.settings ?? null });
  });

it.skipIf(skipReason)('shows the enforced stretch interval locked, with who set it', async () => {
  await workerStarted(browser());
  const managed = await browser().worker.evaluate(() => chrome.storage.managed.get());
  expect(managed).toMatchObject({ organization: 'Acme Health' });

  const options = await openPage(browser(), 'src/options/index.html');
  const stretch = options.getByRole('group', { name: 'Stretch breaks' });
  const every = stretch.getByLabel('Every (minutes)');
  await expect.poll(() => every.inputValue()).toBe('30');
  expect(await every.isDisabled()).toBe(true);
  const note = await every.getAttribute('aria-describedby');
  expect(note).toBeTruthy();
  expect(await options.locator(`[id="${note?.split(' ')[0]}"]`).textContent()).toBe('Set by Acme Health');
  // The admin default applies while the person has no choice of their own, and stays editable.
  const eyes = options.getByRole('group', { name: 'Eye rests' }).getByLabel('Every (minutes)');
  expect(await eyes.inputValue()).toBe('25');
  expect(await eyes.isDisabled()).toBe(false);
  // Choices other than numbers are locked too: a radio group and a switch.
  const style = options.getByRole('group', { name: 'How reminders appear' });
  expect(await style.getByLabel('A small Sitwell window').isDisabled()).toBe(true);
  expect(await style.getByText('Set by Acme Health').count()).toBe(1);
  await options.getByRole('tab', { name: 'Break routines' }).click();
  const office = options.getByRole('switch', { name: "I'm at the office" });
  expect(await office.isDisabled()).toBe(true);
  expect(await office.getAttribute('aria-describedby')).toContain('locked');
  await options.close();
});

it.skipIf(skipReason)('runs the schedule on the enforced interval', async () => {
  // With eye rests off, the next break is the stretch break, due within the enforced 30 minutes.
  const options = await openPage(browser(), 'src/options/index.html');
  await options.getByRole('group', { name: 'Eye rests' }).getByLabel('Remind me to rest my eyes').uncheck();
  await options.getByRole('button', { name: 'Save settings' }).click();
  await expect.poll(() => options.getByText('Saved — the schedule is updated.').isVisible()).toBe(true);
  const wakeAt = await browser().worker.evaluate(
    async () => ((await chrome.storage.local.get('engine')) as { engine?: { wakeAt: number | null } }).engine?.wakeAt,
  );
  expect(wakeAt).toBeTypeOf('number');
  expect((wakeAt as number) - Date.now()).toBeLessThanOrEqual(30 * 60_000);
  const again = await openPage(browser(), 'src/popup/index.html');
  await expect.poll(() => again.getByTestId('status-text').textContent()).toMatch(/stretch break in (30|[12]?\d) min/);
  await again.close();
  await options.close();
});

it.skipIf(skipReason)('names the organization and the ignored values under "About this configuration"', async () => {
  const options = await openPage(browser(), 'src/options/index.html#presets');
  const about = options.getByRole('region', { name: 'About this configuration' });
  await expect.poll(() => about.textContent()).toContain('Managed by Acme Health.');
  const text = (await about.textContent()) ?? '';
  expect(text).toContain('Stretch breaks every: 30 min');
  expect(text).toContain('Eye rests every: 25 min');
  expect(text).toMatch(/presets: preset "x{100}" was skipped: name must be a text of 1 to 80 characters/);
  expect(text).toContain('1 checklist item is added by the policy.');
  await options.close();
});

it.skipIf(skipReason)('offers the team presets next to the built-in ones', async () => {
  const options = await openPage(browser(), 'src/options/index.html#presets');
  const choice = options.getByLabel('Preset', { exact: true });
  await expect.poll(() => choice.locator('option').allTextContents()).toContain('Acme standard (Acme Health)');
  await choice.selectOption({ label: 'Acme standard (Acme Health)' });
  const preview = options.getByRole('region', { name: 'What “Acme standard” changes' });
  await expect.poll(() => preview.textContent()).toContain('Stretch break length: 5 → 6 min');
  await options.close();
});

it.skipIf(skipReason)('rejects a bad preset file, naming the field and range, and changes nothing', async () => {
  const options = await openPage(browser(), 'src/options/index.html#presets');
  const before = await storedSettings(options);
  const bad = {
    format: 'sitwell-preset',
    version: 1,
    name: 'Too long',
    settings: { stretchBreak: { everyMinutes: 999 } },
  };
  await options.getByLabel('Import a preset file').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  const alert = options.getByRole('alert').filter({ hasText: 'preset file' });
  await expect.poll(() => alert.textContent()).toMatch(/stretchBreak\.everyMinutes/);
  expect(await alert.textContent()).toMatch(/240/);
  expect(await options.getByRole('button', { name: 'Apply imported preset' }).count()).toBe(0);
  expect(await storedSettings(options)).toBe(before);
  await options.close();
});

it.skipIf(skipReason)('applies an imported preset without touching the enforced value', async () => {
  const options = await openPage(browser(), 'src/options/index.html#presets');
  const preset = {
    format: 'sitwell-preset',
    version: 1,
    name: 'Try to override',
    settings: { stretchBreak: { everyMinutes: 90, durationMinutes: 7 } },
    checklistItems: [
      { id: 'team-footrest', section: 'feet', statement: 'A footrest is under my desk.', tip: 'Ask facilities.' },
    ],
  };
  await options.getByLabel('Import a preset file').setInputFiles({
    name: 'preset.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(preset)),
  });
  const preview = options.getByRole('region', { name: 'What “Try to override” changes' });
  await expect.poll(() => preview.textContent()).toContain('Stretch break length: 5 → 7 min');
  expect(await preview.textContent()).toContain('because Acme Health sets them');
  await options.getByRole('button', { name: 'Apply imported preset' }).click();
  await expect.poll(() => options.getByText('Applied “Try to override”.', { exact: false }).isVisible()).toBe(true);

  const settings = options.getByRole('tab', { name: 'Settings' });
  await settings.click();
  const stretch = options.getByRole('group', { name: 'Stretch breaks' });
  await expect.poll(() => stretch.getByLabel('Lasting (minutes)').inputValue()).toBe('7');
  expect(await stretch.getByLabel('Every (minutes)').inputValue()).toBe('30');
  const wakeAt = await browser().worker.evaluate(
    async () => ((await chrome.storage.local.get('engine')) as { engine?: { wakeAt: number | null } }).engine?.wakeAt,
  );
  expect((wakeAt as number) - Date.now()).toBeLessThanOrEqual(30 * 60_000);
  const extra = await options.evaluate(
    async () => (await chrome.storage.local.get('checklistExtraItems')).checklistExtraItems,
  );
  expect(extra).toEqual([preset.checklistItems[0]]);
  await options.close();
});

it.skipIf(skipReason)('exports the current settings as sitwell-preset.json', async () => {
  const options = await openPage(browser(), 'src/options/index.html#presets');
  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export as a preset' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('sitwell-preset.json');
  const path = await file.path();
  const exported = JSON.parse(readFileSync(path, 'utf8'));
  expect(exported).toMatchObject({
    format: 'sitwell-preset',
    version: 1,
    settings: { stretchBreak: { everyMinutes: 30 } },
  });
  await options.close();
});
