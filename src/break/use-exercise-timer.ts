import { useEffect, useState } from 'preact/hooks';

export type TimerPhase = 'ready' | 'running' | 'paused' | 'done';

interface TimerState {
  /** Which exercise the timer belongs to: a new one starts from the top. */
  key: string;
  phase: TimerPhase;
  /** Run time before the current stretch of running. */
  elapsedMs: number;
  /** When the current stretch of running began. */
  since: number;
}

export interface ExerciseTimer {
  phase: TimerPhase;
  secondsLeft: number;
  begin(): void;
  pause(): void;
  resume(): void;
}

/**
 * One exercise's own timer. It waits for "Begin", so the cautions are read before anything runs.
 * `now` comes from the page's clock tick; `onComplete` runs once when the time is up.
 */
export function useExerciseTimer(key: string, seconds: number, now: number, onComplete: () => void): ExerciseTimer {
  const fresh: TimerState = { key, phase: 'ready', elapsedMs: 0, since: 0 };
  const [stored, setState] = useState<TimerState>(fresh);
  const t = stored.key === key ? stored : fresh;
  // The page's tick can be a little older than a press of Begin: never count time backwards.
  const elapsed = t.elapsedMs + (t.phase === 'running' ? Math.max(0, now - t.since) : 0);
  const secondsLeft = t.phase === 'done' ? 0 : Math.max(0, Math.ceil(seconds - elapsed / 1000));
  const over = t.phase === 'running' && secondsLeft === 0;

  useEffect(() => {
    if (!over) return;
    setState({ ...t, phase: 'done' });
    onComplete();
  }, [over]);

  return {
    phase: t.phase,
    secondsLeft,
    begin: () => setState({ key, phase: 'running', elapsedMs: 0, since: Date.now() }),
    pause: () => setState({ ...t, phase: 'paused', elapsedMs: elapsed, since: 0 }),
    resume: () => setState({ ...t, phase: 'running', since: Date.now() }),
  };
}
