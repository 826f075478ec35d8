import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';

/** Debian's Firefox ESR, or FIREFOX_PATH. Never a downloaded browser: this network cannot fetch one. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const ADDON_ID = 'sitwell@sitwell.app';
/** Firefox gives each add-on a random UUID per profile; this pref pins ours so tests know its pages. */
export const ADDON_UUID = '5b3c9f2e-7a41-4d0c-9e55-2f8b6c1d4a70';
export const FIREFOX_BUILD = resolve(import.meta.dirname, '../../../dist/firefox');

export interface FirefoxSession {
  browser: Browser;
}

/**
 * Firefox ESR, headless, with dist/firefox installed as a temporary add-on through WebDriver
 * BiDi's webExtension.install (puppeteer-core). `--remote-allow-system-access` lets BiDi navigate
 * a tab to a moz-extension: page, which it otherwise refuses.
 */
export function useFirefox(): () => FirefoxSession {
  let session: FirefoxSession | undefined;
  beforeAll(async () => {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      },
    });
    const id = await browser.installExtension(FIREFOX_BUILD);
    if (id !== ADDON_ID) throw new Error(`installed add-on id ${id}, expected ${ADDON_ID}`);
    session = { browser };
  });
  afterAll(async () => {
    await session?.browser.close();
  });
  return () => {
    if (!session) throw new Error('Firefox did not start');
    return session;
  };
}

/**
 * Opens one of the add-on's pages in a new tab. BiDi sends no navigation events for extension
 * pages (Firefox filters them), so goto() never sees the load finish: it is given a short time,
 * and the page is ready once its document says so.
 */
export async function openAddonPage(session: FirefoxSession, path: string): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(`moz-extension://${ADDON_UUID}/${path}`, { timeout: 500 }).catch(() => undefined);
  await page.waitForFunction(() => document.readyState === 'complete' && location.protocol === 'moz-extension:', {
    polling: 50,
    timeout: 10_000,
  });
  return page;
}
