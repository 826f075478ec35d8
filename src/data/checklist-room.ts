import type { ChecklistItem } from '../core/checklist/types';
import { SOURCE } from './checklist-sources';

/** Around the desk and through the day: light, space and habits. */
export const LIGHT: readonly ChecklistItem[] = [
  {
    id: 'no-glare',
    section: 'light',
    statement: 'I see no glare or reflected lights and windows on my screen.',
    tip: 'Tilt or turn the screen, shade the window, or switch off the ceiling light that shows up in it.',
    source: SOURCE.hse,
  },
  {
    id: 'adjustable-blinds',
    section: 'light',
    statement: 'Nearby windows have blinds or curtains I can adjust as the daylight changes.',
    tip: 'Ask for blinds where there are none; until then, move the desk away from direct sun.',
    source: SOURCE.hse,
  },
  {
    id: 'task-light',
    section: 'light',
    statement: 'My desk lamp lights my papers and shines neither into my eyes nor onto the screen.',
    tip: 'Angle the lamp down and off to one side, on the side away from your writing hand.',
    source: SOURCE.calOsha,
  },
  {
    id: 'room-to-move',
    section: 'light',
    statement: 'There is room around my desk to change position, stand up and stretch.',
    tip: 'Move bags, boxes and spare chairs out of the space around your seat.',
    source: SOURCE.hse,
  },
];

export const HABITS: readonly ChecklistItem[] = [
  {
    id: 'breaks-or-changes',
    section: 'habits',
    statement: 'Short breaks or a change of task interrupt my screen work every hour or so.',
    tip: 'Let Sitwell remind you, and save tasks away from the screen (calls, filing, reading on paper) to switch to.',
    source: SOURCE.hse,
  },
  {
    id: 'sit-and-stand',
    section: 'habits',
    statement: 'I can switch between sitting and standing during the day.',
    tip: 'Stand up for phone calls or reading; a sit–stand desk or a high shelf makes standing spells easy.',
    source: SOURCE.hse,
  },
  {
    id: 'eyes-rest',
    section: 'habits',
    statement: 'About every 20 minutes I look at something at least 6 m (20 ft) away for 20 seconds.',
    tip: 'Pick a far point through a window or down a corridor and let the eye-rest prompt send you there.',
    source: SOURCE.aoa,
  },
  {
    id: 'discomfort-acted-on',
    section: 'habits',
    statement: 'When something aches or feels awkward at my desk, I notice it and act on it.',
    tip: 'Change the part of the set-up behind it, tell whoever looks after workstations, and see a clinician if it lasts.',
    source: SOURCE.hse,
  },
];
