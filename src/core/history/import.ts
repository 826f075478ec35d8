import { parseChecklistState } from '../checklist/parse-checklist-state';
import { ANSWERS, type ChecklistState, POSTURE_TOPICS } from '../checklist/types';
import type { Settings } from '../settings/defaults';
import { validateSettings } from '../settings/validate';
import type { History } from './daily';
import { BACKUP_FORMAT, BACKUP_VERSION } from './export';
import { DAY_KEY, decodeHistory } from './format';

/** The largest backup file read, in bytes (UTF-8): a year of history takes a small part of it. */
export const BACKUP_MAX_BYTES = 1024 * 1024;

/** A backup file, read and checked, ready to be written: nothing in it needs repairing. */
export interface ImportedBackup {
  /** Milliseconds since the epoch. */
  exportedAt: number;
  settings: Settings;
  checklist: ChecklistState;
  history: History;
}

export type BackupResult = { ok: true; backup: ImportedBackup } | { ok: false; error: string };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** At most three problems named, then how many more there were. */
function listed(problems: readonly string[]): string {
  const shown = problems.slice(0, 3).join(' ');
  const more = problems.length - 3;
  return more > 0 ? `${shown} (and ${more} more ${more === 1 ? 'problem' : 'problems'})` : shown;
}

const fail = (error: string): BackupResult => ({ ok: false, error });

/**
 * Reads a backup file made by toBackup. Every part is checked before anything is returned, so a
 * file with any problem is refused whole with one message a person can act on, and the caller
 * changes nothing. Never throws.
 */
export function parseBackup(text: string): BackupResult {
  if (typeof text !== 'string') return fail('This file could not be read as text.');
  // A UTF-8 byte count is never below the UTF-16 length, so a long string is refused before encoding.
  if (text.length > BACKUP_MAX_BYTES || new TextEncoder().encode(text).length > BACKUP_MAX_BYTES) {
    return fail('This file is too large to be a Sitwell backup (the limit is 1 MB).');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('This file is not valid JSON.');
  }
  if (!isObj(raw) || raw.format !== BACKUP_FORMAT) {
    return fail('This file is not a Sitwell backup: it does not say "format": "sitwell-backup".');
  }
  if (raw.version !== BACKUP_VERSION) {
    return typeof raw.version === 'number' && raw.version > BACKUP_VERSION
      ? fail(
          `This backup was made by a newer version of Sitwell (backup version ${raw.version}). Update Sitwell, then import it again.`,
        )
      : fail(`This backup's version (${JSON.stringify(raw.version) ?? 'missing'}) is not one Sitwell can read.`);
  }
  const exportedAt = typeof raw.exportedAt === 'string' ? Date.parse(raw.exportedAt) : Number.NaN;
  if (!Number.isFinite(exportedAt)) return fail('The date this backup was made (exportedAt) could not be read.');

  if (!isObj(raw.settings)) return fail('The settings in this backup are missing.');
  const validated = validateSettings(raw.settings);
  if (validated.errors.length > 0) {
    return fail(`The settings in this backup are not valid: ${listed(validated.errors.map((e) => e.message))}`);
  }

  const checklistProblems = checkChecklist(raw.checklist);
  if (checklistProblems.length > 0) {
    return fail(`The checklist answers in this backup are not valid: ${listed(checklistProblems)}`);
  }

  const decoded = decodeHistory(raw.history);
  if (decoded.errors.length > 0) return fail(`The history in this backup is not valid: ${listed(decoded.errors)}`);

  return {
    ok: true,
    backup: {
      exportedAt,
      settings: validated.settings,
      checklist: parseChecklistState(raw.checklist),
      history: decoded.history,
    },
  };
}

/** What parseChecklistState would quietly drop or replace, as sentences. */
function checkChecklist(raw: unknown): string[] {
  if (!isObj(raw)) return ['They are missing.'];
  const problems: string[] = [];
  const ids = new Set<string>();
  if (!Array.isArray(raw.workstations) || raw.workstations.length === 0) {
    problems.push('There is no list of workstations.');
  } else {
    raw.workstations.forEach((w, i) => {
      const where = `Workstation ${i + 1}`;
      if (!isObj(w) || typeof w.id !== 'string' || w.id === '') {
        problems.push(`${where} has no id.`);
        return;
      }
      if (ids.has(w.id)) problems.push(`${where} repeats the id ${JSON.stringify(w.id)}.`);
      ids.add(w.id);
      if (w.name !== undefined && typeof w.name !== 'string') problems.push(`${where} has a name that is not text.`);
      if (w.answers !== undefined) {
        if (!isObj(w.answers)) problems.push(`${where} has answers that are not a list of items.`);
        else {
          for (const [item, answer] of Object.entries(w.answers)) {
            if (!(ANSWERS as readonly unknown[]).includes(answer)) {
              problems.push(
                `${where} answers ${JSON.stringify(item)} with something other than ${ANSWERS.join(', ')}.`,
              );
            }
          }
        }
      }
      const at = w.lastFullCheckAt;
      if (at !== undefined && at !== null && !(typeof at === 'number' && Number.isFinite(at) && at >= 0)) {
        problems.push(`${where} has a last full check that is not a time.`);
      }
    });
  }
  if (raw.currentId !== undefined && !(typeof raw.currentId === 'string' && ids.has(raw.currentId))) {
    problems.push('The current workstation is not one of the list.');
  }
  if (raw.postureChecks !== undefined) {
    if (!isObj(raw.postureChecks)) problems.push('The posture checks are not a list of days.');
    else {
      for (const [key, day] of Object.entries(raw.postureChecks)) {
        const ok =
          DAY_KEY.test(key) &&
          isObj(day) &&
          isCount(day.answered) &&
          POSTURE_TOPICS.every((t) => isObj(day.yes) && isObj(day.no) && isCount(day.yes[t]) && isCount(day.no[t]));
        if (!ok) problems.push(`The posture checks of ${JSON.stringify(key)} could not be read.`);
      }
    }
  }
  return problems;
}
