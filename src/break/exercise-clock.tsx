import type { MessageKey } from '../locales/keys';
import { t } from '../platform/i18n';
import { clock } from './countdown';
import type { ExerciseTimer, TimerPhase } from './use-exercise-timer';

/** Said once per change of phase (and at ten seconds to go), never once a second. */
function spokenState(phase: TimerPhase, secondsLeft: number, seconds: number): string {
  switch (phase) {
    case 'ready':
      return '';
    case 'running':
      return t(seconds > 15 && secondsLeft <= 10 ? 'break_timer_ten_left' : 'break_timer_running');
    case 'paused':
      return t('break_timer_paused');
    case 'done':
      return t('break_timer_done_said');
  }
}

// The button stays put through every phase, so keyboard focus is never dropped when it changes.
const BUTTON: Record<TimerPhase, MessageKey> = {
  ready: 'break_timer_begin',
  running: 'break_timer_pause',
  paused: 'break_timer_resume',
  done: 'break_timer_again',
};

interface Props {
  timer: ExerciseTimer;
  /** The exercise's full time. */
  seconds: number;
}

/** The current exercise's own timer, which runs only after "Begin". */
export function ExerciseClock({ timer, seconds }: Props) {
  const { phase } = timer;
  const press = phase === 'running' ? timer.pause : phase === 'paused' ? timer.resume : timer.begin;
  return (
    <div class="exercise-clock">
      <p class="exercise-time" role="timer">
        <span class="visually-hidden">{t('break_this_exercise')} </span>
        <span data-testid="exercise-timer">{clock(timer.secondsLeft)}</span>
      </p>
      <button type="button" class={phase === 'done' ? 'btn' : 'btn btn-primary'} onClick={press}>
        {t(BUTTON[phase])}
      </button>
      {phase === 'done' && <p class="exercise-done">{t('break_timer_done')}</p>}
      <p class="visually-hidden" aria-live="polite">
        {spokenState(phase, timer.secondsLeft, seconds)}
      </p>
    </div>
  );
}
