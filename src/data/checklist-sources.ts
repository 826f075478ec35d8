/**
 * The short names checklist items cite (content brief §2). Kept in one place so a name is spelled
 * the same way on every item.
 */
export const SOURCE = {
  osha: 'OSHA eTool: Computer Workstations',
  hse: 'UK HSE: Working safely with display screen equipment',
  calOsha: 'Cal/OSHA: Easy Ergonomics for Desktop Computer Users',
  aoa: 'AOA',
  iso: 'ISO 9241-5',
  /** The project's own back-care notes (../shared/reference), for the cushion and footstool advice. */
  notes: 'Sitwell back-care notes',
} as const;
