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
    statement: 'My lower back rests against the backrest, which fills the inward curve just above my belt.',
    tip: 'No lumbar support on this chair? Tuck a small cushion or a rolled-up towel into the small of your back.',
    source: SOURCE.osha,
    featured: true,
  },
  {
    id: 'backrest-height',
    section: 'chair',
    statement: 'The bulge of the backrest meets the small of my back, not my shoulder blades or my hips.',
    tip: 'Slide the backrest or its lumbar pad up or down until the firmest part sits at your waistline.',
    source: SOURCE.osha,
  },
  {
    id: 'seat-depth',
    section: 'chair',
    statement:
      'Sitting right back in the seat, I can fit a few fingers between its front edge and the backs of my knees.',
    tip: 'Slide the seat pan forward or back if it adjusts; if it is too deep, a firm cushion behind your back brings you forward.',
    source: SOURCE.osha,
  },
  {
    id: 'seat-edge',
    section: 'chair',
    statement: 'The front edge of the seat does not dig into the backs of my thighs.',
    tip: 'Lower the seat a little or support your feet higher so your thighs lift off the edge; a rounded front edge helps too.',
    source: SOURCE.osha,
  },
  {
    id: 'stable-base',
    section: 'chair',
    statement: 'My chair stands firmly on a five-point base and does not wobble or tip.',
    tip: 'Ask for a chair with five castors in place of a four-legged or shaky one, and report a broken base.',
    source: SOURCE.osha,
  },
  {
    id: 'sitting-angle',
    section: 'chair',
    statement:
      'I sit upright or leaning back a little, with my back touching the backrest rather than perched on the front.',
    tip: 'Shift your hips all the way back and let the backrest take some weight; loosen the tilt lock if it holds you bolt upright.',
    source: SOURCE.osha,
  },
  {
    id: 'armrests',
    section: 'chair',
    statement: 'Armrests, if there are any, let my shoulders hang loose and do not stop me pulling in to the desk.',
    tip: 'Drop the armrests level with your relaxed elbows, or take them off if they bump into the desk.',
    source: SOURCE.osha,
  },
];

export const FEET: readonly ChecklistItem[] = [
  {
    id: 'feet-supported',
    section: 'feet',
    statement: 'My feet are flat on the floor, or on a steady footrest when the seat is raised to suit the desk.',
    tip: 'If your feet dangle or only your toes touch down, add a footrest; a sturdy box or a ream of paper will do meanwhile.',
    source: SOURCE.osha,
    featured: true,
  },
  {
    id: 'thighs-level',
    section: 'feet',
    statement: 'My thighs are about level with the floor and my knees roughly as high as my hips.',
    tip: 'Set the seat height to get there first; if the desk then feels high, raise the seat to it and support your feet instead.',
    source: SOURCE.osha,
  },
  {
    id: 'leg-room',
    section: 'feet',
    statement: 'There is space under the desk for my knees and feet, with no boxes or bins in the way.',
    tip: 'Clear the floor under the desk so you can sit close to the keyboard and move your legs freely.',
    source: SOURCE.hse,
  },
  {
    id: 'feet-raised',
    section: 'feet',
    statement: 'During long spells of sitting, I now and then prop my feet on a low stool to ease my lower back.',
    tip: 'Keep a low footstool or a few thick books under the desk to rest your feet on from time to time.',
    source: SOURCE.notes,
  },
  {
    id: 'legs-move',
    section: 'feet',
    statement: 'I shift the position of my legs often instead of holding one pose for hours.',
    tip: 'Stretch your legs out, draw them back, stand for a moment: small changes through the hour all count.',
    source: SOURCE.hse,
  },
];

export const REACH: readonly ChecklistItem[] = [
  {
    id: 'reach-frequent',
    section: 'reach',
    statement:
      'What I use all the time (keyboard, mouse, phone, notepad) is within the sweep of my forearms with my elbows by my sides.',
    tip: 'Gather these into the near zone, close enough to reach by swinging only your forearms.',
    source: SOURCE.calOsha,
    featured: true,
  },
  {
    id: 'reach-occasional',
    section: 'reach',
    statement: 'What I use now and then is no further than one arm’s length, so I reach it without leaning.',
    tip: 'Bring the stapler, files in use and your drink onto the near half of the desk.',
    source: SOURCE.calOsha,
  },
  {
    id: 'reach-rare',
    section: 'reach',
    statement: 'What I rarely need sits further away, where I stand up to fetch it rather than twisting in my seat.',
    tip: 'Put the printer, archive files and reference books out of reach from the chair: getting up for them is a small break.',
    source: SOURCE.calOsha,
  },
  {
    id: 'reach-same-side',
    section: 'reach',
    statement: 'I never reach across my body; each thing sits on the side of the hand that picks it up.',
    tip: 'Move the phone, mouse or notepad to the side of the hand that uses it.',
    source: SOURCE.calOsha,
  },
  {
    id: 'document-holder',
    section: 'reach',
    statement: 'Papers I type from stand close to the screen, at about its height and distance.',
    tip: 'Use a document holder beside the screen or between the keyboard and screen, instead of laying papers flat on the desk.',
    source: SOURCE.osha,
  },
];
