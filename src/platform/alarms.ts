import { browser } from './browser';

export const WAKE_ALARM = 'sitwell-wake';

export type AlarmChange = 'kept' | 'created' | 'cleared' | 'none';

/**
 * Makes the one wake alarm match the engine's plan, touching it only when it is missing or wrong:
 * re-creating an alarm on every worker start would push it back each time, so it would never fire.
 */
export async function reconcileWakeAlarm(at: number | null): Promise<AlarmChange> {
  const existing = await browser.alarms.get(WAKE_ALARM);
  if (at === null) {
    if (!existing) return 'none';
    await browser.alarms.clear(WAKE_ALARM);
    return 'cleared';
  }
  // Within a second after the plan is close enough; an alarm before it is not, since waking
  // early finds nothing due and costs one more wake a second later.
  if (existing && existing.scheduledTime >= at && existing.scheduledTime - at < 1000) return 'kept';
  await browser.alarms.create(WAKE_ALARM, { when: at });
  return 'created';
}

export function onWakeAlarm(listener: () => void): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === WAKE_ALARM) listener();
  });
}
