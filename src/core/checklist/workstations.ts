import { isComplete } from './score';
import type { Answer, ChecklistItem, ChecklistState, PostureCheckDay, Workstation } from './types';

/**
 * Pure operations on the checklist state: each returns a new state and leaves the old one alone.
 * An operation that names a workstation that does not exist returns the state unchanged.
 */

export const DEFAULT_WORKSTATION_ID = 'default';
/** Longer names are cut to this length. */
export const MAX_WORKSTATION_NAME = 60;

const DAY = 24 * 60 * 60 * 1000;

export function emptyWorkstation(id: string, name: string): Workstation {
  return { id, name, answers: {}, lastFullCheckAt: null };
}

/**
 * The names Sitwell gives workstations nobody named, in the person's language: the core has no
 * words, so the caller (src/platform/checklist-store.ts `workstationNames`) supplies them. They
 * are stored with the workstation like a name a person typed, so they never change afterwards.
 */
export interface WorkstationNames {
  /** The one a fresh install starts with ("My desk"). */
  first: string;
  /** The `n`th in the list when it has no name ("Desk 2"). */
  numbered(n: number): string;
}

/** One workstation, "My desk", and no history: what a fresh install (or unreadable storage) starts from. */
export function defaultChecklistState(names: WorkstationNames): ChecklistState {
  return {
    version: 1,
    workstations: [emptyWorkstation(DEFAULT_WORKSTATION_ID, names.first)],
    currentId: DEFAULT_WORKSTATION_ID,
    postureChecks: {},
  };
}

export const emptyPostureDay = (): PostureCheckDay => ({
  answered: 0,
  yes: { lumbar: 0, feet: 0, reach: 0 },
  no: { lumbar: 0, feet: 0, reach: 0 },
});

/** The workstation being checked. The state always holds it; the first one stands in if not. */
export function currentWorkstation(state: ChecklistState): Workstation {
  return (state.workstations.find((w) => w.id === state.currentId) ?? state.workstations[0]) as Workstation;
}

/** A name with its spaces tidied and its length capped; empty when nothing is left. */
const tidyName = (name: string) => name.trim().replace(/\s+/g, ' ').slice(0, MAX_WORKSTATION_NAME).trim();

/**
 * Adds a workstation and makes it the current one. Its id comes from `idSeed` (the platform passes
 * the time, so ids differ between devices), made unique within the state; an empty name becomes
 * "Desk 2", "Desk 3"…
 */
export function createWorkstation(
  state: ChecklistState,
  name: string,
  idSeed: string | number,
  names: WorkstationNames,
): ChecklistState {
  const seed =
    typeof idSeed === 'number'
      ? Math.abs(Math.trunc(idSeed)).toString(36)
      : idSeed
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '');
  const base = `desk-${seed || 'new'}`;
  const ids = new Set(state.workstations.map((w) => w.id));
  let id = base;
  for (let n = 2; ids.has(id); n += 1) id = `${base}-${n}`;
  const workstation = emptyWorkstation(id, tidyName(name) || names.numbered(state.workstations.length + 1));
  return { ...state, workstations: [...state.workstations, workstation], currentId: id };
}

/** Renames a workstation; a name that is empty once trimmed is ignored. */
export function renameWorkstation(state: ChecklistState, id: string, name: string): ChecklistState {
  const tidy = tidyName(name);
  if (tidy === '' || !state.workstations.some((w) => w.id === id)) return state;
  return { ...state, workstations: state.workstations.map((w) => (w.id === id ? { ...w, name: tidy } : w)) };
}

/**
 * Removes a workstation and its answers, never the last one. When it was the current one, the
 * next in the list (or else the one before) becomes current.
 */
export function deleteWorkstation(state: ChecklistState, id: string): ChecklistState {
  const at = state.workstations.findIndex((w) => w.id === id);
  if (at === -1 || state.workstations.length <= 1) return state;
  const workstations = state.workstations.filter((w) => w.id !== id);
  const currentId =
    state.currentId === id ? (workstations[Math.min(at, workstations.length - 1)] as Workstation).id : state.currentId;
  return { ...state, workstations, currentId };
}

export function switchWorkstation(state: ChecklistState, id: string): ChecklistState {
  if (id === state.currentId || !state.workstations.some((w) => w.id === id)) return state;
  return { ...state, currentId: id };
}

/**
 * Answers one item for the current workstation (`null` clears the answer). When this answer
 * leaves every one of `items` answered where something was still open before, the check counts as
 * finished: `lastFullCheckAt` becomes `now`. (Going over a finished checklist again is recorded
 * with confirmFullCheck.)
 */
export function answer(
  state: ChecklistState,
  itemId: string,
  given: Answer | null,
  now: number,
  items: readonly ChecklistItem[],
): ChecklistState {
  const current = currentWorkstation(state);
  if (itemId === '' || current.answers[itemId] === (given ?? undefined)) return state;
  const answers = { ...current.answers };
  if (given === null) delete answers[itemId];
  else answers[itemId] = given;
  const finished = !isComplete(items, current.answers) && isComplete(items, answers);
  const next: Workstation = { ...current, answers, lastFullCheckAt: finished ? now : current.lastFullCheckAt };
  return replaceWorkstation(state, next);
}

/**
 * "I have gone over the whole checklist again": restarts the recheck clock of the current
 * workstation, but only when every one of `items` has an answer.
 */
export function confirmFullCheck(state: ChecklistState, now: number, items: readonly ChecklistItem[]): ChecklistState {
  const current = currentWorkstation(state);
  if (!isComplete(items, current.answers)) return state;
  return replaceWorkstation(state, { ...current, lastFullCheckAt: now });
}

function replaceWorkstation(state: ChecklistState, next: Workstation): ChecklistState {
  return { ...state, workstations: state.workstations.map((w) => (w.id === next.id ? next : w)) };
}

/** True when the workstation was never fully checked, or its last full check is more than `recheckDays` days old. */
export function needsRecheck(workstation: Workstation, recheckDays: number, now: number): boolean {
  return workstation.lastFullCheckAt === null || now - workstation.lastFullCheckAt > recheckDays * DAY;
}
