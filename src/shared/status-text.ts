import type { BreakKind, BusyReason, PosturePhase, Status } from '../core';
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
const PROMPTED: Record<BreakKind, MessageKey> = { stretch: 'status_prompted_stretch', micro: 'status_prompted_micro' };
const TAKING: Record<BreakKind, MessageKey> = { stretch: 'status_taking_stretch', micro: 'status_taking_micro' };
/** A due break waiting for a meeting or full screen to end: one sentence per kind and reason. */
const WAITING: Record<BreakKind, Record<BusyReason, MessageKey>> = {
  stretch: { fullscreen: 'defer_status_stretch_fullscreen', meeting: 'defer_status_stretch_meeting' },
  micro: { fullscreen: 'defer_status_micro_fullscreen', meeting: 'defer_status_micro_meeting' },
};

/**
 * The status line in words, as people asked for it: "Sitting for 23 min · stretch break in 27 min",
 * "Paused until 14:30", "Outside working hours".
 */
export function statusText(status: Status, now: number): string {
  switch (status.stage) {
    case 'sitting': {
      if (status.away) return t('status_away');
      if (status.deferred && status.next) return t(WAITING[status.next.kind][status.deferred]);
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
    case 'prompted':
      return t(PROMPTED[status.kind]);
    case 'taking':
      return t(TAKING[status.kind]);
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

/** The toolbar button's tooltip: the product name and the status line. */
export function badgeTitle(status: Status, now: number): string {
  return t('status_badge_title', statusText(status, now));
}
