/**
 * The safety wording in one place (content brief §4): the first-run notice, the break page and
 * the clinician page all say the same thing.
 */
export const DISCLAIMER_SHORT =
  'Sitwell offers general tips for staying comfortable at work. It is not medical advice and is no substitute for a clinician who knows your health.';

export const DISCLAIMER_ASK_FIRST =
  'If something hurts or worries you, or you are recovering from back or hip surgery, pregnant, living with osteoporosis or nursing a recent injury, check with a doctor or physiotherapist before trying the exercises.';
