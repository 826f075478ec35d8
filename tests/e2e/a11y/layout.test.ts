import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launch, openPage, removeProfile, type Session, workerStarted } from '../extension';

/** Chromium's largest popup is 800×600; Sitwell's is 360 wide, so its status view must fit 600 high. */
const POPUP = { width: 360, height: 600 };

async function openPopup(session: Session): Promise<Page> {
  await workerStarted(session);
  const page = await openPage(session, 'src/popup/index.html');
  await page.setViewportSize(POPUP);
  return page;
}

const scrollHeight = (page: Page) => page.evaluate(() => document.scrollingElement?.scrollHeight ?? Number.NaN);

/** The tab's name, the same word in English and German. */
const STATUS_TAB = 'Status';

describe.each([
  ['English', undefined, 'Settings'],
  ['German', 'de', 'Einstellungen'],
])('the popup in %s', (_language, lang, settingsTab) => {
  let session: Session | undefined;
  afterAll(async () => {
    if (!session) return;
    await session.close();
    removeProfile(session);
  });

  it('fits its status view in 360×600 without scrolling, the first-run notice read', async () => {
    session = await launch(undefined, lang ? { lang } : {});
    const popup = await openPopup(session);
    // What a person sees every day: the disclaimer acknowledged, the Status tab picked.
    await popup.evaluate(() => chrome.storage.local.set({ disclaimer: { acknowledgedAt: Date.now() } }));
    await popup.reload();
    await popup.getByTestId('status-text').waitFor();
    await popup.getByRole('tab', { name: STATUS_TAB, exact: true }).click();
    expect(await popup.getByRole('tab', { name: STATUS_TAB, exact: true }).getAttribute('aria-selected')).toBe('true');
    // The page really is in that language (German words run longer).
    expect(await popup.getByRole('tab', { name: settingsTab, exact: true }).count()).toBe(1);
    await popup.evaluate(() => document.fonts.ready);
    expect(await scrollHeight(popup)).toBeLessThanOrEqual(POPUP.height);
    // Nor does anything stick out sideways.
    expect(await popup.evaluate(() => document.scrollingElement?.scrollWidth)).toBeLessThanOrEqual(POPUP.width);
    await popup.close();
  });
});
