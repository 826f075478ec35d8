import { useRef } from 'preact/hooks';
import { t, tp } from '../platform/i18n';

/** Screen readers hear the time left this often, not every second. */
const ANNOUNCE_EVERY_S = 30;

const pad = (n: number) => String(n).padStart(2, '0');
export const clock = (s: number) => `${pad(Math.floor(s / 60))}:${pad(s % 60)}`;

/** A length of time in words, for screen readers: "2 minutes 30 seconds". */
export function spoken(s: number): string {
  const [m, rest] = [Math.floor(s / 60), s % 60];
  if (m === 0) return tp('break_seconds', rest);
  if (rest === 0) return tp('break_minutes', m);
  return t('break_minutes_seconds', tp('break_minutes', m), tp('break_seconds', rest));
}

interface Props {
  secondsLeft: number;
  /** A visible label; with one, the time is shown in a smaller line rather than as the page's centrepiece. */
  label?: string;
}

/**
 * The break's time left as mm:ss. A separate polite live region speaks when a 30-second mark is
 * crossed and at the end; it stays silent about the time it opened with, which the page shows.
 */
export function Countdown({ secondsLeft, label }: Props) {
  const left = Math.max(0, secondsLeft);
  const mark = Math.ceil(left / ANNOUNCE_EVERY_S);
  const firstMark = useRef(mark).current;
  const said =
    mark === firstMark ? '' : left === 0 ? t('break_up_said') : t('break_left_said', spoken(mark * ANNOUNCE_EVERY_S));
  return (
    <div class={label ? 'countdown countdown-small' : 'countdown'}>
      {label && (
        <span id="countdown-label" class="countdown-label">
          {label}
        </span>
      )}
      <p
        class="countdown-time"
        data-testid="countdown"
        role="timer"
        aria-labelledby={label ? 'countdown-label' : undefined}
      >
        {clock(left)}
      </p>
      <p class="visually-hidden" aria-live="polite">
        {said}
      </p>
    </div>
  );
}
