/**
 * The guidance checklist items cite (content brief §2), by id. Each is named by the message
 * `cl_source_<id>` (src/locales/<lang>/checklist-items.json), so a name is spelled the same way
 * on every item and in every language.
 */
export const SOURCE = {
  /** OSHA eTool: Computer Workstations. */
  osha: 'osha',
  /** UK HSE: Working safely with display screen equipment. */
  hse: 'hse',
  /** Cal/OSHA: Easy Ergonomics for Desktop Computer Users. */
  calOsha: 'cal-osha',
  /** American Optometric Association. */
  aoa: 'aoa',
  iso: 'iso',
  /** The project's own back-care notes (../shared/reference), for the cushion and footstool advice. */
  notes: 'notes',
} as const;

export type SourceId = (typeof SOURCE)[keyof typeof SOURCE];
