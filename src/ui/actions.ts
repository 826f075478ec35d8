import type { Settings, UserAction } from '../core';
import { t } from '../platform/i18n';
import { sendRequest } from '../platform/messaging';
import { writeSettings } from '../platform/settings-store';
import type { RequestSource } from '../shared/messages';
import type { StatusActions } from './status-actions';

/** The engine's actions for one page: each is a request to the worker, which does the work. */
export function statusActions(from: RequestSource): StatusActions {
  const send = async (action: UserAction): Promise<void> => {
    const reply = await sendRequest({ type: 'action', action, from });
    if (!reply?.ok) throw new Error(reply?.error ?? t('popup_error_no_answer'));
  };
  return {
    startBreak: (kind) => send(kind ? { type: 'start', kind } : { type: 'start' }),
    pause: (choice) => send({ type: 'pause', for: choice }),
    resume: () => send({ type: 'resume' }),
    finish: (exercises, areaSeconds) =>
      send(
        exercises
          ? { type: 'finish', exercises: [...exercises], ...(areaSeconds ? { areaSeconds } : {}) }
          : { type: 'finish' },
      ),
    skip: () => send({ type: 'skip' }),
    snooze: () => send({ type: 'snooze' }),
    openBreakPage:
      from === 'break-page'
        ? undefined
        : async (kind) => {
            await sendRequest({ type: 'open-break', kind });
          },
  };
}

/** Saving is a storage write; the worker hears of it through storage.onChanged and replans at once. */
export async function saveSettings(settings: Settings): Promise<void> {
  await writeSettings(settings);
}
