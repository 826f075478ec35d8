import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { type Exercise, parseHistory, pickRoutine, type RoutineState, type Settings } from '../../src/core';
import { EXERCISES, exerciseById } from '../../src/data/exercises';
import { readMessages } from '../locale-files';
import { openPage, type Session, useSession, workerStarted } from './extension';

const browser = useSession();

type Stored = {
  settings?: { settings: Settings };
  routine?: RoutineState;
  disclaimer?: { acknowledgedAt: number };
  history?: unknown;
};
const stored = <K extends keyof Stored>(page: Page, area: 'local' | 'sync', key: K) =>
  page.evaluate(async ([a, k]) => ((await chrome.storage[a].get(k)) as Stored)[k], [area, key] as const);

/** What the options page is set to below: neck and shoulders, seated only, at the office. */
const FOCUS = ['neck', 'shoulders'];
/** An exercise's name as the English pages show it (the browser here runs in English). */
const englishName = (id: string) => readMessages('en').get(`ex_${id.replace(/-/g, '_')}_name`)?.message ?? id;

const fits = (e: Exercise) =>
  e.position === 'seated' &&
  e.areas.some((a) => FOCUS.includes(a)) &&
  e.equipment.every((kit) => ['chair', 'desk', 'wall'].includes(kit));

/** "Start a break now" in the popup, and the break window it opens. */
async function startBreak(session: Session): Promise<Page> {
  const popup = await openPage(session, 'src/popup/index.html');
  const opened = session.context.waitForEvent('page', (p) => p.url().includes('src/break/index.html'));
  await popup.getByRole('button', { name: 'Start a break now' }).click();
  const page = await opened;
  await popup.close();
  await page.locator('article[data-exercise-id]').waitFor();
  return page;
}

/** Every exercise id of the routine on screen, in order, from the progress dots. */
const routineIds = (page: Page) =>
  page.locator('.dots > li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.exerciseId ?? ''));
const currentId = (page: Page) => page.locator('article[data-exercise-id]').getAttribute('data-exercise-id');

it('shows the disclaimer on the first popup open, and not after "I understand"', async () => {
  await workerStarted(browser());
  const popup = await openPage(browser(), 'src/popup/index.html');
  const notice = popup.getByRole('region', { name: 'Please read first' });
  await notice.waitFor();
  expect(await notice.textContent()).toMatch(/not medical advice/);
  await notice.getByRole('button', { name: 'I understand' }).click();
  await expect.poll(() => notice.count()).toBe(0);
  expect((await stored(popup, 'local', 'disclaimer'))?.acknowledgedAt).toBeGreaterThan(Date.now() - 60_000);
  await popup.close();

  const again = await openPage(browser(), 'src/popup/index.html');
  await expect.poll(() => again.getByTestId('status-text').textContent()).toMatch(/Sitting/);
  expect(await again.getByRole('region', { name: 'Please read first' }).count()).toBe(0);
  await again.close();
});

it('opens "When to see a clinician" from the popup', async () => {
  const popup = await openPage(browser(), 'src/popup/index.html');
  const opened = browser().context.waitForEvent('page', (p) => p.url().includes('src/help/index.html'));
  await popup.getByRole('button', { name: 'When to see a clinician' }).click();
  const help = await opened;
  await help.getByRole('heading', { level: 1, name: 'When to see a clinician' }).waitFor();
  for (const name of ['Get help now', 'See a doctor soon', 'Sources'])
    expect(await help.getByRole('heading', { level: 2, name }).count()).toBe(1);
  expect(await help.textContent('main')).toMatch(/both legs[\s\S]*NICE/);
  await help.close();
});

it('builds each break from the filters set on the options page, one exercise at a time', async () => {
  const options = await openPage(browser(), 'src/options/index.html');
  await options.getByRole('tab', { name: 'Break routines' }).click();
  const panel = options.getByRole('tabpanel', { name: 'Break routines' });
  await panel.getByRole('checkbox', { name: 'Neck' }).check();
  await panel.getByRole('checkbox', { name: 'Shoulders' }).check();
  const positions = panel.getByRole('group', { name: 'Positions' });
  await positions.getByRole('checkbox', { name: 'Seated' }).check();
  await positions.getByRole('checkbox', { name: 'Standing' }).uncheck();
  await positions.getByRole('checkbox', { name: /On the floor/ }).uncheck();
  await panel.getByRole('switch', { name: "I'm at the office" }).check();
  await panel.getByRole('button', { name: 'Save settings' }).click();
  await panel.getByText('Saved — your next break follows these choices.').waitFor();
  const saved = await stored(options, 'sync', 'settings');
  expect(saved?.settings.routine).toMatchObject({ focusAreas: FOCUS, positions: ['seated'], atOffice: true });
  // The schedule tab's own values were left as they were.
  expect(saved?.settings.stretchBreak).toEqual({ enabled: true, everyMinutes: 50, durationMinutes: 5 });
  await options.close();

  const page = await startBreak(browser());
  // Acknowledged once in the popup, the notice stays away from the break page too.
  expect(await page.getByRole('region', { name: 'Please read first' }).count()).toBe(0);
  expect(Number(await page.evaluate(() => document.documentElement.dataset.exercisePaintedAt))).toBeGreaterThan(0);
  const ids = await routineIds(page);
  expect(ids.length).toBeGreaterThan(1);
  for (const id of ids) expect(fits(exerciseById(id) as Exercise), id).toBe(true);
  // Reopened part-way through, the page shows the same routine.
  await page.reload();
  await page.locator('article[data-exercise-id]').waitFor();
  expect(await routineIds(page)).toEqual(ids);

  // The first exercise's timer waits for Begin, which comes after its cautions.
  const timer = page.getByTestId('exercise-timer');
  const full = await timer.textContent();
  await page.waitForTimeout(1200);
  expect(await timer.textContent()).toBe(full);
  await page.getByRole('button', { name: 'Begin' }).click();
  await expect.poll(() => timer.textContent(), { timeout: 5000 }).not.toBe(full);
  await page.getByRole('button', { name: 'Pause' }).click();

  for (const [i, id] of ids.entries()) {
    expect(await currentId(page)).toBe(id);
    expect(await page.getByText(`Exercise ${i + 1} of ${ids.length}`, { exact: true }).count()).toBe(1);
    const card = page.locator('article[data-exercise-id]');
    expect(await card.getByRole('img', { name: /\w{3}/ }).count()).toBe(1);
    expect(await card.locator('ol.steps > li').count()).toBeGreaterThan(1);
    const cautions = (exerciseById(id) as Exercise).cautions.length;
    expect(await card.getByRole('region', { name: 'Before you start' }).count()).toBe(cautions > 0 ? 1 : 0);
    await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
  await page.getByRole('heading', { name: 'Routine complete' }).waitFor();

  const closed = page.waitForEvent('close');
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await closed;
  const popup = await openPage(browser(), 'src/popup/index.html');
  // The history is stored in its compact form; per-exercise counts are not kept (seconds by body
  // area are, once the worker records the break's `areas`).
  await expect
    .poll(async () => Object.values(parseHistory(await stored(popup, 'local', 'history')).days)[0])
    .toMatchObject({ stretch: { taken: 1 } });
  await popup.close();
});

it('never suggests an exercise again after "This hurts", until it is brought back in the options', async () => {
  const page = await startBreak(browser());
  const hurt = (await currentId(page)) as string;
  const hurts = page.getByRole('button', { name: "This hurts — skip it and don't suggest it again" });
  await hurts.click();
  const notice = page.getByRole('status').filter({ hasText: "won't be suggested again" });
  await notice.waitFor();
  expect(await currentId(page)).not.toBe(hurt);
  await expect.poll(async () => (await stored(page, 'local', 'routine'))?.muted).toEqual([hurt]);
  // Undo, right there, brings it straight back; then mute it for good.
  await notice.getByRole('button', { name: 'Undo' }).click();
  expect(await currentId(page)).toBe(hurt);
  await expect.poll(async () => (await stored(page, 'local', 'routine'))?.muted).toEqual([]);
  await hurts.click();
  await expect.poll(async () => (await stored(page, 'local', 'routine'))?.muted).toEqual([hurt]);
  let closed = page.waitForEvent('close');
  await page.getByRole('button', { name: 'Skip', exact: true }).click();
  await closed;

  for (let n = 0; n < 3; n++) {
    const next = await startBreak(browser());
    const ids = await routineIds(next);
    expect(ids).not.toContain(hurt);
    for (const id of ids) expect(fits(exerciseById(id) as Exercise), id).toBe(true);
    closed = next.waitForEvent('close');
    await next.getByRole('button', { name: 'Skip', exact: true }).click();
    await closed;
  }

  // The same state over many more breaks, through the picker itself.
  const options = await openPage(browser(), 'src/options/index.html#routines');
  const settings = (await stored(options, 'sync', 'settings'))?.settings as Settings;
  const state = (await stored(options, 'local', 'routine')) as RoutineState;
  for (let seed = 1; seed <= 300; seed++) {
    const { exercises } = pickRoutine({
      library: EXERCISES,
      filters: settings.routine,
      muted: state.muted,
      kind: 'stretch',
      seconds: 300,
      seed,
      rotation: { used: state.used.stretch },
    });
    expect(exercises.map((e) => e.id)).not.toContain(hurt);
  }

  const muted = options.getByRole('region', { name: 'Muted exercises' });
  await muted.getByText(englishName(hurt), { exact: true }).waitFor();
  await muted.getByRole('button', { name: /^Suggest again/ }).click();
  await muted.getByText('None at the moment.').waitFor();
  expect((await stored(options, 'local', 'routine'))?.muted).toEqual([]);
  await options.close();
});
