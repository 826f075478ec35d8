import type { MessageKey } from '../../locales/keys';
import { t } from '../../platform/i18n';
import { formatList } from '../../shared/format';
import { type Box, fitLabel, type Label, type LabelSpec, labelBox, type Vec } from './geometry';
import { NOTES, type PostureTopic } from './posture-geometry';
import { THINGS, type ZoneKey } from './reach-geometry';

/*
 * The words of the pictures, in the reader's language: the labels drawn in them, and for screen
 * readers a title and a description that says in full what each picture shows, so nobody needs
 * to see it to follow the checklist.
 */

/** A label with its words. */
export const labelOf = (spec: LabelSpec): Label => fitLabel(spec, t(spec.text));

export const reachTitle = () => t('ck_pic_reach_title');
export const postureTitle = () => t('ck_pic_posture_title');

const thingsIn = (zone: ZoneKey) =>
  formatList(THINGS.filter((thing) => thing.zone === zone).map((thing) => t(thing.name)));

const ZONE_EMPHASIS: Record<ZoneKey, MessageKey> = {
  frequent: 'ck_pic_reach_emphasis_frequent',
  occasional: 'ck_pic_reach_emphasis_occasional',
  rare: 'ck_pic_reach_emphasis_rare',
};

export function reachDescription(highlight?: ZoneKey): string {
  const base = t('ck_pic_reach_desc', thingsIn('frequent'), thingsIn('occasional'), thingsIn('rare'));
  return highlight ? `${base} ${t(ZONE_EMPHASIS[highlight])}` : base;
}

const TOPIC_EMPHASIS: Record<PostureTopic, MessageKey> = {
  screen: 'ck_pic_posture_emphasis_screen',
  elbows: 'ck_pic_posture_emphasis_elbows',
  thighs: 'ck_pic_posture_emphasis_thighs',
  feet: 'ck_pic_posture_emphasis_feet',
  lumbar: 'ck_pic_posture_emphasis_lumbar',
};

export function postureDescription(highlight?: PostureTopic): string {
  const base = t('ck_pic_posture_desc');
  return highlight ? `${base} ${t(TOPIC_EMPHASIS[highlight])}` : base;
}

/** One of the posture picture's notes, with its words and its leader placed. */
export interface PlacedNote {
  topic: PostureTopic;
  label: Label;
  box: Box;
  leader?: readonly Vec[];
}

/** The posture picture's notes in the reader's language. */
export function postureNotes(): PlacedNote[] {
  return NOTES.map(({ topic, label: spec, leader, leaderAfterText }) => {
    const label = labelOf(spec);
    const box = labelBox(label);
    if (!leader) return { topic, label, box };
    const [first, ...rest] = leader as [Vec, ...Vec[]];
    const start: Vec = leaderAfterText ? [Math.max(first[0], Math.ceil(box.x + box.width + 2)), first[1]] : first;
    return { topic, label, box, leader: [start, ...rest] };
  });
}
