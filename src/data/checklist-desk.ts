import type { ChecklistItem } from '../core/checklist/types';
import { SOURCE } from './checklist-sources';

/** What sits on the desk and how the upper body meets it: screen, keyboard and mouse, head and shoulders. */
export const SCREEN: readonly ChecklistItem[] = [
  {
    id: 'screen-in-front',
    section: 'screen',
    statement: 'The screen is straight ahead of me, so I look at it without turning my head or body.',
    tip: 'Centre the screen behind the keyboard; with two screens used equally, put the join between them in front of you.',
    source: SOURCE.iso,
  },
  {
    id: 'screen-distance',
    section: 'screen',
    statement: 'The screen is about an arm’s length away (50–100 cm, 20–40 in).',
    tip: 'Sit back and hold an arm out: your fingertips should land near the screen. If text looks small, enlarge it instead of leaning in.',
    source: SOURCE.osha,
  },
  {
    id: 'screen-height',
    section: 'screen',
    statement: 'The top line of text on the screen is at or slightly below my eye level.',
    tip: 'Raise the monitor on its stand or on a few books, or lower it; on a laptop, use a stand with a separate keyboard and mouse.',
    source: SOURCE.osha,
  },
  {
    id: 'screen-centre-angle',
    section: 'screen',
    statement: 'The middle of the screen sits about 15–20° below my straight-ahead gaze.',
    tip: 'Lower the screen a touch and tilt it back slightly so your eyes drop to it while your chin stays level.',
    source: SOURCE.aoa,
  },
  {
    id: 'screen-bifocals',
    section: 'screen',
    statement: 'If I wear bifocals or varifocals, the screen is low enough to read without tipping my head back.',
    tip: 'Drop the screen further, even down to the desk, and ask your optician whether glasses for screen distance would suit you.',
    source: SOURCE.osha,
  },
  {
    id: 'screen-windows',
    section: 'screen',
    statement: 'The screen stands side-on to windows, neither facing them nor with them behind it.',
    tip: 'Turn the desk or the screen so windows are to your left or right; draw the blinds when low sun still gets in.',
    source: SOURCE.osha,
  },
];

export const KEYBOARD_MOUSE: readonly ChecklistItem[] = [
  {
    id: 'keyboard-in-front',
    section: 'keyboard-mouse',
    statement: 'The keyboard is straight in front of me, lined up with the screen.',
    tip: 'Slide the keyboard so the letter B sits roughly in line with your belly button.',
    source: SOURCE.osha,
  },
  {
    id: 'mouse-beside',
    section: 'keyboard-mouse',
    statement: 'The mouse is right beside the keyboard, at the same height, so my arm stays near my side.',
    tip: 'Keep the mouse next to the keyboard’s edge; a keyboard without a number pad lets it come closer.',
    source: SOURCE.osha,
  },
  {
    id: 'elbow-angle',
    section: 'keyboard-mouse',
    statement: 'While I type, my elbows stay close to my body and open at 90–120°.',
    tip: 'Raise the seat (and support your feet) or lower the keyboard until your elbows open just past a right angle.',
    source: SOURCE.osha,
  },
  {
    id: 'forearms-level',
    section: 'keyboard-mouse',
    statement: 'My forearms are roughly level with the floor when my hands are on the keys.',
    tip: 'Bring the keyboard to elbow height: a keyboard tray, a lower desk or a higher seat will get it there.',
    source: SOURCE.hse,
  },
  {
    id: 'wrists-straight',
    section: 'keyboard-mouse',
    statement: 'My wrists stay straight, not bent up, down or out to the side, when I type or move the mouse.',
    tip: 'Fold the keyboard’s back feet away if your wrists bend upwards, and steer the mouse from your elbow, not your wrist.',
    source: SOURCE.osha,
  },
  {
    id: 'wrists-off-edges',
    section: 'keyboard-mouse',
    statement: 'My wrists and forearms never press against a hard desk edge.',
    tip: 'Leave room on the desk in front of the keyboard, or rest on a soft pad only during pauses, not while typing.',
    source: SOURCE.hse,
  },
];

export const HEAD_NECK: readonly ChecklistItem[] = [
  {
    id: 'ears-over-shoulders',
    section: 'head-neck',
    statement: 'My ears sit above my shoulders, with my head level or tipped only a little forward.',
    tip: 'Draw your chin back gently; if the screen pulls you forward, bring it nearer or make the text larger.',
    source: SOURCE.osha,
  },
  {
    id: 'shoulders-relaxed',
    section: 'head-neck',
    statement: 'My shoulders hang relaxed, not hunched up towards my ears.',
    tip: 'Shrug up, then let go; if they creep back up, the keyboard or armrests are probably set too high.',
    source: SOURCE.osha,
  },
  {
    id: 'no-craning',
    section: 'head-neck',
    statement: 'I read the screen without craning my neck forward or jutting my chin.',
    tip: 'Check the screen distance and your glasses; zoom the page rather than moving your face towards it.',
    source: SOURCE.osha,
  },
  {
    id: 'phone-headset',
    section: 'head-neck',
    statement:
      'For long calls I wear a headset or use the speaker, and never clamp the phone between ear and shoulder.',
    tip: 'Keep a headset at the desk and put it on before any call likely to run longer than a few minutes.',
    source: SOURCE.osha,
  },
];
