/**
 * `npm run screenshots`: the README's pictures, taken from the real build in headless Chromium.
 * Builds first when dist/chrome is missing, seeds a week of history (through the real encoder),
 * checklist answers and settings into chrome.storage, and writes docs/screenshots/*.png. Light
 * theme, reduced motion, a fixed clock on the options pages, device scale factor 2.
 */
process.env.TZ = 'Europe/Berlin';

import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { type Answer, addRecord, type ChecklistState, emptyHistory, encodeHistory, type History } from '../src/core';
import { CHECKLIST_ITEMS } from '../src/data/checklist';
import { CHROME_PATH, CHROMIUM_FLAGS } from '../tests/e2e/chromium.ts';

const EXTENSION_DIR = resolve('dist/chrome');
const OUT_DIR = resolve('docs/screenshots');
const TIMEZONE = 'Europe/Berlin';
/** The options pages' clock: Thursday 12 March 2026, 15:20 in Berlin. */
const FIXED_NOW = new Date('2026-03-12T15:20:00+01:00').getTime();
const DAY = 86_400_000;
const MAX_BYTES = 300 * 1024;

/** A realistic working week ending on FIXED_NOW's day: breaks, sitting, exercise and checks. */
function seedHistory(now: number): History {
  // Per day, oldest first: [stretch taken, stretch skipped, stretch snoozed, micro taken, micro skipped, natural, sitting stretches (min)]
  const week: [number, number, number, number, number, number, number[]][] = [
    [4, 1, 1, 7, 2, 2, [48, 52, 35, 50, 41]], // Friday
    [0, 0, 0, 0, 0, 0, []], // the weekend
    [0, 0, 0, 0, 0, 1, [25]],
    [5, 0, 1, 8, 1, 3, [50, 44, 39, 47, 30]], // Monday
    [3, 2, 2, 6, 3, 1, [62, 55, 58, 49]],
    [5, 1, 0, 9, 1, 2, [45, 50, 43, 38, 51]],
    [3, 0, 1, 5, 1, 1, [47, 50, 33]], // today, Thursday
  ];
  const areas = [
    { neck: 150, shoulders: 180, 'upper-back': 120, wrists: 60, eyes: 100 },
    {},
    {},
    { 'lower-back': 160, hips: 90, 'hip-flexors': 120, neck: 90, eyes: 120 },
    { hamstrings: 120, legs: 180, shoulders: 90, eyes: 80 },
    { neck: 180, shoulders: 150, 'lower-back': 120, wrists: 90, eyes: 140 },
    { 'upper-back': 120, hips: 90, legs: 120, eyes: 60 },
  ];
  let history = emptyHistory();
  week.forEach(([taken, skipped, snoozed, microTaken, microSkipped, natural, sitting], i) => {
    const start = now - (week.length - 1 - i) * DAY;
    // Records through the day, from 09:00 local on the day `start` falls on.
    const morning = new Date(start);
    morning.setHours(9, 0, 0, 0);
    let at = morning.getTime();
    const step = () => {
      at += 17 * 60_000;
      return Math.min(at, now - 60_000);
    };
    const add = (what: 'prompted' | 'taken' | 'snoozed' | 'skipped', kind: 'stretch' | 'micro', n: number) => {
      for (let k = 0; k < n; k++) history = addRecord(history, { what, kind, at: step() });
    };
    add('prompted', 'stretch', taken + skipped);
    add('taken', 'stretch', taken);
    add('skipped', 'stretch', skipped);
    add('snoozed', 'stretch', snoozed);
    add('prompted', 'micro', microTaken + microSkipped);
    add('taken', 'micro', microTaken);
    add('skipped', 'micro', microSkipped);
    for (let k = 0; k < natural; k++) history = addRecord(history, { what: 'natural', kind: null, at: step() });
    for (const minutes of sitting) history = addRecord(history, { what: 'sitting', minutes, at: step() });
    if (Object.keys(areas[i] ?? {}).length > 0)
      history = addRecord(history, { what: 'areas', areaSeconds: areas[i] ?? {}, at: step() });
    if (taken > 0)
      history = addRecord(history, {
        what: 'posture',
        answers: { lumbar: true, feet: i % 2 === 0, reach: true },
        at: step(),
      });
    if (i === 3) history = addRecord(history, { what: 'checklist-score', percent: 71, at: step() });
    if (i === 6) history = addRecord(history, { what: 'checklist-score', percent: 83, at: step() });
  });
  return history;
}

/** Most items answered yes, a few "not yet", one that doesn't apply, two still open. */
function seedChecklist(now: number): ChecklistState {
  const answers: Record<string, Answer> = {};
  CHECKLIST_ITEMS.forEach((item, i) => {
    if (i >= CHECKLIST_ITEMS.length - 2) return;
    answers[item.id] = i % 7 === 3 ? 'no' : i % 11 === 5 ? 'na' : 'yes';
  });
  return {
    version: 1,
    workstations: [{ id: 'default', name: 'Office desk', answers, lastFullCheckAt: now - 20 * DAY }],
    currentId: 'default',
    postureChecks: {},
  };
}

const SETTINGS = {
  stretchBreak: { enabled: true, everyMinutes: 50, durationMinutes: 3 },
  microBreak: { enabled: true, everyMinutes: 20, durationSeconds: 20 },
  workHours: { enabled: true, days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:30' },
  routine: {
    focusAreas: ['neck', 'shoulders', 'upper-back'],
    positions: ['seated', 'standing'],
    equipment: [],
    atOffice: true,
  },
};

async function launch(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROME_PATH,
    headless: true,
    colorScheme: 'light',
    reducedMotion: 'reduce',
    locale: 'en-US',
    timezoneId: TIMEZONE,
    deviceScaleFactor: 2,
    viewport: { width: 360, height: 600 },
    args: [
      ...CHROMIUM_FLAGS,
      '--lang=en-US',
      '--hide-scrollbars',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
}

/** Writes one PNG and checks it stays small. */
async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  // Fonts and pictures settled, the caret and any focus ring out of the way.
  await page.evaluate(async () => {
    await document.fonts.ready;
    (document.activeElement as HTMLElement | null)?.blur();
  });
  const path = join(OUT_DIR, name);
  await page.screenshot({ path, fullPage, animations: 'disabled', caret: 'hide' });
  const bytes = statSync(path).size;
  console.log(`${name}: ${(bytes / 1024).toFixed(0)} KB`);
  if (bytes > MAX_BYTES) throw new Error(`${name} is ${bytes} bytes, over ${MAX_BYTES}`);
}

async function main(): Promise<void> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) execSync('npm run build', { stdio: 'inherit' });
  mkdirSync(OUT_DIR, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'sitwell-shots-'));
  const context = await launch(profile);
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const url = (path: string) => `chrome-extension://${new URL(worker.url()).host}/${path}`;

    // Seed storage from an extension page, as the pages themselves write it.
    const seeder = await context.newPage();
    await seeder.goto(url('src/options/index.html'));
    await seeder.evaluate(
      async ({ history, checklist, settings, now }) => {
        await chrome.storage.local.set({ history, checklist, historyGoal: 3, disclaimer: { acknowledgedAt: now } });
        await chrome.storage.sync.set({ settings: { version: 1, savedAt: now, settings } });
      },
      {
        history: encodeHistory(seedHistory(FIXED_NOW)),
        checklist: seedChecklist(FIXED_NOW),
        settings: SETTINGS,
        now: FIXED_NOW,
      },
    );
    await seeder.close();

    // The popup's status view, at the size Chromium gives a popup. Its clock is the worker's:
    // the break timers are live, so the minutes shown are those of a fresh start.
    const popup = await context.newPage();
    await popup.goto(url('src/popup/index.html'));
    await popup.getByTestId('status-text').waitFor();
    await shoot(popup, 'popup.png');

    // A guided break, one exercise in, with its figure.
    const opened = context.waitForEvent('page', (p) => p.url().includes('src/break/index.html'));
    await popup.getByRole('button', { name: 'Start a break now' }).click();
    const breakPage = await opened;
    await popup.close();
    await breakPage.setViewportSize({ width: 460, height: 720 });
    await breakPage.locator('article[data-exercise-id]').waitFor();
    await breakPage.locator('article[data-exercise-id] svg').first().waitFor();
    await shoot(breakPage, 'guided-break.png');
    await breakPage.close();

    // The options page's Checklist and History tabs, on a fixed clock.
    // History: scrolled to its charts ("Over time").
    for (const [hash, name, ready, top] of [
      ['checklist', 'checklist.png', 'checklist-score', null],
      ['history', 'history.png', 'summary-text', '#period-heading'],
    ] as const) {
      const page = await context.newPage();
      await page.clock.setFixedTime(FIXED_NOW);
      await page.setViewportSize({ width: 820, height: 900 });
      await page.goto(url(`src/options/index.html#${hash}`));
      await page.getByTestId(ready).waitFor();
      await page.waitForLoadState('networkidle');
      if (top)
        await page.locator(top).evaluate((el) => {
          el.scrollIntoView({ block: 'start' });
          window.scrollBy(0, -24);
        });
      await shoot(page, name);
      await page.close();
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
