import {
  badgeFor,
  describeStatus,
  type EngineEvent,
  type EngineState,
  idleDetectionSeconds,
  reduce,
  type Settings,
} from '../core';
import { reconcileWakeAlarm } from '../platform/alarms';
import { showBadge } from '../platform/badge';
import { findBusy } from '../platform/busy';
import { readEngineState } from '../platform/engine-store';
import { setIdleDetection } from '../platform/idle';
import { releaseMeetingAccess } from '../platform/meeting-permission';
import { clearOutbox, readOutbox, writeStateAndOutbox } from '../platform/outbox';
import { readSettings } from '../platform/settings-store';
import { applyEffects } from './apply-effects';
import { badgeTitle } from './badge-title';

/** How soon a worker stopped with effects still to carry out is woken to finish them. */
const WATCHDOG_MS = 60_000;

export interface RunOptions {
  /** False when the request came from the break page, which is already open. */
  openPage?: boolean;
}

/**
 * One wake of the worker: read settings and state, run the engine for this event at the wall
 * clock's time, persist, then carry out the effects and bring the alarm and badge in line.
 */
export async function runEvent(
  event: EngineEvent,
  options: RunOptions = {},
): Promise<{ state: EngineState; settings: Settings }> {
  const now = Date.now();
  // Effects a worker stopped mid-way left undone are read with the state, in the same round trip.
  const [{ settings }, state, undone] = await Promise.all([readSettings(), readEngineState(now), readOutbox(now)]);
  if (event.type === 'start' || event.type === 'settings-changed') {
    setIdleDetection(idleDetectionSeconds(settings));
  }
  // Waiting for meetings switched off (by the person, a preset or policy): give the sites back.
  if (event.type === 'settings-changed' && !settings.defer.meetings) await releaseMeetingAccess();
  // On each wake, whether the person is presenting or in a meeting: a due break then waits.
  const found =
    event.type === 'start' || event.type === 'alarm' ? { ...event, busy: await findBusy(settings.defer) } : event;
  const { state: next, effects } = reduce(state, found, now, settings);
  // Effects left undone come first (the prompt a stopped worker decided on, its record).
  const todo = [...undone, ...effects];
  // State and effects are stored in one write before anything is shown: the next wake starts from
  // the new state, never repeats a prompt already decided, and finds any effect not carried out.
  await writeStateAndOutbox(next, todo);
  // The alarm that woke us is spent. Until the effects are done, a wake within the minute stands
  // in, so a worker stopped now is woken to finish them.
  if (todo.length > 0) await reconcileWakeAlarm(Math.min(next.wakeAt ?? Number.POSITIVE_INFINITY, now + WATCHDOG_MS));
  await applyEffects(todo, { settings, openPage: options.openPage ?? true });
  if (todo.length > 0) await clearOutbox();
  await reconcileWakeAlarm(next.wakeAt);
  await showBadge(badgeFor(next, settings, now), badgeTitle(describeStatus(next, settings, now), now));
  return { state: next, settings };
}
