import type { BreakKind, PosturePhase, Status } from '../core';

const KIND_NAME: Record<BreakKind, string> = { stretch: 'stretch break', micro: 'eye rest' };

export function breakName(kind: BreakKind): string {
  return KIND_NAME[kind];
}

/** "14:30" (or "2:30 PM") in the reader's own locale. */
export function formatClock(at: number): string {
  return new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(at);
}

/** "Mon 09:00" when the instant is not today, "09:00" when it is. */
export function formatWhen(at: number, now: number): string {
  const sameDay = new Date(at).toDateString() === new Date(now).toDateString();
  if (sameDay) return formatClock(at);
  return new Intl.DateTimeFormat(undefined, { weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(at);
}

const minutes = (n: number) => `${n} min`;

const PHASE_NOW: Record<PosturePhase, string> = { sit: 'Sitting', stand: 'Standing', move: 'Moving' };
const PHASE_NEXT: Record<PosturePhase, string> = { sit: 'sit down', stand: 'stand up', move: 'move about' };

/**
 * The status line in words, as people asked for it: "Sitting for 23 min · stretch break in 27 min",
 * "Paused until 14:30", "Outside working hours".
 */
export function statusText(status: Status, now: number): string {
  switch (status.stage) {
    case 'sitting': {
      if (status.away) return 'Away from the screen — the timer restarts when you are back';
      const posture = status.posture;
      const now = posture
        ? `${PHASE_NOW[posture.phase]} for ${minutes(posture.minutes)}`
        : `Sitting for ${minutes(status.sittingMinutes)}`;
      // With sit–stand–move on, whichever comes first: the next phase or the next break.
      if (posture && (!status.next || posture.next.at < status.next.at)) {
        return `${now} · ${PHASE_NEXT[posture.next.phase]} in ${minutes(posture.next.minutes)}`;
      }
      if (!status.next) return `${now} · all breaks are turned off`;
      const when = status.next.minutes <= 0 ? 'due now' : `in ${minutes(status.next.minutes)}`;
      return `${now} · ${breakName(status.next.kind)} ${when}`;
    }
    case 'prompted':
      return `Time for a ${breakName(status.kind)}`;
    case 'taking':
      return `On a ${breakName(status.kind)}`;
    case 'paused':
      return status.until === null ? 'Paused until you resume' : `Paused until ${formatWhen(status.until, now)}`;
    case 'off-hours':
      return status.resumesAt === null
        ? 'Outside working hours'
        : `Outside working hours · back at ${formatWhen(status.resumesAt, now)}`;
  }
}
