import { expect, it } from 'vitest';
import { openPage, stopServiceWorker, storeSettingsAndAwaitWake, useSession, workerStarted } from './extension';

const browser = useSession();

it('loads the extension and starts its worker', async () => {
  const manifest = await browser().worker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.name).toBe('Sitwell');
  expect(manifest.permissions?.sort()).toEqual(['alarms', 'idle', 'notifications', 'storage']);
  expect(await workerStarted(browser())).toBeGreaterThan(Date.now());
});

it('prompts a stretch break on time even though the worker was stopped mid-interval', async () => {
  await workerStarted(browser());
  const page = await openPage(browser(), 'src/options/index.html');
  // Stretch breaks every minute, eye rests off: a break falls due about a minute from now.
  const planned = await storeSettingsAndAwaitWake(page, {
    stretchBreak: { enabled: true, everyMinutes: 1, durationMinutes: 1 },
    microBreak: { enabled: false },
  });
  expect(planned - Date.now()).toBeLessThanOrEqual(61_000);

  await stopServiceWorker(page);
  // The worker shows the notification, then records the prompt: the history write marks both done.
  const prompted = await page.evaluate(
    () =>
      new Promise<{ at: number; kind: string }>((resolve) => {
        chrome.storage.onChanged.addListener(async (changes) => {
          if (!changes.history) return;
          const { engine } = (await chrome.storage.local.get('engine')) as {
            engine?: { stage: { name: string; kind: string } };
          };
          if (engine?.stage?.name === 'prompted') resolve({ at: Date.now(), kind: engine.stage.kind });
        });
      }),
  );
  const notifications = await page.evaluate(() => chrome.notifications.getAll());
  expect(Object.keys(notifications)).toContain('sitwell-break');
  const delay = prompted.at - planned;
  console.log(`prompt delay after the break fell due: ${delay} ms`);
  expect(delay).toBeGreaterThanOrEqual(0);
  expect(delay).toBeLessThan(5_000);
});
