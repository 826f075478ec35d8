import { expect, it } from 'vitest';
import { openAddonPage, useFirefox } from './firefox';

// The same sources, built for Firefox (dist/firefox), in Debian's Firefox ESR.
const firefox = useFirefox();

/** What Firefox's extension pages see as `browser`: only the calls these tests make. */
declare const browser: {
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>> };
    sync: { set(items: Record<string, unknown>): Promise<void> };
    onChanged: { addListener(listener: (changes: Record<string, { newValue?: unknown }>) => void): void };
  };
  notifications: { onClosed: { addListener(listener: (id: string) => void): void } };
  windows: { getAll(options: { populate: boolean }): Promise<{ tabs?: { url?: string }[] }[]> };
  runtime: { getManifest(): { name: string; browser_specific_settings?: unknown } };
};

it('runs the Firefox build: its manifest is translated and its background page started', async () => {
  const page = await openAddonPage(firefox(), 'src/popup/index.html');
  const manifest = await page.evaluate(() => browser.runtime.getManifest());
  expect(manifest.name).toBe('Sitwell');
  expect(manifest.browser_specific_settings).toMatchObject({ gecko: { id: 'sitwell@sitwell.app' } });
  await page.waitForFunction(async () => (await browser.storage.local.get('engine')).engine !== undefined, {
    polling: 100,
    timeout: 10_000,
  });
  await page.close();
});

it('shows the status in the popup', async () => {
  const page = await openAddonPage(firefox(), 'src/popup/index.html');
  const status = await page.waitForSelector('text/Sitting for', { timeout: 10_000 });
  expect(await status?.evaluate((e) => e.textContent)).toMatch(
    /Sitting for \d+ min · (eye rest|stretch break) in \d+ min/,
  );
  expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^en/);
  await page.close();
});

it('prompts a stretch break set to every minute, on time, as a notification', async () => {
  const page = await openAddonPage(firefox(), 'src/popup/index.html');
  // Watch for our notification: headless Firefox has nowhere to show it and closes it at once,
  // so its closing is the sign that it was created.
  await page.evaluate(() => {
    const seen: string[] = [];
    (globalThis as { seen?: string[] }).seen = seen;
    browser.notifications.onClosed.addListener((id) => seen.push(id));
  });
  const planned = await page.evaluate(async () => {
    const changed = new Promise<number>((resolve) => {
      browser.storage.onChanged.addListener((changes) => {
        const wakeAt = (changes.engine?.newValue as { wakeAt?: unknown } | undefined)?.wakeAt;
        if (typeof wakeAt === 'number') resolve(wakeAt);
      });
    });
    const settings = {
      stretchBreak: { enabled: true, everyMinutes: 1, durationMinutes: 1 },
      microBreak: { enabled: false },
    };
    await browser.storage.sync.set({ settings: { version: 1, savedAt: Date.now(), settings } });
    return changed;
  });
  expect(planned - Date.now()).toBeLessThanOrEqual(61_000);

  const prompted = await page.evaluate(
    () =>
      new Promise<{ at: number; kind: string }>((resolve) => {
        browser.storage.onChanged.addListener(async (changes) => {
          if (!changes.history) return;
          const { engine } = (await browser.storage.local.get('engine')) as {
            engine?: { stage: { name: string; kind: string } };
          };
          if (engine?.stage?.name === 'prompted') resolve({ at: Date.now(), kind: engine.stage.kind });
        });
      }),
  );
  expect(prompted.kind).toBe('stretch');
  const delay = prompted.at - planned;
  console.log(`Firefox: prompt delay after the break fell due: ${delay} ms`);
  expect(delay).toBeGreaterThanOrEqual(0);
  expect(delay).toBeLessThan(5_000);

  await page.waitForFunction(() => (globalThis as { seen?: string[] }).seen?.includes('sitwell-break'), {
    polling: 50,
    timeout: 5_000,
  });
  // A notification was shown, so the break window (the fallback) was not needed.
  const urls = await page.evaluate(async () =>
    (await browser.windows.getAll({ populate: true })).flatMap((w) => (w.tabs ?? []).map((t) => t.url ?? '')),
  );
  expect(urls.filter((u) => u.includes('src/break/'))).toEqual([]);
  await page.close();
});
