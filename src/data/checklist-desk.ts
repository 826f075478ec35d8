import type { ChecklistItem } from '../core/checklist/types';
import { SOURCE } from './checklist-sources';

/** What sits on the desk and how the upper body meets it: screen, keyboard and mouse, head and shoulders. */
export const SCREEN: readonly ChecklistItem[] = [
  {
    id: 'screen-in-front',
    section: 'screen',
    sourceId: SOURCE.iso,
  },
  {
    id: 'screen-distance',
    section: 'screen',
    sourceId: SOURCE.osha,
  },
  {
    id: 'screen-height',
    section: 'screen',
    sourceId: SOURCE.osha,
  },
  {
    id: 'screen-centre-angle',
    section: 'screen',
    sourceId: SOURCE.aoa,
  },
  {
    id: 'screen-bifocals',
    section: 'screen',
    sourceId: SOURCE.osha,
  },
  {
    id: 'screen-windows',
    section: 'screen',
    sourceId: SOURCE.osha,
  },
];

export const KEYBOARD_MOUSE: readonly ChecklistItem[] = [
  {
    id: 'keyboard-in-front',
    section: 'keyboard-mouse',
    sourceId: SOURCE.osha,
  },
  {
    id: 'mouse-beside',
    section: 'keyboard-mouse',
    sourceId: SOURCE.osha,
  },
  {
    id: 'elbow-angle',
    section: 'keyboard-mouse',
    sourceId: SOURCE.osha,
  },
  {
    id: 'forearms-level',
    section: 'keyboard-mouse',
    sourceId: SOURCE.hse,
  },
  {
    id: 'wrists-straight',
    section: 'keyboard-mouse',
    sourceId: SOURCE.osha,
  },
  {
    id: 'wrists-off-edges',
    section: 'keyboard-mouse',
    sourceId: SOURCE.hse,
  },
];

export const HEAD_NECK: readonly ChecklistItem[] = [
  {
    id: 'ears-over-shoulders',
    section: 'head-neck',
    sourceId: SOURCE.osha,
  },
  {
    id: 'shoulders-relaxed',
    section: 'head-neck',
    sourceId: SOURCE.osha,
  },
  {
    id: 'no-craning',
    section: 'head-neck',
    sourceId: SOURCE.osha,
  },
  {
    id: 'phone-headset',
    section: 'head-neck',
    sourceId: SOURCE.osha,
  },
];
