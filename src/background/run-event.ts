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
import { readEngineState, writeEngineState } from '../platform/engine-store';
import { setIdleDetection } from '../platform/idle';
import { releaseMeetingAccess } from '../platform/meeting-permission';
import { readSettings } from '../platform/settings-store';
import { badgeTitle } from '../shared/status-text';
import { applyEffects } from './apply-effects';

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
  const [{ settings }, state] = await Promise.all([readSettings(), readEngineState(now)]);
  if (event.type === 'start' || event.type === 'settings-changed') {
    setIdleDetection(idleDetectionSeconds(settings));
  }
  // Waiting for meetings switched off (by the person, a preset or policy): give the sites back.
  if (event.type === 'settings-changed' && !settings.defer.meetings) await releaseMeetingAccess();
  // On each wake, whether the person is presenting or in a meeting: a due break then waits.
  const found =
    event.type === 'start' || event.type === 'alarm' ? { ...event, busy: await findBusy(settings.defer) } : event;
  const { state: next, effects } = reduce(state, found, now, settings);
  // Persist first: if the worker is stopped mid-way, the next wake starts from the new state and
  // never repeats a prompt that was already decided.
  await writeEngineState(next);
  await applyEffects(effects, { settings, openPage: options.openPage ?? true });
  await reconcileWakeAlarm(next.wakeAt);
  await showBadge(badgeFor(next, settings, now), badgeTitle(describeStatus(next, settings, now), now));
  return { state: next, settings };
}
