import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answer,
  createWorkstation,
  defaultChecklistState,
  type WorkstationNames,
} from '../../../src/core/checklist/workstations';
import { type DayRecord, emptyDay, emptyHistory, type History } from '../../../src/core/history/daily';
import { CSV_COLUMNS, csvField, toBackup, toCsv } from '../../../src/core/history/export';
import { BACKUP_MAX_BYTES, type BackupResult, parseBackup as parseBackupWith } from '../../../src/core/history/import';
import { mergeHistory } from '../../../src/core/history/merge';
import { BODY_AREAS } from '../../../src/core/routine/types';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/defaults';
import { CHECKLIST_ITEMS } from '../../../src/data/checklist';
import { resetLanguageForTests, say } from '../../../src/platform/i18n';
import { useLanguage } from '../../fake-i18n';
import { history } from './arbitraries';

const NOW = new Date(2026, 10, 26, 15, 0).getTime();
const day = (over: Partial<DayRecord>): DayRecord => ({ ...emptyDay(), ...over });

/** The names Sitwell gives unnamed workstations (the pages take them from the messages). */
const NAMES: WorkstationNames = { first: 'My desk', numbered: (n) => `Desk ${n}` };

function sampleChecklist() {
  let c = defaultChecklistState(NAMES);
  c = answer(c, 'lumbar-support', 'no', NOW, CHECKLIST_ITEMS);
  c = createWorkstation(c, 'Office', NOW, NAMES);
  c = answer(c, 'feet-supported', 'yes', NOW, CHECKLIST_ITEMS);
  // Posture checks an earlier release kept in the checklist state: backups still carry them.
  const postureChecks = {
    '2026-11-25': { answered: 1, yes: { lumbar: 1, feet: 0, reach: 0 }, no: { lumbar: 0, feet: 1, reach: 0 } },
  };
  return { ...c, postureChecks };
}

const sample: History = {
  version: 2,
  days: {
    '2026-11-26': day({
      stretch: { prompted: 4, taken: 3, snoozed: 1, skipped: 0 },
      natural: 2,
      activeMinutes: 420,
      longestSittingMinutes: 55,
      areaSeconds: { ...emptyDay().areaSeconds, neck: 90, 'lower-back': 45 },
      posture: { answered: 1, yes: { lumbar: 1, feet: 0, reach: 1 }, no: { lumbar: 0, feet: 1, reach: 0 } },
      checklistScore: 84,
    }),
    '2026-11-24': day({ micro: { prompted: 2, taken: 1, snoozed: 0, skipped: 1 } }),
  },
};

const backupText = (h: History, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    ...toBackup({ settings: DEFAULT_SETTINGS, checklist: sampleChecklist(), history: h, exportedAt: NOW }),
    ...extra,
  });
const errorOf = (r: BackupResult) => (r.ok ? null : say(r.error));
const parseBackup = (text: string) => parseBackupWith(text, NAMES);

describe('toCsv', () => {
  it('writes a header and one row per day in date order, with CRLF line ends', () => {
    const lines = toCsv(sample).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    const header = (lines[0] as string).split(',');
    expect(header.slice(0, 13)).toEqual([
      'date',
      'stretch_prompted',
      'stretch_taken',
      'stretch_snoozed',
      'stretch_skipped',
      'micro_prompted',
      'micro_taken',
      'micro_snoozed',
      'micro_skipped',
      'natural_breaks',
      'active_minutes',
      'longest_sitting_minutes',
      'lower_back_minutes',
    ]);
    expect(header).toContain('hip_flexors_minutes');
    expect(header.slice(-8)).toEqual([
      'posture_checks',
      'posture_lumbar_yes',
      'posture_lumbar_no',
      'posture_feet_yes',
      'posture_feet_no',
      'posture_reach_yes',
      'posture_reach_no',
      'checklist_score',
    ]);
    expect(header).toHaveLength(12 + BODY_AREAS.length + 8);
    const row = (i: number) => Object.fromEntries(header.map((h, j) => [h, (lines[i] as string).split(',')[j]]));
    expect(row(1)).toMatchObject({ date: '2026-11-24', micro_taken: '1', micro_skipped: '1', checklist_score: '' });
    expect(row(2)).toMatchObject({
      date: '2026-11-26',
      stretch_taken: '3',
      natural_breaks: '2',
      active_minutes: '420',
      longest_sitting_minutes: '55',
      neck_minutes: '1.5',
      lower_back_minutes: '0.8',
      posture_checks: '1',
      posture_feet_no: '1',
      checklist_score: '84',
    });
  });

  it('gives only the header for an empty history, and documents every column', () => {
    expect(toCsv(emptyHistory())).toBe(`${CSV_COLUMNS.map((c) => c.name).join(',')}\r\n`);
    for (const c of CSV_COLUMNS) expect(c.description.length).toBeGreaterThan(10);
    expect(new Set(CSV_COLUMNS.map((c) => c.name)).size).toBe(CSV_COLUMNS.length);
  });

  it('quotes a field as RFC 4180 asks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField(12)).toBe('12');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });
});

describe('toBackup and parseBackup', () => {
  it('writes settings, checklist and the stored history, and reads them back', () => {
    const backup = toBackup({
      settings: DEFAULT_SETTINGS,
      checklist: sampleChecklist(),
      history: sample,
      exportedAt: NOW,
    });
    expect(backup).toMatchObject({ format: 'sitwell-backup', version: 1, exportedAt: '2026-11-26T14:00:00.000Z' });
    expect(backup.history.v).toBe(2);
    expect(Object.keys(backup.history.d)).toEqual(['2026-11-24', '2026-11-26']);
    const read = parseBackup(JSON.stringify(backup));
    expect(read).toEqual({
      ok: true,
      backup: { exportedAt: NOW, settings: DEFAULT_SETTINGS, checklist: sampleChecklist(), history: sample },
    });
  });

  it('refuses text that is not JSON, or JSON that is not a backup', () => {
    expect(errorOf(parseBackup('{"format": '))).toBe('This file is not valid JSON.');
    expect(errorOf(parseBackup(''))).toBe('This file is not valid JSON.');
    expect(errorOf(parseBackup('[1,2]'))).toMatch(/^This file is not a Sitwell backup/);
    expect(errorOf(parseBackup('{"format":"other-app","version":1}'))).toMatch(/^This file is not a Sitwell backup/);
    expect(errorOf(parseBackup(backupText(sample, { version: 2 })))).toMatch(
      /newer version of Sitwell \(backup version 2\)/,
    );
    expect(errorOf(parseBackup(backupText(sample, { version: '1' })))).toBe(
      'This backup\'s version ("1") is not one Sitwell can read.',
    );
    expect(errorOf(parseBackup(backupText(sample, { exportedAt: 'yesterday' })))).toMatch(/exportedAt/);
    expect(errorOf(parseBackup(backupText(sample, { version: undefined })))).toBe(
      'This backup does not say which version it is, so Sitwell cannot read it.',
    );
  });

  it('words its reasons in the browser language', () => {
    useLanguage('fr');
    resetLanguageForTests();
    expect(errorOf(parseBackup('{'))).toBe('Ce fichier n’est pas du JSON valide.');
    const many = Object.fromEntries(['01', '02', '03', '04'].map((dd) => [`2026-01-${dd}`, ['x']]));
    expect(errorOf(parseBackup(backupText(sample, { history: { v: 2, d: many } })))).toMatch(
      /^L’historique de cette sauvegarde n’est pas valide\u00a0: 2026-01-01\u00a0: .* \(et 1 autre problème\)$/,
    );
  });

  it('refuses a file over 1 MB, counting bytes rather than characters', () => {
    expect(BACKUP_MAX_BYTES).toBe(1024 * 1024);
    const padded = (n: number, ch: string) => backupText(sample, { note: ch.repeat(n) });
    const base = padded(0, '').length + 0;
    expect(parseBackup(padded(BACKUP_MAX_BYTES - base, 'a')).ok).toBe(true);
    expect(errorOf(parseBackup(padded(BACKUP_MAX_BYTES - base + 1, 'a')))).toBe(
      'This file is too large to be a Sitwell backup (the limit is 1 MB).',
    );
    // "é" is one character but two bytes.
    expect(errorOf(parseBackup(padded(Math.ceil((BACKUP_MAX_BYTES - base) / 2) + 1, 'é')))).toMatch(/too large/);
  });

  it('names the settings that are not valid', () => {
    const settings = { ...DEFAULT_SETTINGS, stretchBreak: { ...DEFAULT_SETTINGS.stretchBreak, everyMinutes: 0 } };
    const error = errorOf(parseBackup(backupText(sample, { settings })));
    expect(error).toMatch(/^The settings in this backup are not valid: stretchBreak\.everyMinutes must be/);
    expect(errorOf(parseBackup(backupText(sample, { settings: undefined })))).toBe(
      'The settings in this backup are missing.',
    );
  });

  it('refuses checklist answers it would have to repair', () => {
    const checklist = sampleChecklist();
    const broken = (change: (c: Record<string, unknown>) => void) => {
      const c = structuredClone(checklist) as unknown as Record<string, unknown>;
      change(c);
      return errorOf(parseBackup(backupText(sample, { checklist: c })));
    };
    expect(broken((c) => (c.workstations = []))).toMatch(
      /^The checklist answers in this backup are not valid: There is no list/,
    );
    expect(broken((c) => ((c.workstations as { answers: unknown }[])[0]!.answers = { x: 'maybe' }))).toMatch(/"x"/);
    expect(broken((c) => (c.currentId = 'nowhere'))).toMatch(/current workstation/);
    expect(broken((c) => (c.postureChecks = { '2026-11-26': { answered: -1 } }))).toMatch(
      /posture checks of "2026-11-26"/,
    );
    expect(errorOf(parseBackup(backupText(sample, { checklist: 5 })))).toMatch(/They are missing\.$/);
  });

  it('refuses a history with any bad day or column, naming it', () => {
    const stored = JSON.parse(backupText(sample)).history;
    const withHistory = (h: unknown) => errorOf(parseBackup(backupText(sample, { history: h })));
    expect(withHistory({ ...stored, d: { ...stored.d, '2026-11-25': [1, -1] } })).toBe(
      'The history in this backup is not valid: 2026-11-25: stretch.taken is not a whole number of 0 or more.',
    );
    expect(withHistory({ ...stored, d: { ...stored.d, someday: [] } })).toMatch(/"someday" is not a day/);
    expect(withHistory({ version: 1, days: {} })).toMatch(
      /^The history in this backup is not valid: The history does not say which version it is/,
    );
    const many = Object.fromEntries(['01', '02', '03', '04', '05'].map((dd) => [`2026-01-${dd}`, ['x']]));
    expect(withHistory({ v: 2, d: many })).toMatch(/\(and 2 more problems\)$/);
  });

  it('imports an export of any history exactly, and importing it twice changes nothing', () => {
    fc.assert(
      fc.property(history, history, (h, current) => {
        const result = parseBackup(backupText(h));
        if (!result.ok) throw new Error(say(result.error));
        const imported = result.backup.history;
        expect(imported).toEqual(h);
        expect(mergeHistory(emptyHistory(), imported)).toEqual(h);
        const once = mergeHistory(current, imported);
        expect(mergeHistory(once, imported)).toEqual(once);
        // No day twice, none lost.
        expect(Object.keys(once.days).sort()).toEqual(
          [...new Set([...Object.keys(current.days), ...Object.keys(h.days)])].sort(),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.anything().map((v) => JSON.stringify(v) ?? ''),
        ),
        (text) => {
          const result = parseBackup(text);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
  });
});
