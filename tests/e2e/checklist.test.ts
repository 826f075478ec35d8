import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { type Answer, type ChecklistState, POSTURE_QUESTIONS, parseHistory } from '../../src/core';
import { CHECKLIST_ITEMS, checklistItemById } from '../../src/data/checklist';
import { readMessages } from '../locale-files';
import { openPage, type Session, storeSettingsAndAwaitWake, useSession, workerStarted } from './extension';

const browser = useSession();

const TOTAL = CHECKLIST_ITEMS.length;
/** English, as the pages show it in this browser: the data holds ids, the words are messages. */
const english = (key: string) => {
  const text = readMessages('en').get(key)?.message;
  if (text === undefined) throw new Error(`no English message ${key}`);
  return text;
};
const item = (id: string) => {
  if (!checklistItemById(id)) throw new Error(`no checklist item ${id}`);
  const k = id.replace(/-/g, '_');
  return { id, statement: english(`cl_${k}_statement`), tip: english(`cl_${k}_tip`) };
};
const LUMBAR = item('lumbar-support');
const FEET = item('feet-supported');
const REACH = item('reach-frequent');

const storedChecklist = (page: Page) =>
  page.evaluate(async () => (await chrome.storage.local.get('checklist')).checklist as ChecklistState | undefined);

const openChecklist = async (session: Session) => {
  const page = await openPage(session, 'src/options/index.html#checklist');
  await page.getByTestId('checklist-score').waitFor();
  return page;
};

/** An item's radio group, found by its statement, and the answer picked in it. */
const group = (page: Page, statement: string) => page.getByRole('group', { name: statement, exact: true });
const pick = (page: Page, statement: string, label: string) =>
  group(page, statement).getByRole('radio', { name: label, exact: true }).check();
const picked = (page: Page, statement: string) => group(page, statement).getAttribute('data-answer');
const score = (page: Page) => page.getByTestId('checklist-score').textContent();

it('prompts a posture check set to every minute on time, and stores the answers of its window', async () => {
  await workerStarted(browser());
  const page = await openPage(browser(), 'src/options/index.html');
  // Breaks off, the posture check every minute: the engine's next wake is the check.
  const planned = await storeSettingsAndAwaitWake(page, {
    stretchBreak: { enabled: false },
    microBreak: { enabled: false },
    postureCheck: { enabled: true, everyMinutes: 1 },
  });
  expect(planned - Date.now()).toBeLessThanOrEqual(61_000);

  // Offering the check restarts its interval: the engine's checkSince moves to the moment it ran.
  const offered = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        chrome.storage.onChanged.addListener((changes) => {
          const before = (changes.engine?.oldValue as { checkSince?: number } | undefined)?.checkSince;
          const after = (changes.engine?.newValue as { checkSince?: number } | undefined)?.checkSince;
          if (typeof after === 'number' && after !== before) resolve(Date.now());
        });
      }),
  );
  await expect
    .poll(async () => Object.keys(await page.evaluate(() => chrome.notifications.getAll())), { timeout: 5_000 })
    .toContain('sitwell-check');
  const delay = offered - planned;
  console.log(`posture check prompt delay after it fell due: ${delay} ms`);
  expect(delay).toBeGreaterThanOrEqual(0);
  expect(delay).toBeLessThan(5_000);
  await page.close();

  const check = await openPage(browser(), 'src/break/index.html?check=1');
  await check.getByRole('heading', { name: 'Quick posture check' }).waitFor();
  // Keyboard users start on the first question.
  await expect
    .poll(() => check.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name))
    .toBe('check-lumbar');
  const [lumbar, feet, reach] = POSTURE_QUESTIONS.map((q) => english(q.key)) as [string, string, string];
  await pick(check, lumbar, 'Yes');
  await pick(check, feet, 'No');
  await pick(check, reach, 'Yes');
  // The "No" shows the tip of the matching checklist item right away.
  expect(await check.getByTestId('check-tip').textContent()).toContain(FEET.tip);
  expect(await check.getByTestId('check-tip').count()).toBe(1);
  await check.getByRole('button', { name: 'Save answers' }).click();
  await expect.poll(() => check.getByTestId('check-status').textContent()).toMatch(/^Saved/);

  const { today, history, checklist } = await check.evaluate(async () => {
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    const key = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    const { history, checklist } = await chrome.storage.local.get(['history', 'checklist']);
    return { today: key, history: history as unknown, checklist: checklist as ChecklistState | undefined };
  });
  // The history, in its compact stored form, is the check's only record.
  expect(parseHistory(history).days[today]?.posture).toEqual({
    answered: 1,
    yes: { lumbar: 1, feet: 0, reach: 1 },
    no: { lumbar: 0, feet: 1, reach: 0 },
  });
  expect(checklist?.postureChecks?.[today]).toBeUndefined();
  await check.close();
});

it('shows lumbar support, feet and reach zones first, and scores answers as they are given', async () => {
  const page = await openChecklist(browser());
  expect(await page.getByRole('tab', { name: 'Checklist' }).getAttribute('aria-selected')).toBe('true');
  const sections = page.locator('section[data-section-id]');
  expect(
    (await sections.evaluateAll((all) => all.map((s) => (s as HTMLElement).dataset.sectionId))).slice(0, 3),
  ).toEqual(['chair', 'feet', 'reach']);
  for (const n of [0, 1, 2]) expect(await sections.nth(n).getAttribute('class')).toContain('key-card');
  expect(await sections.nth(0).getByRole('heading').first().textContent()).toMatch(/lumbar support/i);
  expect(await sections.nth(0).getByRole('img', { name: 'Seated posture at a desk, seen from the side' }).count()).toBe(
    1,
  );
  expect(await sections.nth(2).getByRole('img', { name: 'Reach zones on a desk, seen from above' }).count()).toBe(1);
  // The first question of the page is the lumbar one.
  expect(await page.locator('.checklist-item legend').first().textContent()).toBe(LUMBAR.statement);
  expect(await score(page)).toBe(`0 of ${TOTAL} in place`);

  await pick(page, LUMBAR.statement, 'Yes');
  await expect.poll(() => score(page)).toBe(`1 of ${TOTAL} in place`);
  await pick(page, FEET.statement, 'Not yet');
  const feetRow = page.locator(`[data-item-id="${FEET.id}"]`);
  await expect.poll(() => feetRow.locator('.tip').textContent()).toContain(FEET.tip);
  // "Doesn't apply" leaves the item out of the count.
  await pick(page, REACH.statement, 'Doesn’t apply');
  await expect.poll(() => score(page)).toBe(`1 of ${TOTAL - 1} in place`);
  const open = page.getByRole('region', { name: 'Still to sort out' });
  expect(await open.textContent()).toContain(FEET.statement);
  expect(await open.textContent()).toContain(FEET.tip);

  // Arrow keys move between the answers of one item, and the new answer is saved too.
  await group(page, item('backrest-height').statement).getByRole('radio', { name: 'Yes', exact: true }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => picked(page, item('backrest-height').statement)).toBe('no');

  await expect
    .poll(async () => (await storedChecklist(page))?.workstations[0]?.answers)
    .toEqual({ 'lumbar-support': 'yes', 'feet-supported': 'no', 'reach-frequent': 'na', 'backrest-height': 'no' });
  expect(await page.getByTestId('last-full-check').textContent()).toBe('Last full check: not done yet');
  await page.close();
});

it('keeps separate answers for each workstation', async () => {
  const page = await openChecklist(browser());
  await page.getByRole('button', { name: /^Rename/ }).click();
  await page.getByLabel('New name for “My desk”').fill('Office');
  await page.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect.poll(() => page.getByTestId('workstation-name').textContent()).toBe('Workstation: Office');

  await page.getByRole('button', { name: 'Add a workstation' }).click();
  await page.getByLabel('Name of the new workstation').fill('Home');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect.poll(() => page.getByTestId('workstation-name').textContent()).toBe('Workstation: Home');
  await expect.poll(() => score(page)).toBe(`0 of ${TOTAL} in place`);
  expect(await picked(page, LUMBAR.statement)).toBeNull();
  await pick(page, LUMBAR.statement, 'Not yet');
  await expect.poll(() => score(page)).toBe(`0 of ${TOTAL} in place`);

  const select = page.getByLabel('Show the answers for');
  await select.selectOption({ label: 'Office' });
  await expect.poll(() => page.getByTestId('workstation-name').textContent()).toBe('Workstation: Office');
  await expect.poll(() => picked(page, LUMBAR.statement)).toBe('yes');
  expect(await picked(page, FEET.statement)).toBe('no');
  expect(await score(page)).toBe(`1 of ${TOTAL - 1} in place`);

  await select.selectOption({ label: 'Home' });
  await expect.poll(() => picked(page, LUMBAR.statement)).toBe('no');
  expect(await picked(page, FEET.statement)).toBeNull();

  // Deleting asks first, and the last workstation cannot be deleted at all.
  await page.getByRole('button', { name: 'Delete Home' }).click();
  await page.getByRole('button', { name: 'Keep it' }).waitFor();
  await page.getByRole('button', { name: 'Delete “Home”' }).click();
  await expect.poll(() => page.getByTestId('workstation-name').textContent()).toBe('Workstation: Office');
  expect(await page.getByRole('button', { name: /^Delete/ }).count()).toBe(0);
  expect((await storedChecklist(page))?.workstations.map((w) => w.name)).toEqual(['Office']);
  await page.close();
});

it('sums the workstation up in the popup and opens the checklist from there', async () => {
  const popup = await openPage(browser(), 'src/popup/index.html');
  await popup.evaluate(() => chrome.storage.local.set({ disclaimer: { acknowledgedAt: Date.now() } }));
  await popup.setViewportSize({ width: 360, height: 600 });
  const line = popup.getByTestId('workstation-line');
  await expect.poll(() => line.textContent()).toBe(`Workstation: Office · 1 of ${TOTAL - 1} in place`);
  expect(await popup.getByTestId('recheck-notice').textContent()).toContain('Set up your workstation checklist');
  expect(await popup.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(600);
  const opened = browser().context.waitForEvent('page', (p) => p.url().endsWith('src/options/index.html#checklist'));
  await line.click();
  const options = await opened;
  await options.getByTestId('checklist-score').waitFor();
  expect(await options.getByRole('tab', { name: 'Checklist' }).getAttribute('aria-selected')).toBe('true');
  await options.close();
});

it('keeps the answers when the browser is closed and opened again', async () => {
  const before = await openChecklist(browser());
  const answers = (await storedChecklist(before))?.workstations[0]?.answers as Record<string, Answer>;
  expect(Object.keys(answers).length).toBeGreaterThan(0);
  const id = browser().id;
  const session = await browser.restart();
  expect(session.id).toBe(id);
  await workerStarted(session);

  const page = await openChecklist(session);
  expect(await page.getByTestId('workstation-name').textContent()).toBe('Workstation: Office');
  expect(await score(page)).toBe(`1 of ${TOTAL - 1} in place`);
  for (const [itemId, given] of Object.entries(answers)) {
    expect(await picked(page, item(itemId).statement)).toBe(given);
  }
  await page.close();
});

it('merges in checklist items from another source, and skips a bad one', async () => {
  const options = await openPage(browser(), 'src/options/index.html#checklist');
  await options.evaluate(async () => {
    const extra = [
      {
        id: 'team-anti-fatigue-mat',
        section: 'feet',
        statement: 'A standing mat is under the desk.',
        tip: 'Ask facilities for one.',
      },
      { id: 'Not Kebab', section: 'feet', statement: '', tip: 'x' },
      {
        id: 'team-cable-tidy',
        section: { id: 'team', title: 'Team extras' },
        statement: 'Cables are off the floor.',
        tip: 'Clip them to the desk.',
      },
    ];
    await chrome.storage.local.set({ checklistExtraItems: extra });
  });
  await expect.poll(() => options.getByText('A standing mat is under the desk.').count()).toBe(1);
  await expect.poll(() => options.getByRole('heading', { name: 'Team extras' }).count()).toBe(1);
  expect(await options.getByText('Cables are off the floor.').count()).toBe(1);
  // Feet and legs: its 5 built-in items plus the good extra one; the bad one is skipped.
  expect(await options.locator('section[data-section-id="feet"] .checklist-item').count()).toBe(6);
  await options.close();
});
