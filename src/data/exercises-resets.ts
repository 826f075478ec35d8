import type { Exercise } from '../core/routine/types';
import { reps, timed } from './dose';

/**
 * Eye rests and the posture reset: short enough for a micro-break. The eye rest follows the
 * American Academy of Ophthalmology's 20-20-20 habit (20 ft / 6 m, 20 s), offered as a comfort
 * habit rather than a treatment (content brief §1). Names, steps and picture texts are in
 * src/locales/<lang>/exercises-resets.json (`ex_<id with _>_name`, `…_step_N`, `…_alt`).
 */
export const RESETS: readonly Exercise[] = [
  {
    id: 'eye-rest-20-20-20',
    areas: ['eyes'],
    position: 'seated',
    equipment: ['chair'],
    dose: timed(20),
    seconds: 20,
    stepCount: 3,
    cautions: [],
    figure: 'eye-rest-20-20-20',
    uses: ['micro'],
  },
  {
    id: 'slow-blinks',
    areas: ['eyes'],
    position: 'seated',
    equipment: ['chair'],
    dose: reps(10, 1),
    seconds: 25,
    stepCount: 3,
    cautions: [],
    figure: 'slow-blinks',
    uses: ['micro'],
  },
  {
    id: 'palming',
    areas: ['eyes'],
    position: 'seated',
    equipment: ['chair', 'desk'],
    dose: timed(30),
    seconds: 30,
    stepCount: 3,
    cautions: [],
    figure: 'palming',
    uses: ['micro'],
  },
  {
    id: 'posture-reset',
    areas: ['lower-back', 'upper-back'],
    position: 'seated',
    equipment: ['chair'],
    dose: timed(20),
    seconds: 20,
    stepCount: 4,
    cautions: [],
    figure: 'posture-reset',
    uses: ['micro'],
  },
];
