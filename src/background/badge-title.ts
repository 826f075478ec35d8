import type { Status } from '../core';
import { t } from '../platform/i18n';
import { formatWhen } from '../shared/format';
import { sittingStill, stageText } from '../shared/status-text';

/**
 * The toolbar button's tooltip: "Sitwell — Stretch break at 14:05". The worker sets it only when
 * it wakes, a few times an hour, so it names clock times, never durations ("in 27 min" would be
 * stale a minute later): each sentence stays true until the next wake, which comes at the latest
 * when the break or change it names is due. The popup keeps the full status line (statusText).
 */
export function badgeTitle(status: Status, now: number): string {
  return t('status_badge_title', status.stage === 'sitting' ? sittingTitle(status, now) : stageText(status, now));
}

function sittingTitle(status: Extract<Status, { stage: 'sitting' }>, now: number): string {
  const still = sittingStill(status);
  if (still !== null) return still;
  const { next, posture } = status;
  // With sit–stand–move on, whichever comes first: the next change (named by the phase it
  // starts) or the next break. Names built from ids are still checked: tsc knows every one.
  if (posture && (!next || posture.next.at < next.at)) {
    return t(`status_tip_${posture.next.phase}_at`, formatWhen(posture.next.at, now));
  }
  return next ? t(`status_tip_${next.kind}_at`, formatWhen(next.at, now)) : t('status_tip_breaks_off');
}
