import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { readMessages } from '../../locale-files';
import { openPage, type Session, useSession, workerStarted } from '../extension';
import { axeViolations, describeViolations } from './axe';

const browser = useSession();
const THEMES = ['light', 'dark'] as const;
/** What a panel shows until storage (or its lazily loaded code) has answered. */
const LOADING = readMessages('en').get('popup_loading')?.message ?? 'Loading…';

/** Runs axe on the page in both colour schemes and returns what it found, readably ('' when clean). */
async function audit(page: Page, where: string): Promise<string> {
  const found: string[] = [];
  for (const colorScheme of THEMES) {
    await page.emulateMedia({ colorScheme });
    // Let the restyle land, colour transitions included, before axe reads computed colours.
    await page.evaluate(async () => {
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      await Promise.all(
        document.getAnimations().map((a) => (a instanceof CSSTransition ? a.finished.catch(() => null) : null)),
      );
    });
    found.push(describeViolations(`${where} (${colorScheme})`, await axeViolations(page)));
  }
  await page.emulateMedia({ colorScheme: null });
  return found.filter(Boolean).join('\n');
}

/** Audits each tab of a tab list in turn, chosen by its visible name. */
async function auditTabs(page: Page, where: string, tabs: readonly string[]): Promise<string> {
  const found: string[] = [];
  for (const name of tabs) {
    const tab = page.getByRole('tab', { name, exact: true });
    await tab.click();
    await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
    const panel = page.locator(`#${await tab.getAttribute('aria-controls')}`);
    await expect.poll(() => panel.getByText(LOADING, { exact: true }).count()).toBe(0);
    await expect.poll(() => panel.evaluate((el) => el.childElementCount)).toBeGreaterThan(0);
    found.push(await audit(page, `${where} › ${name}`));
  }
  return found.filter(Boolean).join('\n');
}

/** Headings go down one level at a time, and the page has exactly one h1. */
const headingLevels = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')]
      .filter((h) => h.offsetParent !== null || h.getClientRects().length > 0)
      .map((h) => Number(h.tagName.slice(1))),
  );
function expectHeadingsInOrder(levels: readonly number[]) {
  expect(levels.filter((l) => l === 1)).toHaveLength(1);
  expect(levels[0]).toBe(1);
  levels.forEach((l, i) => {
    if (i > 0) expect(l - (levels[i - 1] ?? 1)).toBeLessThanOrEqual(1);
  });
}

/** Every picture has a text alternative, or is hidden from screen readers on purpose. */
const unnamedPictures = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('img, svg, [role="img"]')]
      .filter((el) => !el.closest('[aria-hidden="true"]'))
      .filter((el) => {
        if (el instanceof HTMLImageElement) return !el.hasAttribute('alt');
        if (el.closest('svg') !== el) return false; // parts of a picture are covered by the picture
        if (el.getAttribute('role') === 'presentation' || el.getAttribute('role') === 'none') return false;
        const named = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || el.querySelector('title');
        return !named;
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} in ${el.parentElement?.tagName}`),
  );

async function startBreak(session: Session): Promise<Page> {
  const popup = await openPage(session, 'src/popup/index.html');
  const opened = session.context.waitForEvent('page', (p) => p.url().includes('src/break/index.html'));
  await popup.getByRole('button', { name: 'Start a break now' }).click();
  const page = await opened;
  await popup.close();
  await page.locator('article[data-exercise-id]').waitFor();
  return page;
}

it('the popup, on first run and after, has no axe violations in either theme', async () => {
  await workerStarted(browser());
  const popup = await openPage(browser(), 'src/popup/index.html');
  await popup.setViewportSize({ width: 360, height: 600 });
  const notice = popup.getByRole('region', { name: 'Please read first' });
  await notice.waitFor();
  let report = await audit(popup, 'popup with the first-run notice');
  await notice.getByRole('button', { name: 'I understand' }).click();
  await expect.poll(() => notice.count()).toBe(0);
  await popup.getByTestId('status-text').waitFor();
  report += `\n${await auditTabs(popup, 'popup', ['Status', 'Settings', 'History'])}`;
  expect(report.trim(), report).toBe('');
  await popup.getByRole('tab', { name: 'Status', exact: true }).click();
  expectHeadingsInOrder(await headingLevels(popup));
  expect(await unnamedPictures(popup)).toEqual([]);
  await popup.close();
});

it('every options tab has no axe violations in either theme, and the charts have tables', async () => {
  const options = await openPage(browser(), 'src/options/index.html');
  await options.getByRole('tab', { name: 'Settings', exact: true }).waitFor();
  const tabs = ['Settings', 'Checklist', 'Break routines', 'Stretch library', 'History', 'Presets'];
  const report = await auditTabs(options, 'options', tabs);
  expect(report, report).toBe('');
  for (const name of tabs) {
    await options.getByRole('tab', { name, exact: true }).click();
    expect(await unnamedPictures(options), name).toEqual([]);
  }
  // History: every chart (a picture) comes with a table of the same figures.
  await options.getByRole('tab', { name: 'History', exact: true }).click();
  const panel = options.getByRole('tabpanel', { name: 'History' });
  const charts = await panel.locator('svg[role="img"]').count();
  expect(charts).toBeGreaterThan(0);
  expect(await panel.locator('table').count()).toBeGreaterThanOrEqual(charts);
  await options.close();
});

it('the guided break and the posture check have no axe violations, and the countdown speaks politely', async () => {
  const page = await startBreak(browser());
  let report = await audit(page, 'break page, guided break running');
  // The countdown's live region is polite and silent about the time it opened with: it does not
  // announce every second (it speaks at 30-second marks, see countdown.tsx).
  const live = page.locator('.countdown [aria-live]');
  expect(await live.getAttribute('aria-live')).toBe('polite');
  expect(await page.getByTestId('countdown').getAttribute('aria-live')).toBeNull();
  const said = await live.textContent();
  await page.waitForTimeout(1_100);
  expect(await live.textContent()).toBe(said);
  expectHeadingsInOrder(await headingLevels(page));
  expect(await unnamedPictures(page)).toEqual([]);
  // The exercise under way, its timer running; then the routine's end.
  await page.getByRole('button', { name: 'Begin' }).click();
  report += `\n${await audit(page, 'break page, exercise timer running')}`;
  while ((await page.getByRole('heading', { name: 'Routine complete' }).count()) === 0) {
    await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
  report += `\n${await audit(page, 'break page, routine complete')}`;
  expectHeadingsInOrder(await headingLevels(page));
  const closed = page.waitForEvent('close');
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await closed;

  // Opened with no break running, then an eye rest started from there.
  const eyes = await openPage(browser(), 'src/break/index.html?kind=micro');
  const startNow = eyes.getByRole('button', { name: 'Start a break now' });
  await startNow.waitFor();
  report += `\n${await audit(eyes, 'break page, no break running')}`;
  await startNow.click();
  await eyes.getByTestId('countdown').waitFor();
  report += `\n${await audit(eyes, 'break page, eye rest running')}`;
  expectHeadingsInOrder(await headingLevels(eyes));
  expect(await unnamedPictures(eyes)).toEqual([]);
  await eyes.close();

  const check = await openPage(browser(), 'src/break/index.html?check=1');
  await check.getByRole('heading', { level: 1 }).waitFor();
  await check.locator('fieldset, [role="radiogroup"]').first().waitFor();
  report += `\n${await audit(check, 'break page, posture check (?check=1)')}`;
  expectHeadingsInOrder(await headingLevels(check));
  await check.close();
  expect(report.trim(), report).toBe('');
});

it('the clinician page has no axe violations in either theme', async () => {
  const help = await openPage(browser(), 'src/help/index.html');
  await help.getByRole('heading', { level: 1 }).waitFor();
  const report = await audit(help, 'clinician page');
  expect(report, report).toBe('');
  expectHeadingsInOrder(await headingLevels(help));
  expect(await unnamedPictures(help)).toEqual([]);
  await help.close();
});
