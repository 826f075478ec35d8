// The message names, as types: a literal key that no English file defines fails `tsc`. Each
// area is one file per language (src/locales/<lang>/<area>.json, Chrome's messages.json format);
// the build merges them into _locales/<lang>/messages.json (scripts/vite-plugin-locales.ts).
import type breakPage from './en/break.json';
import type checklistItems from './en/checklist-items.json';
import type checklistUi from './en/checklist-ui.json';
import type common from './en/common.json';
import type defer from './en/defer.json';
import type exercisesFloor from './en/exercises-floor.json';
import type exercisesLower from './en/exercises-lower.json';
import type exercisesResets from './en/exercises-resets.json';
import type exercisesUpper from './en/exercises-upper.json';
import type help from './en/help.json';
import type history from './en/history.json';
import type library from './en/library.json';
import type options from './en/options.json';
import type popup from './en/popup.json';
import type presets from './en/presets.json';
import type settings from './en/settings.json';
import type status from './en/status.json';

type Areas = typeof breakPage &
  typeof checklistItems &
  typeof checklistUi &
  typeof common &
  typeof defer &
  typeof exercisesFloor &
  typeof exercisesLower &
  typeof exercisesResets &
  typeof exercisesUpper &
  typeof help &
  typeof history &
  typeof library &
  typeof options &
  typeof popup &
  typeof presets &
  typeof settings &
  typeof status;

/** Every message name the English files define. */
export type MessageKey = keyof Areas & string;

/** The base of a counted message: `foo` when `foo_one` and `foo_other` exist. */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}_other` ? Base : never }[MessageKey];

/** The languages Sitwell ships, English first (the manifest's default_locale). */
export const LANGUAGES = ['en', 'de', 'es', 'fr'] as const;
