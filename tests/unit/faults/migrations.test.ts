/**
 * Fault: storage written by an earlier release. For every earlier stored form of each thing
 * Sitwell keeps, a realistic sample goes through the real loader (and back out through the real
 * writer): nothing the person recorded or chose is lost.
 *
 * Versions: settings are at version 1 with no migration yet (src/core/settings/migrate.ts), and
 * fields were added inside version 1 section by section; history went from version 1 (named
 * counts per day) to version 2 (src/core/history/migrate.ts); engine, checklist and routine state
 * are at version 1, the engine and checklist having gained fields inside it.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { emptyDay, KEEP_DAYS } from '../../../src/core/history/daily';
import { HISTORY_VERSION } from '../../../src/core/history/format';
import { HISTORY_MIGRATIONS } from '../../../src/core/history/migrate';
import { reduce } from '../../../src/core/schedule/reduce';
import { nextBreak } from '../../../src/core/schedule/timers';
import { DEFAULT_SETTINGS, defaultSettings, type Settings } from '../../../src/core/settings/defaults';
import { MIGRATIONS, SETTINGS_VERSION } from '../../../src/core/settings/migrate';
import { dayKey } from '../../../src/core/time/local-time';
import { CHECKLIST_ITEMS } from '../../../src/data/checklist';
import { answerItem, readChecklistState } from '../../../src/platform/checklist-store';
import { readEngineState, writeEngineState } from '../../../src/platform/engine-store';
import { appendRecords, readHistory, recordPostureCheck } from '../../../src/platform/history-store';
import { muteExercise, readRoutineState } from '../../../src/platform/routine-store';
import { readSettings, writeSettings } from '../../../src/platform/settings-store';
import { recordFault } from '../../reliability-log';

const counts = (prompted: number, taken: number, snoozed: number, skipped: number) => ({
  prompted,
  taken,
  snoozed,
  skipped,
});

// The person's own choices as the first release stored them, all away from the defaults.
const FIRST: Record<string, unknown> = {
  stretchBreak: { enabled: true, everyMinutes: 45, durationMinutes: 7 },
  microBreak: { enabled: false, everyMinutes: 25, durationSeconds: 30 },
  idleResetMinutes: 8,
  snooze: { minutes: 10, maxPerBreak: 1 },
  workHours: { enabled: true, days: ['mon', 'tue', 'thu'], start: '08:00', end: '16:30' },
  prompt: { style: 'window' },
};
// Sections in the order releases added them; a release stored all sections up to its own.
const ADDED: Array<[string, unknown]> = [
  ['routine', { focusAreas: ['neck', 'wrists'], positions: ['standing'], equipment: ['wall'], atOffice: false }],
  ['sitStand', { enabled: true, sitMinutes: 30, standMinutes: 10, moveMinutes: 3 }],
  ['postureCheck', { enabled: false, everyMinutes: 90 }],
  ['checklist', { recheckDays: 60 }],
  ['defer', { fullscreen: false, meetings: true, maxMinutes: 15 }],
];

const tested: string[] = [];
let passed = 0;
let TESTS = 0;
/** `it` that also counts the case for the reliability row once it passes. */
function migration(name: string, test: () => Promise<void>) {
  TESTS += 1;
  it(name, async () => {
    await test();
    tested.push(name);
    passed += 1;
  });
}

describe('fault: storage written by an earlier release', () => {
  beforeEach(() => fakeBrowser.reset());

  describe('settings', () => {
    it('are at version 1, with no migration step yet: every earlier form is a version-1 shape', () => {
      expect(SETTINGS_VERSION).toBe(1);
      expect(MIGRATIONS).toEqual([]);
    });

    const forms = ADDED.map((_, i) => ({
      name:
        i === 0
          ? 'the first release (six sections)'
          : `with ${ADDED.slice(0, i)
              .map(([s]) => s)
              .join(', ')}`,
      stored: { ...FIRST, ...Object.fromEntries(ADDED.slice(0, i)) },
    }));
    forms.push({ name: 'the current shape', stored: { ...FIRST, ...Object.fromEntries(ADDED) } });

    for (const { name, stored } of forms) {
      migration(`settings, ${name}: every stored choice kept, every newer field at its default`, async () => {
        // Sections this build does not know yet (a sample ahead of it) are left out of the expectation.
        const known = Object.fromEntries(Object.entries(stored).filter(([k]) => k in DEFAULT_SETTINGS));
        const expected = { ...defaultSettings(), ...known } as Settings;
        await fakeBrowser.storage.sync.set({ settings: { version: 1, savedAt: 1_700_000_000_000, settings: stored } });
        const read = await readSettings();
        expect(read.errors).toEqual([]);
        expect(read.settings).toEqual(expected);
        // Saved back by this release: the same choices, in the current shape and version.
        await writeSettings(read.settings, 1_800_000_000_000);
        const again = (await fakeBrowser.storage.sync.get('settings')).settings;
        expect(again).toEqual({ version: SETTINGS_VERSION, savedAt: 1_800_000_000_000, settings: expected });
      });
    }

    migration('settings kept in storage.local by a release whose sync write failed: the newer copy wins', async () => {
      const older = { ...FIRST, idleResetMinutes: 3 };
      const newer = { ...FIRST, idleResetMinutes: 12 };
      await fakeBrowser.storage.sync.set({ settings: { version: 1, savedAt: 100, settings: older } });
      await fakeBrowser.storage.local.set({ settings: { version: 1, savedAt: 200, settings: newer } });
      expect((await readSettings()).settings).toEqual({ ...defaultSettings(), ...newer });
    });

    migration('settings from a newer release (synced from another browser): what still validates is kept', async () => {
      const stored = { ...FIRST, breakMusic: { volume: 3 } };
      await fakeBrowser.storage.sync.set({ settings: { version: SETTINGS_VERSION + 1, savedAt: 1, settings: stored } });
      const read = await readSettings();
      expect(read.settings).toEqual({ ...defaultSettings(), ...FIRST });
      expect(read.errors.map((e) => e.field)).toEqual(['']); // "written by a newer version", said once
    });
  });

  describe('history', () => {
    it('has one migration, from version 1 to version 2', () => {
      expect(HISTORY_VERSION).toBe(2);
      expect(HISTORY_MIGRATIONS.map((m) => m.from)).toEqual([1]);
    });

    // Version 1 as a release kept it: named counts per day, and counts per exercise.
    const V1_DAYS = {
      '2026-02-27': {
        stretch: counts(6, 5, 1, 0),
        micro: counts(14, 12, 1, 1),
        natural: 3,
        exercises: { 'chin-tuck': 3, 'wrist-circles': 2 },
      },
      '2026-02-28': { stretch: counts(2, 1, 0, 1), micro: counts(5, 5, 0, 0), natural: 0, exercises: {} },
      '2026-03-01': { stretch: counts(0, 0, 0, 0), micro: counts(1, 0, 0, 1), natural: 7 },
      '2026-03-02': {
        stretch: counts(4, 4, 0, 0),
        micro: counts(11, 9, 2, 0),
        natural: 1,
        exercises: { 'hip-flexor-stretch': 4 },
      },
    };
    const carried = (v1: (typeof V1_DAYS)[keyof typeof V1_DAYS]) => ({
      ...emptyDay(),
      stretch: v1.stretch,
      micro: v1.micro,
      natural: v1.natural,
    });

    for (const [name, stored] of [
      ['version 1 with its version', { version: 1, days: V1_DAYS }],
      ['version 1 from before it carried a version (days only)', { days: V1_DAYS }],
    ] as const) {
      migration(
        `history, ${name}: every break count and natural break kept, and written back as version 2`,
        async () => {
          await fakeBrowser.storage.local.set({ history: stored });
          const read = await readHistory();
          expect(Object.keys(read.days)).toEqual(Object.keys(V1_DAYS));
          for (const [key, day] of Object.entries(V1_DAYS)) expect(read.days[key]).toEqual(carried(day));
          // The next record writes the whole history back in version 2, every old day in it.
          const at = new Date(2026, 2, 3, 10).getTime();
          await appendRecords([{ what: 'taken', kind: 'stretch', at }]);
          const raw = (await fakeBrowser.storage.local.get('history')).history as {
            v: number;
            d: Record<string, unknown>;
          };
          expect(raw.v).toBe(2);
          expect(Object.keys(raw.d)).toEqual([...Object.keys(V1_DAYS), dayKey(at)]);
          const back = await readHistory();
          for (const [key, day] of Object.entries(V1_DAYS)) expect(back.days[key]).toEqual(carried(day));
          expect(back.days[dayKey(at)]?.stretch.taken).toBe(1);
        },
      );
    }

    migration(
      'history, version 1 with more than a year of days: the newest KEEP_DAYS kept, none of them changed',
      async () => {
        const days: Record<string, unknown> = {};
        for (let i = 0; i < KEEP_DAYS + 20; i++) {
          days[dayKey(new Date(2025, 0, 1 + i, 12).getTime())] = {
            stretch: counts(i % 9, i % 5, 0, 0),
            natural: i % 4,
          };
        }
        await fakeBrowser.storage.local.set({ history: { version: 1, days } });
        const read = await readHistory();
        const keys = Object.keys(days).sort();
        expect(Object.keys(read.days).sort()).toEqual(keys.slice(20));
        for (const [i, key] of keys.entries()) {
          if (i < 20) continue;
          expect(read.days[key]).toMatchObject({ stretch: counts(i % 9, i % 5, 0, 0), natural: i % 4 });
        }
      },
    );

    migration(
      'history, version 2 from before the posture and checklist columns: the counts kept, the rest empty',
      async () => {
        // Nine columns: break counts and natural breaks only, as an early version-2 release wrote them.
        await fakeBrowser.storage.local.set({ history: { v: 2, d: { '2026-03-02': [4, 4, 0, 0, 11, 9, 2, 0, 1] } } });
        expect((await readHistory()).days['2026-03-02']).toEqual({
          ...emptyDay(),
          stretch: counts(4, 4, 0, 0),
          micro: counts(11, 9, 2, 0),
          natural: 1,
        });
      },
    );

    migration('history from a newer release (more columns): every column known here kept', async () => {
      const day = [1, 1, 0, 0, 3, 3, 0, 0, 2, 240, 60, [30, 0, 45], 1, 1, 1, 0, 0, 0, 1, 80, 7, [9]];
      await fakeBrowser.storage.local.set({ history: { v: 3, d: { '2026-03-02': day } } });
      const read = (await readHistory()).days['2026-03-02'];
      expect(read).toMatchObject({ natural: 2, activeMinutes: 240, longestSittingMinutes: 60, checklistScore: 80 });
      expect(read?.areaSeconds).toMatchObject({ 'lower-back': 30, 'hip-flexors': 45 });
    });
  });

  describe('engine state (version 1)', () => {
    const at = new Date(2026, 2, 2, 10, 0).getTime();
    const MIN = 60_000;
    // As a release before the posture check and sit–stand–move wrote it: no checkSince, no posture.
    const before = {
      version: 1,
      stage: { name: 'sitting' },
      sittingSince: at - 40 * MIN,
      timers: {
        stretch: { anchor: at - 40 * MIN, snoozedUntil: null, snoozes: 0 },
        micro: { anchor: at - 12 * MIN, snoozedUntil: at + 3 * MIN, snoozes: 1 },
      },
      awaySince: null,
      wakeAt: at + 3 * MIN,
      lastEventAt: at,
    };

    migration(
      'engine state from before the posture check and sit–stand–move: the schedule carries on where it was',
      async () => {
        await fakeBrowser.storage.local.set({ engine: before });
        const read = await readEngineState(at + MIN);
        expect(read).toEqual({
          ...before,
          checkSince: before.sittingSince,
          posture: { phase: 'sit', since: before.sittingSince },
        });
        // The snoozed eye rest is still due at its time, the stretch break 50 minutes after its anchor.
        const settings = defaultSettings();
        const { state } = reduce(read, { type: 'start' }, at + MIN, settings);
        expect(nextBreak(state, settings)).toEqual({ kind: 'micro', at: at + 3 * MIN });
        expect(state.timers.stretch).toEqual(before.timers.stretch);
        expect(await writeEngineState(state)).toBe(true);
        expect(await readEngineState(at + MIN)).toEqual(state);
      },
    );
  });

  describe('checklist state (version 1)', () => {
    migration(
      'checklist state from before the quick posture checks: every desk and answer kept, the checks start empty',
      async () => {
        const stored = {
          version: 1,
          workstations: [
            {
              id: 'default',
              name: 'Home',
              answers: { 'lumbar-support': 'yes', 'feet-supported': 'no', 'screen-height': 'na' },
              lastFullCheckAt: 1_760_000_000_000,
            },
            { id: 'desk-k3', name: 'Office', answers: { 'reach-frequent': 'yes' }, lastFullCheckAt: null },
          ],
          currentId: 'desk-k3',
        };
        await fakeBrowser.storage.local.set({ checklist: stored });
        const read = await readChecklistState();
        expect(read).toEqual({ ...stored, postureChecks: {} });
        // This release's checks go to the history only: the checklist state is left as it was.
        await recordPostureCheck({ lumbar: true, feet: false });
        expect((await fakeBrowser.storage.local.get('checklist')).checklist).toEqual(stored);
        expect(Object.values((await readHistory()).days).map((d) => d.posture)).toEqual([
          { answered: 1, yes: { lumbar: 1, feet: 0, reach: 0 }, no: { lumbar: 0, feet: 1, reach: 0 } },
        ]);
      },
    );
    migration(
      'checklist state holding the posture checks recorded before the history had them: kept through reads, writes and new checks',
      async () => {
        const postureChecks = {
          '2026-10-01': { answered: 3, yes: { lumbar: 2, feet: 3, reach: 1 }, no: { lumbar: 1, feet: 0, reach: 2 } },
          '2026-10-02': { answered: 1, yes: { lumbar: 0, feet: 0, reach: 1 }, no: { lumbar: 1, feet: 0, reach: 0 } },
        };
        const stored = {
          version: 1,
          workstations: [{ id: 'default', name: 'Home', answers: { 'lumbar-support': 'no' }, lastFullCheckAt: null }],
          currentId: 'default',
          postureChecks,
        };
        await fakeBrowser.storage.local.set({ checklist: stored });
        expect(await readChecklistState()).toEqual(stored);
        // A new check neither adds to them nor drops them; a change to the checklist writes them back as they were.
        await recordPostureCheck({ reach: true });
        await answerItem('lumbar-support', 'yes', CHECKLIST_ITEMS);
        const after = (await fakeBrowser.storage.local.get('checklist')).checklist as typeof stored;
        expect(after.postureChecks).toEqual(postureChecks);
        expect(after.workstations[0]?.answers).toEqual({ 'lumbar-support': 'yes' });
        expect(Object.values((await readHistory()).days).map((d) => d.posture)).toEqual([
          { answered: 1, yes: { lumbar: 0, feet: 0, reach: 1 }, no: { lumbar: 0, feet: 0, reach: 0 } },
        ]);
      },
    );
  });

  describe('routine state (version 1)', () => {
    for (const [name, stored] of [
      [
        'with its version',
        {
          version: 1,
          used: { stretch: ['cat-cow', 'chin-tuck'], micro: ['palming'] },
          muted: ['wrist-circles', 'retired-move'],
        },
      ],
      ['without a version', { used: { stretch: ['cat-cow'], micro: [] }, muted: ['wrist-circles'] }],
    ] as const) {
      migration(
        `routine state ${name}: every mute and the rotation kept, ids the library dropped included`,
        async () => {
          await fakeBrowser.storage.local.set({ routine: stored });
          const read = await readRoutineState();
          expect(read).toEqual({ version: 1, used: stored.used, muted: stored.muted });
          const after = await muteExercise('neck-roll');
          expect(after.muted).toEqual([...stored.muted, 'neck-roll']);
          expect(after.used).toEqual(stored.used);
        },
      );
    }
  });

  afterAll(() => {
    if (passed !== TESTS) return;
    recordFault({
      id: 'stored-version-migrations',
      level: 'unit',
      fault: 'Storage written by an earlier release',
      injection: `a realistic sample of every earlier stored form read through the real loaders and written back: settings (version 1, ${ADDED.length + 1} shapes as sections were added, a local copy, a newer version), history (version 1 with and without its version, over a year of it, early version 2, a newer version), engine state before posture fields, checklist state before posture checks and with the checks it held before the history, routine state with and without a version`,
      runs: tested.length,
      result: `${tested.length} of ${tested.length}: every stored choice, count, desk, answer and mute kept; newer fields at their defaults; history written back as version 2`,
    });
  });
});
