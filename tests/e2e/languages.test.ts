import { afterAll, describe, expect, it } from 'vitest';
import { readMessages } from '../locale-files';
import { launch, openPage, removeProfile, type Session, workerStarted } from './extension';

// The built extension in a German, Spanish and French browser: the pages, the worker's badge
// tooltip and the manifest's commands all speak the browser's language, and dates follow it.

const message = (lang: string, key: string) => {
  const text = readMessages(lang).get(key)?.message;
  if (!text) throw new Error(`no ${lang} message ${key}`);
  return text;
};
/** The words of a message before its first value: "Du sitzt seit" of "Du sitzt seit $1 · …". */
const lead = (lang: string, key: string) => message(lang, key).split('$1')[0]!.trim();

for (const lang of ['de', 'es', 'fr']) {
  describe(`in ${lang}`, () => {
    let session: Session;
    afterAll(async () => {
      await session?.close();
      if (session) removeProfile(session);
    });

    it('shows the popup, the badge tooltip and the shortcuts in that language', async () => {
      session = await launch(undefined, { lang });
      await workerStarted(session);
      const popup = await openPage(session, 'src/popup/index.html');
      await popup.getByText(lead(lang, 'status_sitting_break_in')).first().waitFor();
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(await popup.getByRole('tab', { name: message(lang, 'popup_tab_settings') }).count()).toBe(1);
      const tooltip = await session.worker.evaluate(() => chrome.action.getTitle({}));
      // The worker's tooltip: the first eye rest at a clock time (src/background/badge-title.ts).
      expect(tooltip).toContain(lead(lang, 'status_tip_micro_at'));
      const commands = await session.worker.evaluate(() => chrome.commands.getAll());
      expect(commands.find((c) => c.name === 'start-break')?.description).toBe(message(lang, 'cmd_start_break'));
      await popup.close();
    });

    it('writes weekday names and the checklist in that language on the options page', async () => {
      const options = await openPage(session, 'src/options/index.html');
      expect(await options.title()).toBe(message(lang, 'opt_title'));
      const monday = new Date(2026, 10, 23, 12);
      const longMonday = new Intl.DateTimeFormat(lang, { weekday: 'long' }).format(monday);
      const shortMonday = new Intl.DateTimeFormat(lang, { weekday: 'short' }).format(monday);
      const text = (await options.locator('body').textContent()) ?? '';
      expect(text.includes(longMonday) || text.includes(shortMonday), `${longMonday} / ${shortMonday}`).toBe(true);
      await options.getByRole('tab', { name: message(lang, 'opt_tab_checklist') }).click();
      await options.getByText(message(lang, 'cl_lumbar_support_statement')).waitFor();
      await options.close();
    });
  });
}
