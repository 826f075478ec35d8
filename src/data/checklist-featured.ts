import type { ChecklistItem } from '../core/checklist/types';
import { SOURCE } from './checklist-sources';

/**
 * The three sections the product is known for, each led by its featured item: lumbar support,
 * feet on the floor or a footrest, and reach zones. Checked in the order a chair is set up: seat
 * and backrest, then the feet, then what sits on the desk.
 */
export const CHAIR: readonly ChecklistItem[] = [
  {
    id: 'lumbar-support',
    section: 'chair',
    sourceId: SOURCE.osha,
    featured: true,
  },
  {
    id: 'backrest-height',
    section: 'chair',
    sourceId: SOURCE.osha,
  },
  {
    id: 'seat-depth',
    section: 'chair',
    sourceId: SOURCE.osha,
  },
  {
    id: 'seat-edge',
    section: 'chair',
    sourceId: SOURCE.osha,
  },
  {
    id: 'stable-base',
    section: 'chair',
    sourceId: SOURCE.osha,
  },
  {
    id: 'sitting-angle',
    section: 'chair',
    sourceId: SOURCE.osha,
  },
  {
    id: 'armrests',
    section: 'chair',
    sourceId: SOURCE.osha,
  },
];

export const FEET: readonly ChecklistItem[] = [
  {
    id: 'feet-supported',
    section: 'feet',
    sourceId: SOURCE.osha,
    featured: true,
  },
  {
    id: 'thighs-level',
    section: 'feet',
    sourceId: SOURCE.osha,
  },
  {
    id: 'leg-room',
    section: 'feet',
    sourceId: SOURCE.hse,
  },
  {
    id: 'feet-raised',
    section: 'feet',
    sourceId: SOURCE.notes,
  },
  {
    id: 'legs-move',
    section: 'feet',
    sourceId: SOURCE.hse,
  },
];

export const REACH: readonly ChecklistItem[] = [
  {
    id: 'reach-frequent',
    section: 'reach',
    sourceId: SOURCE.calOsha,
    featured: true,
  },
  {
    id: 'reach-occasional',
    section: 'reach',
    sourceId: SOURCE.calOsha,
  },
  {
    id: 'reach-rare',
    section: 'reach',
    sourceId: SOURCE.calOsha,
  },
  {
    id: 'reach-same-side',
    section: 'reach',
    sourceId: SOURCE.calOsha,
  },
  {
    id: 'document-holder',
    section: 'reach',
    sourceId: SOURCE.osha,
  },
];
