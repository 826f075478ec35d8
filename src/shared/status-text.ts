import type { BreakKind, PosturePhase, Status } from '../core';
import type { MessageKey } from '../locales/keys';
import { t, tp } from '../platform/i18n';
import { formatWhen } from './format';

const KIND_NAME: Record<BreakKind, MessageKey> = { stretch: 'status_kind_stretch', micro: 'status_kind_micro' };

/** "stretch break", "eye rest": a break kind's name in the reader's language, as used mid-sentence. */
export function breakName(kind: BreakKind): string {
  return t(KIND_NAME[kind]);
}

/** "23 min": a duration in the status line. */
const minutes = (n: number) => tp('status_minutes', n);

/** One message per shape of the status line, so each language orders the parts its own way. */
const BREAK_IN: Record<PosturePhase, MessageKey> = {
  sit: 'status_sitting_break_in',
  stand: 'status_standing_break_in',
  move: 'status_moving_break_in',
};
const BREAK_DUE: Record<PosturePhase, MessageKey> = {
  sit: 'status_sitting_break_due',
  stand: 'status_standing_break_due',
  move: 'status_moving_break_due',
};
/**
 * The phase now and the change to come. The cycle is fixed (sit, then stand, then move: core's
 * posture.ts), so the current phase names the whole sentence.
 */
const PHASE_THEN: Record<PosturePhase, MessageKey> = {
  sit: 'status_sitting_then_stand',
  stand: 'status_standing_then_move',
  move: 'status_moving_then_sit',
};

/**
 * The status line in words, as people asked for it: "Sitting for 23 min · stretch break in 27 min",
 * "Paused until 14:30", "Outside working hours".
 */
export function statusText(status: Status, now: number): string {
  if (status.stage !== 'sitting') return stageText(status, now);
  const still = sittingStill(status);
  if (still !== null) return still;
  const posture = status.posture;
  const phase = posture?.phase ?? 'sit';
  const since = minutes(posture ? posture.minutes : status.sittingMinutes);
  // With sit–stand–move on, whichever comes first: the next phase or the next break.
  if (posture && (!status.next || posture.next.at < status.next.at)) {
    return t(PHASE_THEN[posture.phase], since, minutes(posture.next.minutes));
  }
  if (!status.next) return t('status_sitting_breaks_off', since);
  const name = breakName(status.next.kind);
  if (status.next.minutes <= 0) return t(BREAK_DUE[phase], since, name);
  return t(BREAK_IN[phase], since, name, minutes(status.next.minutes));
}

type Sitting = Extract<Status, { stage: 'sitting' }>;

/**
 * Sitting, when nothing is counting down: away from the screen, or the due break waiting for a
 * meeting or full screen to end. Null otherwise. These words stay true until the state changes,
 * so the worker's tooltip uses them too (src/background/badge-title.ts).
 */
export function sittingStill(status: Sitting): string | null {
  if (status.away) return t('status_away');
  // A due break waiting for a meeting or full screen to end: one sentence per kind and reason.
  // Names built from ids are still checked: tsc knows every name these can make.
  if (status.deferred && status.next) return t(`defer_status_${status.next.kind}_${status.deferred}`);
  return null;
}

/**
 * Every stage but sitting: a break offered or under way, a pause, outside working hours. Times are
 * clock times, so the words stay true until the stage changes (the worker's tooltip uses them too).
 */
export function stageText(status: Exclude<Status, Sitting>, now: number): string {
  switch (status.stage) {
    case 'prompted':
      return t(`status_prompted_${status.kind}`);
    case 'taking':
      return t(`status_taking_${status.kind}`);
    case 'paused':
      return status.until === null
        ? t('status_paused_until_resumed')
        : t('status_paused_until', formatWhen(status.until, now));
    case 'off-hours':
      return status.resumesAt === null
        ? t('status_off_hours')
        : t('status_off_hours_until', formatWhen(status.resumesAt, now));
  }
}
