import type { BreakKind } from '../core';
import { useFocus } from '../ui/use-focus';

/** What the view's buttons do; each resolves once the worker has answered. */
export interface ViewActions {
  start(): void;
  snooze(): void;
  skip(): void;
  close(): void;
}

interface PromptProps {
  kind: BreakKind;
  /** "5 minutes", "20 seconds". */
  length: string;
  snooze: { minutes: number; left: number };
  on: ViewActions;
}

export function PromptView({ kind, length, snooze, on }: PromptProps) {
  const start = useFocus<HTMLButtonElement>(kind);
  return (
    <>
      <p class="lead">
        {kind === 'stretch'
          ? `A ${length} break to get up, stretch and move about.`
          : `A ${length} pause to look into the distance and let your eyes relax.`}
      </p>
      <div class="button-row">
        <button ref={start} type="button" class="btn btn-primary" onClick={on.start}>
          Start
        </button>
        {snooze.left > 0 && (
          <button type="button" class="btn" onClick={on.snooze}>
            Snooze {snooze.minutes} min
          </button>
        )}
        <button type="button" class="btn" onClick={on.skip}>
          Skip
        </button>
      </div>
    </>
  );
}

export function IdleView({ on }: { on: ViewActions }) {
  const start = useFocus<HTMLButtonElement>('idle');
  return (
    <>
      <p class="lead">No break is running.</p>
      <div class="button-row">
        <button ref={start} type="button" class="btn btn-primary" onClick={on.start}>
          Start a break now
        </button>
        <button type="button" class="btn" onClick={on.close}>
          Close
        </button>
      </div>
    </>
  );
}
