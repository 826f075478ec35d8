/**
 * The warning signs and background facts from the content brief §4, in Sitwell's own words.
 * Sources: NHS "Back pain" (urgent and emergency signs) and NICE Clinical Knowledge Summaries,
 * "Back pain – low (without radiculopathy)" (red flags, course of the condition).
 */

/** Back pain together with any of these needs emergency care at once (NHS). */
export const EMERGENCY_SIGNS: readonly string[] = [
  'Numbness or loss of feeling around your genitals or buttocks (the area a bicycle saddle would touch).',
  'Trouble passing urine that is new for you, or losing control of your bladder or bowels.',
  'Weakness, numbness or pins and needles in both legs at once.',
  'Pain that began after a serious fall, a road accident or another hard knock.',
  'Pain in your chest.',
];

/** Back pain together with any of these is worth a doctor's appointment soon (NHS; NICE CKS). */
export const SOON_SIGNS: readonly string[] = [
  'A temperature of 38 °C (100.4 °F) or more, or you feel generally unwell.',
  'You are losing weight without meaning to.',
  'You have had cancer at any time in the past.',
  'The pain is worse at night, or lying down and resting does not ease it.',
  'This is your first bout of back pain and you are younger than 20, or older than about 50 to 55.',
  'Your toes catch or a foot drags as you walk, or one leg keeps getting weaker.',
  'A spot on your spine feels tender when it is tapped lightly.',
  'The pain is severe, keeps getting worse, or has not eased after about six weeks.',
];

/** Background that helps people judge ordinary back pain calmly. */
export const CONTEXT_FACTS: readonly string[] = [
  'Most low back pain is "mechanical": it comes from the muscles, joints and ligaments of the back rather than from an illness, and it usually gets better on its own.',
  'Back pain that goes on for 12 weeks or longer is called chronic. Roughly one person in five with a fresh bout of low back pain still has some symptoms a year later.',
  'First episodes turn up most often between the ages of 30 and 50.',
  'For everyday back pain, X-rays and scans often show changes that have nothing to do with the pain, so they can mislead more than they help.',
];

export interface Source {
  name: string;
  url: string;
}

export const SOURCES: readonly Source[] = [
  { name: 'NHS: Back pain', url: 'https://www.nhs.uk/conditions/back-pain/' },
  {
    name: 'NICE Clinical Knowledge Summaries: Back pain – low (without radiculopathy)',
    url: 'https://cks.nice.org.uk/topics/back-pain-low-without-radiculopathy/',
  },
];
