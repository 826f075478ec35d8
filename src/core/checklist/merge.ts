import { isObj, type Obj } from '../guards';
import { type Msg, msg } from '../message';
import { isPollutionKey } from '../safe-json';
import type { ChecklistItem, ChecklistSection } from './types';

/** A whole checklist: its sections in order and its items, grouped by section in that order. */
export interface Checklist {
  sections: readonly ChecklistSection[];
  items: readonly ChecklistItem[];
}

/** One extra item that was skipped: its place in the list given (0-based) and why, in a sentence. */
export interface MergeError {
  index: number;
  message: Msg;
}

export interface MergedChecklist extends Checklist {
  errors: MergeError[];
}

export const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Statements, tips, sources and section titles must be shorter than this. */
export const MAX_TEXT_LENGTH = 300;

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '' && v.length < MAX_TEXT_LENGTH;

/** "a; b; c": the problems with one item, in one message, in the order found. */
const joined = (problems: readonly Msg[]): Msg =>
  problems.slice(0, -1).reduceRight((rest, problem) => msg('cl_merge_and', problem, rest), problems.at(-1) as Msg);

/**
 * Adds items from another source (team presets or admin policy) to the built-in checklist. Each
 * extra item is judged on its own: a bad one is skipped with one message naming it and every
 * problem found, the good ones are appended to the end of their section. An item may name a known
 * section by id or bring a new one as `{ id, title }`; new sections follow the built-in ones in the
 * order they first appear, and are never featured. Built-in items cannot be replaced or removed.
 * Fields other than id, section, statement, tip and source are ignored. Never throws.
 */
export function mergeItems(builtIn: Checklist, extra: unknown): MergedChecklist {
  const errors: MergeError[] = [];
  if (extra === undefined || extra === null) return { sections: builtIn.sections, items: builtIn.items, errors };
  if (!Array.isArray(extra)) {
    return {
      sections: builtIn.sections,
      items: builtIn.items,
      errors: [{ index: -1, message: msg('cl_merge_not_list') }],
    };
  }
  const builtInIds = new Set(builtIn.items.map((item) => item.id));
  const sections = new Map(builtIn.sections.map((section) => [section.id, section]));
  const taken = new Set<string>();
  const added: ChecklistItem[] = [];

  extra.forEach((raw: unknown, index) => {
    const named = isObj(raw) && typeof raw.id === 'string' && raw.id !== '';
    const skip = (problems: Msg[]) =>
      errors.push({
        index,
        message: named
          ? msg('cl_merge_skipped_id', (raw as Obj).id as string, joined(problems))
          : msg('cl_merge_skipped_number', index + 1, joined(problems)),
      });
    if (!isObj(raw)) {
      skip([msg('cl_merge_not_object')]);
      return;
    }
    const problems: Msg[] = [];
    const { id } = raw;
    if (typeof id !== 'string' || !KEBAB_CASE.test(id)) problems.push(msg('cl_merge_id_format'));
    // Answers are kept in an object keyed by item id, which drops these names when read back.
    else if (isPollutionKey(id)) problems.push(msg('cl_merge_id_reserved'));
    else if (builtInIds.has(id)) problems.push(msg('cl_merge_id_built_in'));
    else if (taken.has(id)) problems.push(msg('cl_merge_id_taken'));
    const section = readSection(raw.section, sections, problems);
    if (!isText(raw.statement)) problems.push(msg('cl_merge_statement', MAX_TEXT_LENGTH));
    if (!isText(raw.tip)) problems.push(msg('cl_merge_tip', MAX_TEXT_LENGTH));
    if (raw.source !== undefined && !isText(raw.source)) problems.push(msg('cl_merge_source', MAX_TEXT_LENGTH));
    if (problems.length > 0 || section === null) {
      skip(problems);
      return;
    }
    if (!sections.has(section.id)) sections.set(section.id, section);
    taken.add(id as string);
    const item: ChecklistItem = {
      id: id as string,
      section: section.id,
      statement: (raw.statement as string).trim(),
      tip: (raw.tip as string).trim(),
    };
    if (raw.source !== undefined) item.source = (raw.source as string).trim();
    added.push(item);
  });

  const order = [...sections.keys()];
  const items = [...builtIn.items, ...added].sort((a, b) => rank(order, a.section) - rank(order, b.section));
  return { sections: [...sections.values()], items, errors };
}

/** Items whose section is missing from the list (never the case after a merge) go last. */
const rank = (order: readonly string[], section: string) => {
  const at = order.indexOf(section);
  return at === -1 ? order.length : at;
};

/** The item's section: a known id, or a new `{ id, title }` (whose title is ignored if the id is known). */
function readSection(
  raw: unknown,
  known: ReadonlyMap<string, ChecklistSection>,
  problems: Msg[],
): ChecklistSection | null {
  // Ids, not words: admins write them in their files as they are.
  const list = [...known.keys()].join(', ');
  if (typeof raw === 'string') {
    const section = known.get(raw);
    if (section) return section;
    problems.push(msg('cl_merge_section_unknown', raw, list));
    return null;
  }
  if (isObj(raw)) {
    const { id, title } = raw;
    const before = problems.length;
    if (typeof id !== 'string' || !KEBAB_CASE.test(id)) problems.push(msg('cl_merge_section_id_format'));
    else if (known.has(id)) return known.get(id) as ChecklistSection;
    if (!isText(title)) problems.push(msg('cl_merge_section_title', MAX_TEXT_LENGTH));
    if (problems.length > before) return null;
    return { id: id as string, title: (title as string).trim(), featured: false };
  }
  problems.push(msg('cl_merge_section_type', list));
  return null;
}
