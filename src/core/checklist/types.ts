/**
 * The workstation checklist's vocabulary (content brief §2). The items themselves are data
 * (src/data/checklist*.ts); everything in this folder is pure and only sees these types.
 */

/** One group of items, e.g. "Chair and lumbar support". */
export interface ChecklistSection {
  /** Stable, kebab-case: items name their section by it. */
  id: string;
  title: string;
  /** One of the three topics the product is known for (lumbar support, feet, reach zones). */
  featured: boolean;
}

/** One checkable statement with a short way to put it right. */
export interface ChecklistItem {
  /** Stable, kebab-case: answers are stored under it, so it is never renamed or reused. */
  id: string;
  /** The id of its section. */
  section: string;
  /** Something a person can check at their desk, with its threshold where there is one. */
  statement: string;
  /** How to fix it when the answer is "not yet". */
  tip: string;
  /** Short name of the guidance it rests on; every built-in item has one, added items may not. */
  source?: string;
  /** Marks the items the UI makes stand out; built-in or added items put it first in lists. */
  featured?: true;
}

/** "Yes", "not yet" and "doesn't apply". */
export const ANSWERS = ['yes', 'no', 'na'] as const;
export type Answer = (typeof ANSWERS)[number];

/** One desk (home, office…), with its own answers. */
export interface Workstation {
  /** Stable: the first one is `default`, later ones are made by createWorkstation. */
  id: string;
  name: string;
  /** By item id. Ids no current item has are kept: items may come and go with admin sources. */
  answers: Record<string, Answer>;
  /** When an answer last left every item answered (ms since the epoch); null before that. */
  lastFullCheckAt: number | null;
}

/** The three quick posture questions, each tied to the checklist item whose tip a "no" shows. */
export const POSTURE_TOPICS = ['lumbar', 'feet', 'reach'] as const;
export type PostureTopic = (typeof POSTURE_TOPICS)[number];

/** How one local day's quick checks went, in counts only. */
export interface PostureCheckDay {
  /** Checks answered that day (a check counts once however many questions it answered). */
  answered: number;
  yes: Record<PostureTopic, number>;
  no: Record<PostureTopic, number>;
}

export interface ChecklistState {
  version: 1;
  /** Never empty. */
  workstations: Workstation[];
  /** The id of one of `workstations`. */
  currentId: string;
  /** By local day, "YYYY-MM-DD"; at most a year is kept. */
  postureChecks: Record<string, PostureCheckDay>;
}

export interface PostureQuestion {
  id: PostureTopic;
  question: string;
  /** The matching checklist item: its tip is shown when the answer is no. */
  itemId: string;
}

/** Asked in this order. The item ids are built-in and never change. */
export const POSTURE_QUESTIONS: readonly PostureQuestion[] = Object.freeze([
  Object.freeze({
    id: 'lumbar' as const,
    question: 'Is your lower back resting against support right now?',
    itemId: 'lumbar-support',
  }),
  Object.freeze({
    id: 'feet' as const,
    question: 'Are both feet flat on the floor or on a footrest?',
    itemId: 'feet-supported',
  }),
  Object.freeze({
    id: 'reach' as const,
    question: 'Can you reach what you use most without stretching or leaning?',
    itemId: 'reach-frequent',
  }),
]);
