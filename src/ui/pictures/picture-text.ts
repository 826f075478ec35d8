import type { PostureTopic } from './posture-geometry';
import { THINGS, type ZoneKey } from './reach-geometry';

/*
 * The words a screen reader gets for each picture: a title, and a description that says in full
 * what the picture shows, so nobody needs to see it to follow the checklist.
 */
export const REACH_TITLE = 'Reach zones on a desk, seen from above';
export const POSTURE_TITLE = 'Seated posture at a desk, seen from the side';

const ZONE_NAMES: Record<ZoneKey, string> = { frequent: 'Often', occasional: 'Now and then', rare: 'Rarely' };

function thingsIn(zone: ZoneKey): string {
  const names = THINGS.filter((t) => t.zone === zone).map((t) => t.name);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
}

export function reachDescription(highlight?: ZoneKey): string {
  const sentences = [
    'A person sits at the near edge of a desk, seen from above, with three zones drawn as rings around them.',
    `Often, hatched with a solid edge: within the sweep of the forearms while the elbows stay at your sides; the ${thingsIn('frequent')} are here.`,
    `Now and then, dotted with a dashed edge: within a straight arm’s length, without leaning; the ${thingsIn('occasional')} are here.`,
    `Rarely, marked with short dashes: out of reach, so that fetching the ${thingsIn('rare')} means standing up rather than twisting in the chair.`,
  ];
  if (highlight) sentences.push(`The “${ZONE_NAMES[highlight]}” zone is emphasised.`);
  return sentences.join(' ');
}

const TOPIC_WORDS: Record<PostureTopic, string> = {
  screen: 'screen and the lines of sight',
  elbows: 'arms',
  thighs: 'thighs and knees',
  feet: 'lower legs and feet',
  lumbar: 'lower-back support',
};

export function postureDescription(highlight?: PostureTopic): string {
  const sentences = [
    'A person sits upright on an office chair at a desk, facing a screen on the right.',
    'A dashed line runs level from the eyes and passes just above the top of the screen, so the top sits at or slightly below eye level; a second dashed line drops 15 to 20 degrees to the middle of the screen.',
    'The screen is about an arm’s length away: 50 to 100 centimetres.',
    'The upper arms hang close to the body, the elbows open to between 90 and 120 degrees, the forearms are roughly level and the wrists stay straight over the keyboard.',
    'The thighs are level, with the knees at about hip height, and there is a gap between the front edge of the seat and the back of the knees.',
    'Both feet rest flat on the floor; a footrest does the same job when the seat has to be raised.',
    'A cushion fills the hollow of the lower back, between the backrest and the small of the back.',
  ];
  if (highlight) sentences.push(`Emphasis is on the ${TOPIC_WORDS[highlight]}.`);
  return sentences.join(' ');
}
