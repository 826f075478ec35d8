import type { MessageKey } from '../locales/keys';

/**
 * The warning signs and background facts from the content brief §4, in Sitwell's own words.
 * Sources: NHS "Back pain" (urgent and emergency signs) and NICE Clinical Knowledge Summaries,
 * "Back pain – low (without radiculopathy)" (red flags, course of the condition).
 * The words live in src/locales/<lang>/help.json; these lists name the messages in page order.
 */

/** Back pain together with any of these needs emergency care at once (NHS). */
export const EMERGENCY_SIGNS: readonly MessageKey[] = [
  'help_emergency_1', // numbness in the "saddle" area
  'help_emergency_2', // new trouble passing urine, loss of bladder or bowel control
  'help_emergency_3', // weakness, numbness or pins and needles in both legs
  'help_emergency_4', // pain after a serious fall or accident
  'help_emergency_5', // chest pain
];

/** Back pain together with any of these is worth a doctor's appointment soon (NHS; NICE CKS). */
export const SOON_SIGNS: readonly MessageKey[] = [
  'help_soon_1', // fever, or feeling generally unwell
  'help_soon_2', // unintended weight loss
  'help_soon_3', // cancer in the past
  'help_soon_4', // worse at night, not eased by rest
  'help_soon_5', // first bout under 20 or over about 50–55
  'help_soon_6', // toes catching, foot drop, a leg getting weaker
  'help_soon_7', // tenderness on the spine
  'help_soon_8', // severe, worsening, or no better after about six weeks
];

/** Background that helps people judge ordinary back pain calmly. */
export const CONTEXT_FACTS: readonly MessageKey[] = ['help_fact_1', 'help_fact_2', 'help_fact_3', 'help_fact_4'];

export interface Source {
  /** The link text's message. */
  name: MessageKey;
  url: string;
}

export const SOURCES: readonly Source[] = [
  { name: 'help_source_nhs', url: 'https://www.nhs.uk/conditions/back-pain/' },
  { name: 'help_source_nice', url: 'https://cks.nice.org.uk/topics/back-pain-low-without-radiculopathy/' },
];
