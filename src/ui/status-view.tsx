import type { Status } from '../core';
import { t, tp } from '../platform/i18n';
import { statusText } from '../shared/status-text';
import { PauseControl } from './pause-control';
import type { SnoozeOffer, StatusActions } from './status-actions';
import { useAction } from './use-action';

interface Props {
  status: Status;
  now: number;
  actions: StatusActions;
  /** The snooze on offer while a break is prompted; without it, Snooze is shown and the engine decides. */
  snooze?: SnoozeOffer;
}

/** The status line and what the person can do about it right now. */
export function StatusView({ status, now, actions, snooze }: Props) {
  const { run, error } = useAction();
  const act = (task: () => Promise<void>) => () => void run(task);
  return (
    <div class="status-card">
      <p class="status-text" data-testid="status-text" role="status">
        {statusText(status, now)}
      </p>
      <div class="button-row">
        <StageButtons status={status} actions={actions} snooze={snooze} act={act} />
      </div>
      {status.stage !== 'taking' && <PauseControl onPause={(choice) => void run(() => actions.pause(choice))} />}
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

interface ButtonProps extends Omit<Props, 'now'> {
  act(task: () => Promise<void>): () => void;
}

function StageButtons({ status, actions, snooze, act }: ButtonProps) {
  switch (status.stage) {
    case 'prompted':
      return (
        <>
          <button type="button" class="btn btn-primary" onClick={act(() => actions.startBreak(status.kind))}>
            {t('popup_start')}
          </button>
          {(snooze?.left ?? 1) > 0 && (
            <button type="button" class="btn" onClick={act(() => actions.snooze())}>
              {snooze ? tp('popup_snooze_minutes', snooze.minutes) : t('popup_snooze')}
            </button>
          )}
          <button type="button" class="btn" onClick={act(() => actions.skip())}>
            {t('popup_skip')}
          </button>
        </>
      );
    case 'taking': {
      const open = actions.openBreakPage;
      return (
        <>
          {open && (
            <button type="button" class="btn btn-primary" onClick={act(() => open(status.kind))}>
              {t('popup_open_break')}
            </button>
          )}
          <button type="button" class="btn" onClick={act(() => actions.finish())}>
            {t('popup_done')}
          </button>
          <button type="button" class="btn" onClick={act(() => actions.skip())}>
            {t('popup_skip')}
          </button>
        </>
      );
    }
    case 'paused':
      return (
        <button type="button" class="btn btn-primary" onClick={act(() => actions.resume())}>
          {t('popup_resume')}
        </button>
      );
    default:
      return (
        <button type="button" class="btn btn-primary" onClick={act(() => actions.startBreak())}>
          {t('popup_start_break_now')}
        </button>
      );
  }
}
