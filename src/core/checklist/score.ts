import { ANSWERS, type Answer, type ChecklistItem } from './types';

export interface WorkstationScore {
  yes: number;
  no: number;
  na: number;
  unanswered: number;
  /** Items that apply here: every item not answered "doesn't apply". */
  applicable: number;
  /** Share of applicable items answered yes, 0–100 rounded; null when none applies. */
  percent: number | null;
  /** Items still to put right or to answer: featured first, then in checklist order. */
  open: ChecklistItem[];
  /** Every item has an answer. */
  complete: boolean;
}

const isAnswer = (v: unknown): v is Answer => (ANSWERS as readonly unknown[]).includes(v);

/**
 * How a workstation's answers stand against `items` (the built-in list, or one merged with extra
 * items). Answers to ids not in `items` are ignored; anything that is not a known answer counts
 * as unanswered.
 */
export function scoreWorkstation(
  items: readonly ChecklistItem[],
  answers: Readonly<Record<string, Answer | undefined>>,
): WorkstationScore {
  let yes = 0;
  let no = 0;
  let na = 0;
  const open: ChecklistItem[] = [];
  for (const item of items) {
    const given = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
    const answer = isAnswer(given) ? given : undefined;
    if (answer === 'yes') yes += 1;
    else if (answer === 'na') na += 1;
    else {
      if (answer === 'no') no += 1;
      open.push(item);
    }
  }
  const unanswered = items.length - yes - no - na;
  const applicable = items.length - na;
  return {
    yes,
    no,
    na,
    unanswered,
    applicable,
    percent: applicable === 0 ? null : Math.round((yes / applicable) * 100),
    open: [...open.filter((item) => item.featured), ...open.filter((item) => !item.featured)],
    complete: unanswered === 0,
  };
}

/** True when every one of `items` has an answer in `answers`. */
export function isComplete(items: readonly ChecklistItem[], answers: Readonly<Record<string, Answer | undefined>>) {
  return items.every((item) => Object.hasOwn(answers, item.id) && isAnswer(answers[item.id]));
}
