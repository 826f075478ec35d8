import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { openPage, useSession, workerStarted } from './extension';

const browser = useSession();

/** Today's key as the extension writes it: the local calendar day, YYYY-MM-DD. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const storedHistory = (page: Page) =>
  page.evaluate(async () => JSON.stringify((await chrome.storage.local.get('history')).history ?? null));

async function openHistoryTab(): Promise<Page> {
  const options = await openPage(browser(), 'src/options/index.html#history');
  await expect.poll(() => options.getByTestId('summary-text').isVisible()).toBe(true);
  return options;
}

it('counts a break taken from the popup in the popup and on the History tab', async () => {
  await workerStarted(browser());
  const popup = await openPage(browser(), 'src/popup/index.html');
  const opened = browser().context.waitForEvent('page', (p) => p.url().includes('src/break/index.html'));
  await popup.getByRole('button', { name: 'Start a break now' }).click();
  const breakPage = await opened;
  await expect.poll(() => breakPage.getByTestId('break-kind').textContent()).toBe('Stretch break');
  const closed = breakPage.waitForEvent('close');
  await breakPage.getByRole('button', { name: 'Done' }).click();
  await closed;
  await popup.close();

  const popupAgain = await openPage(browser(), 'src/popup/index.html');
  await popupAgain.getByRole('tab', { name: 'History' }).click();
  await expect.poll(() => popupAgain.getByTestId('glance-stretch').textContent()).toBe('1 taken of 1');
  // The week strip's words for screen readers end with today.
  await expect.poll(() => popupAgain.getByText('Today: 1 break taken').count()).toBe(1);
  await popupAgain.close();

  const options = await openHistoryTab();
  const panel = options.getByRole('tabpanel', { name: 'History' });
  await expect.poll(() => panel.getByTestId('summary-text').textContent()).toMatch(/^You took 1 of 1 break this week/);
  const taken = panel.getByRole('table', { name: 'Today’s breaks' }).getByRole('row', { name: /^Taken/ });
  expect(await taken.getByRole('cell').allTextContents()).toEqual(['1', '0']);
  // The period switch redraws the charts for 30 days.
  await panel.getByRole('radio', { name: '30 days' }).check();
  await expect.poll(() => panel.getByTestId('summary-text').textContent()).toMatch(/in the last 30 days/);
  await options.close();
});

it('exports the history as a CSV file with a row for today', async () => {
  const options = await openHistoryTab();
  const downloaded = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloaded;
  expect(download.suggestedFilename()).toBe(`sitwell-history-${today()}.csv`);
  const text = await readFile(await download.path(), 'utf8');
  const lines = text.split('\r\n');
  expect(lines[0]).toMatch(/^date,stretch_prompted,stretch_taken,/);
  const row = lines.find((line) => line.startsWith(`${today()},`));
  expect(row).toBeDefined();
  // stretch_taken, the third column, holds the break of the first test.
  expect(row?.split(',')[2]).toBe('1');
  await options.close();
});

it('refuses a malformed backup with a message and changes nothing', async () => {
  const options = await openHistoryTab();
  const before = await storedHistory(options);
  expect(before).not.toBe('null');
  const input = options.getByLabel('Import backup');
  const alert = options.getByRole('alert');

  await input.setInputFiles({
    name: 'wrong.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"nope"}'),
  });
  await expect.poll(() => alert.textContent()).toMatch(/not a Sitwell backup/);
  expect(await storedHistory(options)).toBe(before);

  await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('not json') });
  await expect.poll(() => alert.textContent()).toMatch(/not valid JSON/);
  expect(await storedHistory(options)).toBe(before);
  await options.close();
});

it('clears the history after a confirmation and brings it back from a backup', async () => {
  const options = await openHistoryTab();
  const before = await storedHistory(options);
  const downloaded = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export backup (JSON)' }).click();
  const backup = await readFile(await (await downloaded).path(), 'utf8');
  expect(JSON.parse(backup)).toMatchObject({ format: 'sitwell-backup', version: 1 });

  await options.getByRole('button', { name: 'Clear history' }).click();
  await options.getByRole('button', { name: 'Cancel' }).click();
  expect(await storedHistory(options)).toBe(before);
  await options.getByRole('button', { name: 'Clear history' }).click();
  await options.getByRole('button', { name: 'Yes, clear all history' }).click();
  await expect.poll(() => options.getByRole('status').textContent()).toMatch(/History cleared/);
  await expect.poll(() => options.getByTestId('summary-text').textContent()).toBe('Nothing recorded this week yet.');

  await options
    .getByLabel('Import backup')
    .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
  await expect.poll(() => options.getByRole('status').textContent()).toMatch(/^Imported the backup made on/);
  expect(await storedHistory(options)).toBe(before);
  await options.close();
});
