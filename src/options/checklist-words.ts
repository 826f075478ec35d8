import type { Answer } from '../core';

/** The three answers, as the radios read. */
export const ANSWER_LABELS: Record<Answer, string> = {
  yes: 'Yes',
  no: 'Not yet',
  na: 'Doesn’t apply',
};

/** Why each of the three key sections matters, in a sentence or two above its items. */
export const KEY_INTROS: Readonly<Record<string, string>> = {
  chair:
    'Lumbar support: the hollow just above your belt needs something to lean on. When the chair gives it nothing, a small cushion or a rolled towel will do.',
  feet: 'Feet and footrest: with your feet hanging, the seat edge presses into your thighs and you slide forward. Rest them flat on the floor, or raise the floor with a footrest.',
  reach:
    'Reach zones: keep what you handle all day inside the sweep of your forearms, what you need now and then within arm’s length, and the rest where you stand up to get it.',
};

/** A line beside the pictures of the other sections that have one. */
export const PICTURE_NOTES: Readonly<Record<string, string>> = {
  screen:
    'The picture shows where the screen sits against your line of sight: its top line level with your eyes or just under, its middle a little lower, and your outstretched arm reaching about to it.',
  'keyboard-mouse':
    'Your elbows decide the height of the keyboard and mouse: bent to 90–120°, close to your sides, forearms about level and wrists straight.',
};

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
