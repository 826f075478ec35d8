import { clock } from './countdown';
import type { ExerciseTimer, TimerPhase } from './use-exercise-timer';

/** Said once per change of phase (and at ten seconds to go), never once a second. */
function spokenState(phase: TimerPhase, secondsLeft: number, seconds: number): string {
  switch (phase) {
    case 'ready':
      return '';
    case 'running':
      return seconds > 15 && secondsLeft <= 10 ? 'Ten seconds to go.' : 'Timer running.';
    case 'paused':
      return 'Timer paused.';
    case 'done':
      return 'Time is up for this one. Go on with Next when you are ready.';
  }
}

// The button stays put through every phase, so keyboard focus is never dropped when it changes.
const BUTTON: Record<TimerPhase, string> = { ready: 'Begin', running: 'Pause', paused: 'Resume', done: 'Do it again' };

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
        <span class="visually-hidden">This exercise: </span>
        <span data-testid="exercise-timer">{clock(timer.secondsLeft)}</span>
      </p>
      <button type="button" class={phase === 'done' ? 'btn' : 'btn btn-primary'} onClick={press}>
        {BUTTON[phase]}
      </button>
      {phase === 'done' && <p class="exercise-done">Time's up</p>}
      <p class="visually-hidden" aria-live="polite">
        {spokenState(phase, timer.secondsLeft, seconds)}
      </p>
    </div>
  );
}
