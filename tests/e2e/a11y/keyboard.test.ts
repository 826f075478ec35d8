/**
 * Keyboard-only flows, end to end: once a page has loaded, every step here goes through
 * page.keyboard (Tab, Shift+Tab, Enter, Space, arrows, Escape), never a click or a fill. Each focus
 * stop is checked for a visible ring, and each change of view for where focus lands.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { ChecklistState, EngineState, Settings } from '../../../src/core';
import { openPage, type Session, storeSettingsAndAwaitWake, useSession, workerStarted } from '../extension';

const browser = useSession();

interface Focus {
  tag: string;
  id: string;
  /** The accessible name, near enough: aria-label, the input's label, or the text. */
  name: string;
  /** Reached by Tab; headings focused from code (tabindex -1) are not controls. */
  control: boolean;
  /** A date or time field, whose focused part is inside the browser's own shadow tree. */
  native: boolean;
  focusVisible: boolean;
  /** An outline or shadow on the element, or on the pill round a radio (choices.css). */
  ring: boolean;
}

/** What has the focus now; null when nothing does (focus fell back to the body). */
const focusOf = (page: Page): Promise<Focus | null> =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body) return null;
    const ringOn = (node: Element) => {
      const s = getComputedStyle(node);
      return (s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) >= 1) || s.boxShadow !== 'none';
    };
    const pill = el.parentElement?.tagName === 'LABEL' ? el.parentElement : null;
    const label =
      el.getAttribute('aria-label') ??
      (el instanceof HTMLInputElement || el instanceof HTMLSelectElement ? el.labels?.[0]?.textContent : null) ??
      el.textContent ??
      '';
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      name: label.trim().replace(/\s+/g, ' '),
      control: el.tabIndex >= 0,
      native: el instanceof HTMLInputElement && /^(date|time|datetime-local|month|week)$/.test(el.type),
      focusVisible: el.matches(':focus-visible'),
      ring: ringOn(el) || (pill !== null && ringOn(pill)),
    };
  });

/**
 * The focused control shows a keyboard focus ring; returns what is focused. A view replaced by the
 * key just pressed gets a moment (its focus effect runs after the render) before focus counts as
 * lost to the page body.
 */
async function expectRing(page: Page): Promise<Focus> {
  let focus = await focusOf(page);
  for (const started = Date.now(); !focus && Date.now() - started < 2_000; focus = await focusOf(page))
    await page.waitForTimeout(50);
  if (!focus) throw new Error('focus was lost to the page body');
  // The browser draws the focus inside a date or time field (its picker button, say) itself.
  if (focus.control && !focus.native)
    expect(focus.focusVisible && focus.ring, `no visible focus on ${JSON.stringify(focus)}`).toBe(true);
  return focus;
}

/** Presses a key, then checks the focus ring on whatever has the focus. */
async function press(page: Page, key: string): Promise<Focus> {
  await page.keyboard.press(key);
  return expectRing(page);
}

/** Tabs (or Shift+Tabs) until the focused control's name matches, checking the ring at every stop. */
async function tabTo(page: Page, name: string | RegExp, { back = false, max = 80 } = {}): Promise<Focus> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    const focus = await press(page, back ? 'Shift+Tab' : 'Tab').catch((e: Error) => {
      throw new Error(`${e.message}\nafter tab stops: ${seen.join(' | ')}`);
    });
    if (typeof name === 'string' ? focus.name === name : name.test(focus.name)) return focus;
    seen.push(focus.name);
  }
  throw new Error(`no control named ${name} within ${max} tab stops: ${seen.join(' | ')}`);
}

const stored = <T>(page: Page, area: 'local' | 'sync', key: string) =>
  page.evaluate(async ([a, k]) => (await chrome.storage[a].get(k))[k], [area, key] as const) as Promise<T | undefined>;
const stage = async (page: Page) => (await stored<EngineState>(page, 'local', 'engine'))?.stage.name;

/**
 * A stretch break falls due and the worker prompts it, in a window (prompt style "window"): the
 * stored engine is moved to a stretch interval that ended a second ago, and the wake alarm is fired
 * now instead of in 50 minutes. The engine itself decides to prompt, as on any wake.
 */
async function promptStretchBreak(session: Session, page: Page): Promise<Page> {
  await storeSettingsAndAwaitWake(page, { prompt: { style: 'window' } });
  await page.evaluate(async () => {
    const { engine } = (await chrome.storage.local.get('engine')) as { engine: EngineState };
    const now = Date.now();
    const every = 50 * 60_000;
    engine.timers.stretch = { anchor: now - every - 1000, snoozedUntil: null, snoozes: 0 };
    engine.lastEventAt = now;
    await chrome.storage.local.set({ engine });
  });
  const opened = session.context.waitForEvent('page', (p) => p.url().includes('src/break/index.html'));
  await session.worker.evaluate(() => chrome.alarms.create('sitwell-wake', { when: Date.now() }));
  const breakPage = await opened;
  await expect.poll(() => stage(page)).toBe('prompted');
  return breakPage;
}

it('answers a prompted break and walks the guided break to Done with the keyboard alone', async () => {
  const session = browser();
  await workerStarted(session);
  const options = await openPage(session, 'src/options/index.html');
  await options.evaluate(() => chrome.storage.local.set({ disclaimer: { acknowledgedAt: Date.now() } }));
  const page = await promptStretchBreak(session, options);

  // 1. The prompt: focus starts on Start, with its ring; Enter starts the break.
  await page.getByRole('button', { name: 'Start', exact: true }).waitFor();
  await expect.poll(async () => (await focusOf(page))?.name).toBe('Start');
  await expectRing(page);
  await page.keyboard.press('Enter');
  await expect.poll(() => stage(options)).toBe('taking');
  // The guided break's first exercise: focus goes to its name, where a screen reader starts.
  const article = page.locator('article[data-exercise-id]');
  await article.waitFor();
  await expect.poll(async () => (await focusOf(page))?.id).toBe('exercise-name');
  const ids = await page
    .locator('.dots > li')
    .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.exerciseId ?? ''));
  expect(ids.length).toBeGreaterThan(1);

  // 2. The timer: Begin, then Pause and Resume on the same button, which keeps the focus.
  await tabTo(page, 'Begin');
  await press(page, 'Space');
  await expect.poll(async () => (await focusOf(page))?.name).toBe('Pause');
  await press(page, 'Enter');
  await expect.poll(async () => (await focusOf(page))?.name).toBe('Resume');
  await press(page, 'Enter');
  await expect.poll(async () => (await focusOf(page))?.name).toBe('Pause');

  // Next and Previous: the button pressed keeps the focus while the exercise changes.
  const current = () => article.getAttribute('data-exercise-id');
  await tabTo(page, 'Next');
  await press(page, 'Enter');
  await expect.poll(current).toBe(ids[1]);
  expect((await expectRing(page)).name).toBe('Next');
  await tabTo(page, 'Previous', { back: true });
  await press(page, 'Enter');
  await expect.poll(current).toBe(ids[0]);
  expect((await expectRing(page)).name).toBe('Previous');
  await tabTo(page, 'Next');
  for (const [i, id] of ids.entries()) {
    await expect.poll(current).toBe(id);
    if (i < ids.length - 1) await press(page, 'Enter');
    else await page.keyboard.press('Enter');
  }
  // Past the last one the view is replaced: focus goes to its heading, not back to the body.
  await page.getByRole('heading', { name: 'Routine complete' }).waitFor();
  await expect.poll(async () => (await focusOf(page))?.name).toBe('Routine complete');
  const closed = page.waitForEvent('close');
  await tabTo(page, 'Done');
  await page.keyboard.press('Enter');
  await closed;
  await expect.poll(() => stage(options)).toBe('sitting');
  await options.close();
});

it('answers checklist items with Tab, Space and the arrow keys, and Escape closes the rename form', async () => {
  const page = await openPage(browser(), 'src/options/index.html');
  await page.getByRole('tab', { name: 'Settings' }).waitFor();
  // The tab list is one tab stop; an arrow moves to the next tab and shows its panel.
  await tabTo(page, 'Settings');
  await press(page, 'ArrowRight');
  await expect.poll(() => page.getByRole('tab', { name: 'Checklist' }).getAttribute('aria-selected')).toBe('true');
  expect((await expectRing(page)).name).toBe('Checklist');
  await page.getByTestId('checklist-score').waitFor();

  // Rename opens a form with the focus in it; Escape closes it and gives the focus back to Rename.
  const rename = await tabTo(page, /^Rename/);
  await press(page, 'Enter');
  await expect.poll(async () => (await focusOf(page))?.id).toBe('workstation-rename');
  await press(page, 'Escape');
  await expect.poll(async () => (await focusOf(page))?.name).toBe(rename.name);
  await expectRing(page);

  // The first question: Tab lands on its first answer, Space picks it, an arrow moves the answer on.
  await tabTo(page, 'Yes');
  const lumbar = page.locator('[data-item-id="lumbar-support"] fieldset');
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('item-lumbar-support');
  await press(page, 'Space');
  await expect.poll(() => lumbar.getAttribute('data-answer')).toBe('yes');
  await press(page, 'ArrowRight');
  await expect.poll(() => lumbar.getAttribute('data-answer')).toBe('no');
  // Tab leaves the group for the next control (the tip's disclosure or the next question).
  await tabTo(page, 'Yes');
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).not.toBe('item-lumbar-support');
  const second = await page.evaluate(() => (document.activeElement as HTMLInputElement).name.replace(/^item-/, ''));
  await press(page, 'Space');
  await expect
    .poll(async () => (await stored<ChecklistState>(page, 'local', 'checklist'))?.workstations[0]?.answers)
    .toEqual({ 'lumbar-support': 'no', [second]: 'yes' });
  await page.close();
});

it('changes the stretch interval and saves it with the keyboard', async () => {
  const page = await openPage(browser(), 'src/options/index.html');
  await page.getByRole('button', { name: 'Save settings' }).waitFor();
  await tabTo(page, 'Every (minutes)');
  // A wrong value: saving moves the focus to the field that needs fixing.
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('0');
  const save = await tabTo(page, 'Save settings');
  await press(page, 'Enter');
  await page.getByText('Not saved: please fix the fields with a message first.').waitFor();
  await expect.poll(async () => (await focusOf(page))?.name).toBe('Every (minutes)');
  await expectRing(page);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('35');
  await tabTo(page, save.name);
  await press(page, 'Space');
  await page.getByText('Saved — the schedule is updated.').waitFor();
  // The focus stays on Save, next to the message.
  expect((await expectRing(page)).name).toBe('Save settings');
  const settings = await stored<{ settings: Settings }>(page, 'sync', 'settings');
  expect(settings?.settings.stretchBreak.everyMinutes).toBe(35);
  await page.close();
});

it('imports a preset file on the Presets tab with the keyboard', async () => {
  const page = await openPage(browser(), 'src/options/index.html');
  await page.getByRole('tab', { name: 'Settings' }).waitFor();
  await tabTo(page, 'Settings');
  await press(page, 'End');
  await expect.poll(() => page.getByRole('tab', { name: 'Presets' }).getAttribute('aria-selected')).toBe('true');
  expect((await expectRing(page)).name).toBe('Presets');
  // The panel waits for the managed policy (up to a second when there is none) before it shows.
  await page.getByRole('combobox', { name: 'Preset' }).waitFor();

  // A built-in preset: picked with an arrow key, applied with Enter; the button keeps the focus.
  await tabTo(page, 'Preset');
  const first = await page.evaluate(() => (document.activeElement as HTMLSelectElement).value);
  await press(page, 'ArrowDown');
  await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLSelectElement).value)).not.toBe(first);
  await tabTo(page, 'Apply preset');
  await press(page, 'Enter');
  await page.getByText(/^Applied “/).waitFor();
  expect((await expectRing(page)).name).toBe('Apply preset');

  await tabTo(page, 'Import a preset file');
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  const preset = {
    format: 'sitwell-preset',
    version: 1,
    name: 'Keyboard preset',
    settings: { stretchBreak: { everyMinutes: 45, durationMinutes: 6 } },
  };
  // The file dialog is the system's: answering it is the one step not taken by keyboard here.
  await (await chooser).setFiles({
    name: 'preset.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(preset)),
  });
  await page.getByRole('region', { name: 'What “Keyboard preset” changes' }).waitFor();
  expect((await expectRing(page)).name).toBe('Import a preset file');
  await tabTo(page, 'Apply imported preset');
  await page.keyboard.press('Enter');
  await page.getByText('Applied “Keyboard preset”.', { exact: false }).waitFor();
  // The apply button goes with the preview: the focus goes back to the file field, not the body.
  await expect.poll(async () => (await focusOf(page))?.name).toBe('Import a preset file');
  await expectRing(page);
  const settings = await stored<{ settings: Settings }>(page, 'sync', 'settings');
  expect(settings?.settings.stretchBreak).toMatchObject({ everyMinutes: 45, durationMinutes: 6 });
  await page.close();
});
