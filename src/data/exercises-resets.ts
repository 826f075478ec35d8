import type { Exercise } from '../core/routine/types';
import { reps, timed } from './dose';

/**
 * Eye rests and the posture reset: short enough for a micro-break. The eye rest follows the
 * American Academy of Ophthalmology's 20-20-20 habit (20 ft / 6 m, 20 s), offered as a comfort
 * habit rather than a treatment (content brief §1).
 */
export const RESETS: readonly Exercise[] = [
  {
    id: 'eye-rest-20-20-20',
    name: 'Far-away gaze (20-20-20)',
    areas: ['eyes'],
    position: 'seated',
    equipment: ['chair'],
    dose: timed(20),
    seconds: 20,
    steps: [
      'Look away from the screen to something at least 6 metres (20 feet) off, out of a window or across the room.',
      'Keep your eyes resting on it for at least twenty seconds.',
      'Blink a few times before you turn back.',
    ],
    cautions: [],
    figure: 'eye-rest-20-20-20',
    figureAlt:
      'Side view of a person at a desk looking past the screen and out of a window at a far-off tree, a dotted line tracing the gaze.',
    uses: ['micro'],
  },
  {
    id: 'slow-blinks',
    name: 'Slow blinks',
    areas: ['eyes'],
    position: 'seated',
    equipment: ['chair'],
    dose: reps(10, 1),
    seconds: 25,
    steps: [
      'Sit back and turn your eyes away from the screen.',
      'Close your eyes fully and slowly, rest them shut for a second, then open them.',
      'Ten slow blinks, letting your forehead and jaw soften.',
    ],
    cautions: [],
    figure: 'slow-blinks',
    figureAlt: 'A close-up of a relaxed face with both eyes gently closed.',
    uses: ['micro'],
  },
  {
    id: 'palming',
    name: 'Palming',
    areas: ['eyes'],
    position: 'seated',
    equipment: ['chair', 'desk'],
    dose: timed(30),
    seconds: 30,
    steps: [
      'Rest your elbows on the desk and rub your palms together until they feel warm.',
      'Close your eyes and cup one palm over each, without pressing on the lids.',
      'Breathe slowly and enjoy the darkness for about thirty seconds.',
    ],
    cautions: [],
    figure: 'palming',
    figureAlt: 'A person seen from the front with elbows on the desk and cupped hands covering both eyes.',
    uses: ['micro'],
  },
  {
    id: 'posture-reset',
    name: 'Posture reset',
    areas: ['lower-back', 'upper-back'],
    position: 'seated',
    equipment: ['chair'],
    dose: timed(20),
    seconds: 20,
    steps: [
      'Slide your hips to the back of the seat so the backrest meets the small of your back.',
      'Set both feet flat on the floor.',
      'Let your shoulders drop away from your ears and stack your ears above your shoulders.',
      'Take three slow breaths sitting like this.',
    ],
    cautions: [],
    figure: 'posture-reset',
    figureAlt: 'Side view of a person sitting upright against the backrest, feet flat and shoulders relaxed.',
    uses: ['micro'],
  },
];
