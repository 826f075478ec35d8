import type { BreakKind } from '../core';
import { t, tp } from '../platform/i18n';
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
  /** The break's length: minutes for a stretch break, seconds for an eye rest. */
  length: number;
  snooze: { minutes: number; left: number };
  on: ViewActions;
}

export function PromptView({ kind, length, snooze, on }: PromptProps) {
  const start = useFocus<HTMLButtonElement>(kind);
  return (
    <>
      <p class="lead">{kind === 'stretch' ? tp('break_prompt_stretch', length) : tp('break_prompt_micro', length)}</p>
      <div class="button-row">
        <button ref={start} type="button" class="btn btn-primary" onClick={on.start}>
          {t('break_start')}
        </button>
        {snooze.left > 0 && (
          <button type="button" class="btn" onClick={on.snooze}>
            {t('break_snooze', snooze.minutes)}
          </button>
        )}
        <button type="button" class="btn" onClick={on.skip}>
          {t('break_skip')}
        </button>
      </div>
    </>
  );
}

export function IdleView({ on }: { on: ViewActions }) {
  const start = useFocus<HTMLButtonElement>('idle');
  return (
    <>
      <p class="lead">{t('break_idle')}</p>
      <div class="button-row">
        <button ref={start} type="button" class="btn btn-primary" onClick={on.start}>
          {t('break_start_now')}
        </button>
        <button type="button" class="btn" onClick={on.close}>
          {t('break_close')}
        </button>
      </div>
    </>
  );
}
