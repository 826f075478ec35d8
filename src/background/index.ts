import { idleDetectionSeconds, type UserAction } from '../core';
import { onWakeAlarm } from '../platform/alarms';
import { openBreakWindow } from '../platform/break-window';
import { type CommandName, onCommand } from '../platform/commands';
import { readEngineState } from '../platform/engine-store';
import { onIdleChanged, queryIdle } from '../platform/idle';
import { CHECK_ID, onNotificationButton, onNotificationClicked, PROMPT_ID } from '../platform/notifications';
import { onPolicyChanged } from '../platform/policy-store';
import { onRequest } from '../platform/request-listener';
import { onSettingsChanged } from '../platform/settings-store';
import { commandAction } from './command-action';
import { handleRequest } from './handle-request';
import { answerCheckInWindow, onCheckButton } from './posture-check-answers';
import { PROMPT_BUTTONS } from './prompt-content';
import { runEvent } from './run-event';
import { serialQueue } from './serial-queue';

// The worker is stopped after ~30 s without events, and woken by the next one. Every listener is
// registered here, synchronously, at the top level, or Chrome would not wake us for that event.
const enqueue = serialQueue();
const run: typeof runEvent = (event, options) => enqueue(() => runEvent(event, options));
const act = (action: UserAction) => run({ type: 'action', action });
/**
 * For listeners, which have no one to hand a failure to: the error is logged and the queue goes
 * on (a full storage, say, must not leave an unhandled rejection behind; the stores already make
 * room and keep what the person recorded).
 */
const fire = (work: Promise<unknown>) => {
  const log = (error: unknown) => console.error('Sitwell: an event could not be handled', error); // i18n-exempt: developers' log
  work.catch(log);
};

onWakeAlarm(() => fire(run({ type: 'alarm' })));
onIdleChanged((state) => fire(run({ type: 'idle', state })));
onSettingsChanged(() => fire(run({ type: 'settings-changed' })));
onPolicyChanged(() => fire(run({ type: 'settings-changed' })));
onRequest((request) => handleRequest(request, { run, openBreak: (kind) => enqueue(() => openBreakWindow(kind)) }));
onNotificationClicked(PROMPT_ID, () => fire(enqueue(showPromptedBreak)));
onNotificationButton(PROMPT_ID, (index) => {
  const button = PROMPT_BUTTONS[index];
  if (button) fire(act({ type: button }));
});
onNotificationClicked(CHECK_ID, () => fire(enqueue(answerCheckInWindow)));
onCommand((name) => fire(enqueue(() => runCommand(name))));
onNotificationButton(CHECK_ID, (index) => fire(enqueue(() => onCheckButton(index))));

// Every wake recomputes from stored state and the wall clock, reconciles the alarm, and catches
// up with the idle state, which may have changed while the browser was closed.
/** Settles when this wake's start-up work is done; worker tests await it. */
export const ready = run({ type: 'start' }).then(async ({ state, settings }) => {
  const idle = await queryIdle(idleDetectionSeconds(settings));
  if ((idle !== 'active') !== (state.awaySince !== null)) await run({ type: 'idle', state: idle });
});

/** Settles once every event queued so far has been handled; worker tests await it. */
export const drained = (): Promise<void> => enqueue(async () => undefined);

/** A keyboard shortcut, turned into an action from where the schedule stands now. */
async function runCommand(name: CommandName) {
  return runEvent({ type: 'action', action: commandAction(name, await readEngineState(Date.now())) });
}

/** Clicking the notification opens the break page, where the person starts, snoozes or skips. */
async function showPromptedBreak(): Promise<void> {
  const state = await readEngineState(Date.now());
  if (state.stage.name === 'prompted') await openBreakWindow(state.stage.kind);
}
