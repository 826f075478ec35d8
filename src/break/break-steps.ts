import type { BreakKind } from '../core';

/**
 * Placeholder routines until the stretch library arrives: a few steps anyone can do at a desk,
 * following the timing brief (HSE: get up and move; AAO: look 20 ft / 6 m away for 20 s).
 */
export const BREAK_STEPS: Record<BreakKind, readonly string[]> = {
  stretch: [
    'Stand up and take a step back from your desk.',
    'Reach both arms up overhead, grow tall, and breathe out slowly.',
    'Roll your shoulders backwards five times, then forwards five times.',
    'Walk around for the rest of the break; a glass of water is a good excuse.',
  ],
  micro: [
    'Find something at least 6 metres (20 feet) away and rest your gaze on it for about 20 seconds.',
    'Blink slowly a few times.',
    'Let your shoulders sink down, away from your ears.',
  ],
};

export const CAUTION = 'Keep every movement gentle, and stop if anything hurts.';
