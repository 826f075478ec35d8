import type { MessageKey } from '../../locales/keys';

/**
 * The workstation checklist's vocabulary (content brief §2). The items themselves are data
 * (src/data/checklist*.ts); everything in this folder is pure and only sees these types.
 * Built-in sections and items carry no words: pages name them from the messages by id
 * (`cl_section_<id>`, `cl_<id>_statement`, `cl_<id>_tip`, src/ui/checklist-text.ts). Sections and
 * items added by presets or admin policy bring their own text, shown as given.
 */

/** One group of items, e.g. "Chair and lumbar support". */
export interface ChecklistSection {
  /** Stable, kebab-case: items name their section by it. */
  id: string;
  /** Only for added sections; a built-in one is named by the message `cl_section_<id>`. */
  title?: string;
  /** One of the three topics the product is known for (lumbar support, feet, reach zones). */
  featured: boolean;
}

/** One checkable statement with a short way to put it right. */
export interface ChecklistItem {
  /** Stable, kebab-case: answers are stored under it, so it is never renamed or reused. */
  id: string;
  /** The id of its section. */
  section: string;
  /**
   * Something a person can check at their desk, with its threshold where there is one. Only for
   * added items; a built-in item's is the message `cl_<id>_statement`.
   */
  statement?: string;
  /** How to fix it when the answer is "not yet". Only for added items (built-in: `cl_<id>_tip`). */
  tip?: string;
  /** Added items: the short name of the guidance it rests on, as given, if any. */
  source?: string;
  /** Built-in items: which guidance it rests on, named by the message `cl_source_<sourceId>`. */
  sourceId?: string;
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
  /**
   * By local day, "YYYY-MM-DD": the quick posture checks as recorded before the history had its
   * posture columns. Still read (parseChecklistState), exported and imported with backups, so old
   * stored data and old backup files keep it (history/merge.ts mergePostureChecks folds it into a
   * history; no caller does so yet), but no longer written: a check now goes to the history only
   * (history-store recordPostureCheck), which is where checks are shown and exported and which
   * the worker writes anyway, so its "All good" need not load the checklist store. New states
   * hold `{}` here.
   */
  postureChecks: Record<string, PostureCheckDay>;
}

export interface PostureQuestion {
  id: PostureTopic;
  /** The question's message. */
  key: MessageKey;
  /** The matching checklist item: its tip is shown when the answer is no. */
  itemId: string;
}

/**
 * Asked in this order. The item ids are built-in and never change. The freezes are marked pure so
 * a bundle that imports this file for its other exports (the worker's) leaves the list out.
 */
export const POSTURE_QUESTIONS: readonly PostureQuestion[] = /* @__PURE__ */ Object.freeze([
  /* @__PURE__ */ Object.freeze({
    id: 'lumbar' as const,
    key: 'cl_question_lumbar',
    itemId: 'lumbar-support',
  }),
  /* @__PURE__ */ Object.freeze({
    id: 'feet' as const,
    key: 'cl_question_feet',
    itemId: 'feet-supported',
  }),
  /* @__PURE__ */ Object.freeze({
    id: 'reach' as const,
    key: 'cl_question_reach',
    itemId: 'reach-frequent',
  }),
]);
