import { openCheckWindow } from '../platform/break-window';
import { recordPostureCheck } from '../platform/history-store';
import { CHECK_ID, clearPromptNotification } from '../platform/notifications';
import { CHECK_BUTTONS } from './prompt-content';

/** "All good" on the notification: three yeses in one click, nothing else to open. */
async function allGood(): Promise<void> {
  await recordPostureCheck({ lumbar: true, feet: true, reach: true });
  await clearPromptNotification(CHECK_ID);
}

/** The check's window asks the three questions one by one and shows a tip for each "no". */
export async function answerCheckInWindow(): Promise<void> {
  await clearPromptNotification(CHECK_ID);
  await openCheckWindow();
}

export function onCheckButton(index: number): Promise<void> {
  return CHECK_BUTTONS[index] === 'all-good' ? allGood() : answerCheckInWindow();
}
