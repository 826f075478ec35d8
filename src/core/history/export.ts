import type { ChecklistState } from '../checklist/types';
import type { Settings } from '../settings/defaults';
import type { DayRecord, History } from './daily';
import { encodeHistory, HISTORY_AREAS, type StoredHistory } from './format';

/**
 * One CSV column: its header and what it holds. The names are a file format that spreadsheets and
 * scripts read, so they stay English and never change; the descriptions document the format for
 * developers (docs and tests), are shown to nobody in the extension, and stay English too.
 */
export interface CsvColumn {
  /** The header: a file format, English and stable. */
  name: string; // i18n-exempt: file format
  description: string;
  value: (date: string, day: DayRecord) => string | number;
}

const areaName = (area: string) => `${area.replace(/-/g, '_')}_minutes`; // i18n-exempt: file format
/** Seconds as minutes with at most one decimal place: 90 → 1.5. */
const minutes = (seconds: number) => Math.round(seconds / 6) / 10;

/** The CSV export's columns, in order. The header row holds the names. */
export const CSV_COLUMNS: readonly CsvColumn[] = Object.freeze([
  { name: 'date', description: 'The local day, YYYY-MM-DD.', value: (date) => date }, // i18n-exempt: file format
  ...(['stretch', 'micro'] as const).flatMap((kind) => {
    const label = kind === 'stretch' ? 'Stretch breaks' : 'Eye rests (micro-breaks)'; // i18n-exempt: file format documentation
    return [
      {
        name: `${kind}_prompted`,
        description: `${label} offered by a prompt.`,
        value: (_: string, d: DayRecord) => d[kind].prompted,
      },
      { name: `${kind}_taken`, description: `${label} taken.`, value: (_: string, d: DayRecord) => d[kind].taken },
      {
        name: `${kind}_snoozed`,
        description: `${label} snoozed.`,
        value: (_: string, d: DayRecord) => d[kind].snoozed,
      },
      {
        name: `${kind}_skipped`,
        description: `${label} skipped.`,
        value: (_: string, d: DayRecord) => d[kind].skipped,
      },
    ];
  }),
  {
    name: 'natural_breaks',
    description: 'Times you stepped away on your own long enough to restart the sitting timer.', // i18n-exempt: file format documentation
    value: (_, d) => d.natural,
  },
  {
    name: 'active_minutes',
    description: 'Minutes of sitting, breaks not included.', // i18n-exempt: file format documentation
    value: (_, d) => d.activeMinutes,
  },
  {
    name: 'longest_sitting_minutes',
    description: 'The longest time sitting without a break, in minutes.', // i18n-exempt: file format documentation
    value: (_, d) => d.longestSittingMinutes,
  },
  ...HISTORY_AREAS.map((area) => ({
    name: areaName(area),
    description: `Minutes of guided exercise that worked the ${area.replace(/-/g, ' ')} (one decimal place).`, // i18n-exempt: file format documentation
    value: (_: string, d: DayRecord) => minutes(d.areaSeconds[area]),
  })),
  {
    name: 'posture_checks',
    description: 'Quick posture checks answered.', // i18n-exempt: file format documentation
    value: (_, d) => d.posture.answered,
  },
  ...(['lumbar', 'feet', 'reach'] as const).flatMap((topic) => [
    {
      name: `posture_${topic}_yes`,
      description: `Posture checks answered yes for ${topic}.`, // i18n-exempt: file format documentation
      value: (_: string, d: DayRecord) => d.posture.yes[topic],
    },
    {
      name: `posture_${topic}_no`,
      description: `Posture checks answered no for ${topic}.`, // i18n-exempt: file format documentation
      value: (_: string, d: DayRecord) => d.posture.no[topic],
    },
  ]),
  {
    name: 'checklist_score',
    description: 'The last workstation checklist score of the day, 0 to 100; empty when none was recorded.', // i18n-exempt: file format documentation
    value: (_, d) => d.checklistScore ?? '',
  },
] satisfies CsvColumn[]);

/** One field, quoted as RFC 4180 asks when it holds a comma, a double quote or a line break. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The history as CSV: a header row, then one row per recorded day in date order, CRLF line ends. */
export function toCsv(history: History): string {
  const rows = [CSV_COLUMNS.map((c) => csvField(c.name)).join(',')];
  for (const date of Object.keys(history.days).sort()) {
    const day = history.days[date] as DayRecord;
    rows.push(CSV_COLUMNS.map((c) => csvField(c.value(date, day))).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}

export const BACKUP_FORMAT = 'sitwell-backup';
export const BACKUP_VERSION = 1;

/** A full backup file's content, as JSON.stringify writes it. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** When the backup was made, ISO 8601 in UTC. */
  exportedAt: string;
  settings: Settings;
  checklist: ChecklistState;
  /** The stored form, version 2 (format.ts). */
  history: StoredHistory;
}

export interface BackupParts {
  settings: Settings;
  checklist: ChecklistState;
  history: History;
  /** Milliseconds since the epoch (the caller reads the clock). */
  exportedAt: number;
}

/** Everything a person has in Sitwell, ready for JSON.stringify. */
export function toBackup({ settings, checklist, history, exportedAt }: BackupParts): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(Number.isFinite(exportedAt) ? exportedAt : 0).toISOString(),
    settings,
    checklist,
    history: encodeHistory(history),
  };
}
