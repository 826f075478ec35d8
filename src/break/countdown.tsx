import { useRef } from 'preact/hooks';

/** Screen readers hear the time left this often, not every second. */
const ANNOUNCE_EVERY_S = 30;

const pad = (n: number) => String(n).padStart(2, '0');
export const clock = (s: number) => `${pad(Math.floor(s / 60))}:${pad(s % 60)}`;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
function spoken(s: number): string {
  const [m, rest] = [Math.floor(s / 60), s % 60];
  if (m === 0) return plural(rest, 'second');
  return rest === 0 ? plural(m, 'minute') : `${plural(m, 'minute')} ${plural(rest, 'second')}`;
}

/**
 * The time left as mm:ss. A separate polite live region speaks when a 30-second mark is crossed
 * and at the end; it stays silent about the time it opened with, which the page already shows.
 */
export function Countdown({ secondsLeft }: { secondsLeft: number }) {
  const left = Math.max(0, secondsLeft);
  const mark = Math.ceil(left / ANNOUNCE_EVERY_S);
  const firstMark = useRef(mark).current;
  const said =
    mark === firstMark ? '' : left === 0 ? 'Time is up. Well done.' : `${spoken(mark * ANNOUNCE_EVERY_S)} left`;
  return (
    <div class="countdown">
      <p class="countdown-time" data-testid="countdown" role="timer">
        {clock(left)}
      </p>
      <p class="visually-hidden" aria-live="polite">
        {said}
      </p>
    </div>
  );
}
