import { isObj } from '../guards';
import { isPollutionKey } from '../safe-json';
import {
  ANSWERS,
  type Answer,
  type ChecklistState,
  POSTURE_TOPICS,
  type PostureCheckDay,
  type Workstation,
} from './types';
import { defaultChecklistState, emptyPostureDay, MAX_WORKSTATION_NAME, type WorkstationNames } from './workstations';

const isAnswer = (v: unknown): v is Answer => (ANSWERS as readonly unknown[]).includes(v);
const count = (v: unknown): number => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : 0);
const DAY_KEY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Reads the stored checklist state back, never throwing. Whatever can be read is kept: each
 * workstation with an id, each answer that is yes, no or na (under any item id, since items may
 * come from admin sources that change), each day of posture checks. Anything else is dropped, and
 * with no readable workstation at all the state starts over with "My desk". `names` words the
 * workstations that have none, in the person's language; a stored name is kept as it is.
 */
export function parseChecklistState(raw: unknown, names: WorkstationNames): ChecklistState {
  const state = defaultChecklistState(names);
  if (!isObj(raw)) return state;
  const workstations = readWorkstations(raw.workstations, names);
  if (workstations.length > 0) state.workstations = workstations;
  const currentId = raw.currentId;
  state.currentId = state.workstations.some((w) => w.id === currentId)
    ? (currentId as string)
    : (state.workstations[0] as Workstation).id;
  state.postureChecks = readPostureChecks(raw.postureChecks);
  return state;
}

function readWorkstations(raw: unknown, names: WorkstationNames): Workstation[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const out: Workstation[] = [];
  for (const w of raw) {
    if (!isObj(w) || typeof w.id !== 'string' || w.id === '' || seen.has(w.id)) continue;
    seen.add(w.id);
    const name = typeof w.name === 'string' ? w.name.trim().slice(0, MAX_WORKSTATION_NAME) : '';
    const answers = isObj(w.answers)
      ? Object.fromEntries(
          Object.entries(w.answers).filter(([id, a]) => id !== '' && !isPollutionKey(id) && isAnswer(a)),
        )
      : {};
    const at = w.lastFullCheckAt;
    out.push({
      id: w.id,
      name: name || names.numbered(out.length + 1),
      answers: answers as Record<string, Answer>,
      // Math.max turns -0 into 0, which JSON would do on the next write anyway.
      lastFullCheckAt: typeof at === 'number' && Number.isFinite(at) && at >= 0 ? Math.max(0, at) : null,
    });
  }
  return out;
}

function readPostureChecks(raw: unknown): Record<string, PostureCheckDay> {
  const days: Record<string, PostureCheckDay> = {};
  if (!isObj(raw)) return days;
  for (const [key, value] of Object.entries(raw)) {
    if (!DAY_KEY.test(key) || !isObj(value)) continue;
    const day = emptyPostureDay();
    day.answered = count(value.answered);
    const yes = isObj(value.yes) ? value.yes : {};
    const no = isObj(value.no) ? value.no : {};
    for (const topic of POSTURE_TOPICS) {
      day.yes[topic] = count(yes[topic]);
      day.no[topic] = count(no[topic]);
    }
    days[key] = day;
  }
  return days;
}
