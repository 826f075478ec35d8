import type { ChecklistItem } from '../core/checklist/types';
import { SOURCE } from './checklist-sources';

/** Around the desk and through the day: light, space and habits. */
export const LIGHT: readonly ChecklistItem[] = [
  {
    id: 'no-glare',
    section: 'light',
    sourceId: SOURCE.hse,
  },
  {
    id: 'adjustable-blinds',
    section: 'light',
    sourceId: SOURCE.hse,
  },
  {
    id: 'task-light',
    section: 'light',
    sourceId: SOURCE.calOsha,
  },
  {
    id: 'room-to-move',
    section: 'light',
    sourceId: SOURCE.hse,
  },
];

export const HABITS: readonly ChecklistItem[] = [
  {
    id: 'breaks-or-changes',
    section: 'habits',
    sourceId: SOURCE.hse,
  },
  {
    id: 'sit-and-stand',
    section: 'habits',
    sourceId: SOURCE.hse,
  },
  {
    id: 'eyes-rest',
    section: 'habits',
    sourceId: SOURCE.aoa,
  },
  {
    id: 'discomfort-acted-on',
    section: 'habits',
    sourceId: SOURCE.hse,
  },
];
