import { expect, it } from 'vitest';
import { openPage, useSession, workerStarted } from './extension';

const browser = useSession();

type StoredEngine = { engine?: { wakeAt: number | null; stage: { name: string; kind?: string } } };
const storedEngine = (page: import('playwright-core').Page) =>
  page.evaluate(async () => ((await chrome.storage.local.get('engine')) as StoredEngine).engine);

it('shows the status in words in the popup, read from storage', async () => {
  await workerStarted(browser());
  const popup = await openPage(browser(), 'src/popup/index.html');
  await popup.setViewportSize({ width: 360, height: 600 });
  const status = popup.getByTestId('status-text');
  await expect.poll(() => status.textContent()).toMatch(/^Sitting for 0 min · eye rest in 20 min$/);
  // The whole status view fits the popup without scrolling.
  expect(await popup.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(600);
  await popup.close();
});

it('changes the schedule when a setting is saved on the options page', async () => {
  const options = await openPage(browser(), 'src/options/index.html');
  const stretch = options.getByRole('group', { name: 'Stretch breaks' });
  const every = stretch.getByLabel('Every (minutes)');
  await every.fill('0');
  await options.getByRole('button', { name: 'Save settings' }).click();
  await expect.poll(() => every.getAttribute('aria-invalid')).toBe('true');
  await expect.poll(() => stretch.textContent()).toMatch(/from 1 to 240/);

  const before = await storedEngine(options);
  await every.fill('3');
  await options.getByRole('group', { name: 'Eye rests' }).getByLabel('Remind me to rest my eyes').uncheck();
  const replanned = options.evaluate(
    () =>
      new Promise<number>((resolve) => {
        chrome.storage.onChanged.addListener((changes) => {
          const wakeAt = (changes.engine?.newValue as { wakeAt?: number } | undefined)?.wakeAt;
          if (typeof wakeAt === 'number') resolve(wakeAt);
        });
      }),
  );
  await options.getByRole('button', { name: 'Save settings' }).click();
  await expect.poll(() => options.getByText('Saved — the schedule is updated.').isVisible()).toBe(true);
  const wakeAt = await replanned;
  expect(wakeAt).not.toBe(before?.wakeAt);
  expect(wakeAt - Date.now()).toBeLessThanOrEqual(3 * 60_000);

  const popup = await openPage(browser(), 'src/popup/index.html');
  await expect.poll(() => popup.getByTestId('status-text').textContent()).toMatch(/stretch break in [1-3] min/);
  await popup.close();
  await options.close();
});

it('opens the break page from "Start a break now" and records the finished break', async () => {
  const popup = await openPage(browser(), 'src/popup/index.html');
  const opened = browser().context.waitForEvent('page', (p) => p.url().includes('src/break/index.html'));
  await popup.getByRole('button', { name: 'Start a break now' }).click();
  const breakPage = await opened;
  await expect.poll(() => breakPage.getByTestId('break-kind').textContent()).toBe('Stretch break');
  await expect.poll(() => breakPage.getByTestId('countdown').textContent()).toMatch(/^0[0-4]:[0-5]\d$/);
  expect((await storedEngine(popup))?.stage).toMatchObject({ name: 'taking', kind: 'stretch' });

  const closed = breakPage.waitForEvent('close');
  await breakPage.getByRole('button', { name: 'Done' }).click();
  await closed;
  const popupAgain = await openPage(browser(), 'src/popup/index.html');
  await popupAgain.getByRole('tab', { name: 'History' }).click();
  // Row "Taken": stretch breaks 1, eye rests 0.
  const taken = popupAgain.getByRole('row', { name: /^Taken/ });
  await expect.poll(() => taken.getByRole('cell').allTextContents()).toEqual(['1', '0']);
  await popupAgain.close();
});

it('says which stored settings could not be used, and keeps the rest', async () => {
  const options = await openPage(browser(), 'src/options/index.html');
  await options.evaluate(async () => {
    const settings = { stretchBreak: { everyMinutes: 'soon', durationMinutes: 7 } };
    await chrome.storage.sync.set({ settings: { version: 1, savedAt: Date.now(), settings } });
  });
  await options.reload();
  const notice = options.getByRole('region', { name: 'Some saved settings could not be used' });
  await expect
    .poll(() => notice.textContent())
    .toMatch(/stretchBreak\.everyMinutes must be a whole number from 1 to 240/);
  const stretch = options.getByRole('group', { name: 'Stretch breaks' });
  expect(await stretch.getByLabel('Every (minutes)').inputValue()).toBe('50');
  expect(await stretch.getByLabel('Lasting (minutes)').inputValue()).toBe('7');
  await options.close();
});
