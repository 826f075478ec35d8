import { ReachZones, type ReachZonesProps } from '../ui/pictures/reach-zones';
import { SeatedPosture, type SeatedPostureProps } from '../ui/pictures/seated-posture';

type PostureTopic = NonNullable<SeatedPostureProps['highlight']>;
type Zone = NonNullable<ReachZonesProps['highlight']>;

/** The body part a section's picture stresses until one of its items has focus. */
const SECTION_TOPIC: Readonly<Record<string, PostureTopic>> = {
  chair: 'lumbar',
  feet: 'feet',
  screen: 'screen',
  'keyboard-mouse': 'elbows',
};

/** Items about another part than their section's own. */
const ITEM_TOPIC: Readonly<Record<string, PostureTopic>> = {
  'seat-depth': 'thighs',
  'seat-edge': 'thighs',
  armrests: 'elbows',
  'thighs-level': 'thighs',
};

const ITEM_ZONE: Readonly<Record<string, Zone>> = {
  'reach-frequent': 'frequent',
  'reach-occasional': 'occasional',
  'reach-rare': 'rare',
};

export const hasPicture = (sectionId: string) => sectionId === 'reach' || sectionId in SECTION_TOPIC;

interface Props {
  sectionId: string;
  /** The item being answered, if any: its part of the picture is stressed. */
  focusedItem: string | null;
}

/** A section's picture, for the sections where a look says more than the words. */
export function SectionPicture({ sectionId, focusedItem }: Props) {
  if (sectionId === 'reach') {
    return <ReachZones highlight={(focusedItem && ITEM_ZONE[focusedItem]) || 'frequent'} />;
  }
  const topic = (focusedItem && ITEM_TOPIC[focusedItem]) || SECTION_TOPIC[sectionId];
  return topic ? <SeatedPosture highlight={topic} /> : null;
}
