import { parseChecklistState } from '../checklist/parse-checklist-state';
import { ANSWERS, type ChecklistState, POSTURE_TOPICS } from '../checklist/types';
import type { WorkstationNames } from '../checklist/workstations';
import { isObj } from '../guards';
import { type Msg, type MsgPart, msg, msgCount } from '../message';
import { parseJsonSafely } from '../safe-json';
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

export type BackupResult = { ok: true; backup: ImportedBackup } | { ok: false; error: Msg };

const isCount = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** At most three problems named, one after another, then how many more there were. */
function listed(problems: readonly Msg[]): MsgPart {
  const shown = problems.slice(0, 3);
  const more = problems.length - 3;
  return more > 0 ? msgCount('hist_imp_more_problems', more, shown) : shown;
}

const fail = (error: Msg): BackupResult => ({ ok: false, error });

/**
 * Reads a backup file made by toBackup. Every part is checked before anything is returned, so a
 * file with any problem is refused whole with one message a person can act on, and the caller
 * changes nothing. `names` words a workstation the file left unnamed. Never throws.
 */
export function parseBackup(text: string, names: WorkstationNames): BackupResult {
  if (typeof text !== 'string') return fail(msg('hist_imp_not_text'));
  // A UTF-8 byte count is never below the UTF-16 length, so a long string is refused before encoding.
  if (text.length > BACKUP_MAX_BYTES || new TextEncoder().encode(text).length > BACKUP_MAX_BYTES) {
    return fail(msg('hist_imp_too_large'));
  }
  let raw: unknown;
  try {
    raw = parseJsonSafely(text);
  } catch {
    return fail(msg('hist_imp_not_json'));
  }
  if (!isObj(raw) || raw.format !== BACKUP_FORMAT) {
    return fail(msg('hist_imp_not_backup'));
  }
  if (raw.version !== BACKUP_VERSION) {
    if (typeof raw.version === 'number' && raw.version > BACKUP_VERSION) {
      return fail(msg('hist_imp_newer', raw.version));
    }
    const found = JSON.stringify(raw.version);
    return fail(found === undefined ? msg('hist_imp_no_version') : msg('hist_imp_bad_version', found));
  }
  const exportedAt = typeof raw.exportedAt === 'string' ? Date.parse(raw.exportedAt) : Number.NaN;
  if (!Number.isFinite(exportedAt)) return fail(msg('hist_imp_no_date'));

  if (!isObj(raw.settings)) return fail(msg('hist_imp_settings_missing'));
  const validated = validateSettings(raw.settings);
  if (validated.errors.length > 0) {
    return fail(msg('hist_imp_settings_invalid', listed(validated.errors.map((e) => e.message))));
  }

  const checklistProblems = checkChecklist(raw.checklist);
  if (checklistProblems.length > 0) {
    return fail(msg('hist_imp_checklist_invalid', listed(checklistProblems)));
  }

  const decoded = decodeHistory(raw.history);
  if (decoded.errors.length > 0) return fail(msg('hist_imp_history_invalid', listed(decoded.errors)));

  return {
    ok: true,
    backup: {
      exportedAt,
      settings: validated.settings,
      checklist: parseChecklistState(raw.checklist, names),
      history: decoded.history,
    },
  };
}

/** What parseChecklistState would quietly drop or replace, as sentences. */
function checkChecklist(raw: unknown): Msg[] {
  if (!isObj(raw)) return [msg('hist_imp_cl_missing')];
  const problems: Msg[] = [];
  const ids = new Set<string>();
  if (!Array.isArray(raw.workstations) || raw.workstations.length === 0) {
    problems.push(msg('hist_imp_cl_no_workstations'));
  } else {
    raw.workstations.forEach((w, i) => {
      const n = i + 1;
      if (!isObj(w) || typeof w.id !== 'string' || w.id === '') {
        problems.push(msg('hist_imp_cl_no_id', n));
        return;
      }
      if (ids.has(w.id)) problems.push(msg('hist_imp_cl_repeated_id', n, JSON.stringify(w.id)));
      ids.add(w.id);
      if (w.name !== undefined && typeof w.name !== 'string') problems.push(msg('hist_imp_cl_bad_name', n));
      if (w.answers !== undefined) {
        if (!isObj(w.answers)) problems.push(msg('hist_imp_cl_bad_answers', n));
        else {
          for (const [item, answer] of Object.entries(w.answers)) {
            if (!(ANSWERS as readonly unknown[]).includes(answer)) {
              problems.push(msg('hist_imp_cl_bad_answer', n, JSON.stringify(item), ANSWERS.join(', ')));
            }
          }
        }
      }
      const at = w.lastFullCheckAt;
      if (at !== undefined && at !== null && !(typeof at === 'number' && Number.isFinite(at) && at >= 0)) {
        problems.push(msg('hist_imp_cl_bad_check_time', n));
      }
    });
  }
  if (raw.currentId !== undefined && !(typeof raw.currentId === 'string' && ids.has(raw.currentId))) {
    problems.push(msg('hist_imp_cl_bad_current'));
  }
  if (raw.postureChecks !== undefined) {
    if (!isObj(raw.postureChecks)) problems.push(msg('hist_imp_cl_bad_posture'));
    else {
      for (const [key, day] of Object.entries(raw.postureChecks)) {
        const ok =
          DAY_KEY.test(key) &&
          isObj(day) &&
          isCount(day.answered) &&
          POSTURE_TOPICS.every((t) => isObj(day.yes) && isObj(day.no) && isCount(day.yes[t]) && isCount(day.no[t]));
        if (!ok) problems.push(msg('hist_imp_cl_bad_posture_day', JSON.stringify(key)));
      }
    }
  }
  return problems;
}
