import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '../../src/core';
import { MEETING_SITES } from '../../src/platform/meeting-permission';
import { fakeBusy } from './fake-busy';
import {
  fireWakeAlarm,
  MIN,
  promptNotification,
  setNow,
  startWorker,
  stopWorker,
  storedEngine,
  storedHistory,
  T0,
  wakeAlarm,
} from './worker';

const MEET = 'https://meet.google.com/abc-defg-hij';
const today = async () => (await storedHistory())?.days['2026-11-26'];

/** Eye rests every 20 minutes, stretch breaks off: one break kind keeps the timeline plain. */
function eyesOnly(defer: Partial<Settings['defer']> = {}): Settings {
  const s = structuredClone(DEFAULT_SETTINGS) as Settings;
  s.stretchBreak.enabled = false;
  s.defer = { ...s.defer, ...defer };
  return s;
}

async function storeOwn(settings: Settings) {
  await fakeBrowser.storage.sync.set({ settings: { version: SETTINGS_VERSION, savedAt: 1, settings } });
}

const deferral = async () => {
  const stage = (await storedEngine()).stage;
  return stage.name === 'sitting' ? (stage.deferred ?? null) : null;
};

describe('a break that falls due in full screen', () => {
  beforeEach(() => setNow(T0));

  it('waits without a prompt or a record, says so, and is prompted at the first wake after full screen ends', async () => {
    await storeOwn(eyesOnly());
    fakeBusy.windowState = 'fullscreen';
    const worker = await startWorker();
    await fireWakeAlarm(worker); // T0 + 20 min: the eye rest falls due
    expect(promptNotification()).toBeUndefined();
    expect(await deferral()).toEqual({ since: T0 + 20 * MIN, reason: 'fullscreen' });
    expect((await today())?.micro.prompted ?? 0).toBe(0);
    expect((await wakeAlarm())?.scheduledTime).toBe(T0 + 21 * MIN);
    expect(await fakeBrowser.action.getTitle({})).toContain('Eye rest waiting until you leave full screen');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('…');

    await fireWakeAlarm(worker); // still presenting
    expect(promptNotification()).toBeUndefined();
    expect((await wakeAlarm())?.scheduledTime).toBe(T0 + 22 * MIN);

    const ended = T0 + 21 * MIN + 30_000;
    setNow(ended);
    fakeBusy.windowState = 'normal';
    await fireWakeAlarm(worker);
    const alarmAt = Date.now();
    expect(promptNotification()).toBeDefined();
    expect(alarmAt - ended).toBeLessThanOrEqual(60_000);
    expect(await deferral()).toBeNull();
    expect((await storedEngine()).stage).toMatchObject({ name: 'prompted', kind: 'micro', at: T0 + 22 * MIN });
    expect((await today())?.micro.prompted).toBe(1);
    expect((await today())?.micro.skipped ?? 0).toBe(0);
  });

  it('is prompted anyway at the cap, after waking once a minute', async () => {
    await storeOwn(eyesOnly({ maxMinutes: 5 }));
    fakeBusy.windowState = 'fullscreen';
    const worker = await startWorker();
    const wakes: number[] = [];
    while (!promptNotification()) {
      await fireWakeAlarm(worker);
      wakes.push(Date.now());
    }
    expect(wakes.map((at) => (at - T0) / MIN)).toEqual([20, 21, 22, 23, 24, 25]);
    expect((await today())?.micro.prompted).toBe(1);
  });

  it('is prompted on time when full-screen waiting is off', async () => {
    await storeOwn(eyesOnly({ fullscreen: false }));
    fakeBusy.windowState = 'fullscreen';
    const worker = await startWorker();
    await fireWakeAlarm(worker);
    expect(Date.now()).toBe(T0 + 20 * MIN);
    expect(promptNotification()).toBeDefined();
  });

  it('keeps waiting across a worker restart, with the same wake', async () => {
    await storeOwn(eyesOnly());
    fakeBusy.windowState = 'fullscreen';
    await fireWakeAlarm(await startWorker());
    stopWorker();
    setNow(T0 + 20 * MIN + 40_000);
    await startWorker();
    expect(promptNotification()).toBeUndefined();
    expect(await deferral()).toEqual({ since: T0 + 20 * MIN, reason: 'fullscreen' });
    expect((await wakeAlarm())?.scheduledTime).toBe(T0 + 21 * MIN);
  });

  it('treats no open window as not busy', async () => {
    await storeOwn(eyesOnly());
    fakeBusy.hasWindow = false;
    await fireWakeAlarm(await startWorker());
    expect(promptNotification()).toBeDefined();
  });
});

describe('a break that falls due in a video meeting', () => {
  beforeEach(() => setNow(T0));

  it('does not wait without the meeting sites’ permission, even with the setting on', async () => {
    await storeOwn(eyesOnly({ meetings: true }));
    fakeBusy.tabs = [{ url: MEET, audible: true }];
    await fireWakeAlarm(await startWorker());
    expect(promptNotification()).toBeDefined();
  });

  it('waits while a meeting tab plays sound, and is prompted within a minute after it falls silent', async () => {
    await storeOwn(eyesOnly({ meetings: true }));
    for (const site of MEETING_SITES) fakeBusy.granted.add(site);
    fakeBusy.tabs = [
      { url: 'https://www.youtube.com/watch?v=1', audible: true },
      { url: MEET, audible: true },
    ];
    const worker = await startWorker();
    await fireWakeAlarm(worker);
    expect(promptNotification()).toBeUndefined();
    expect(await deferral()).toMatchObject({ reason: 'meeting' });
    expect(await fakeBrowser.action.getTitle({})).toContain('Eye rest waiting until your meeting ends');
    // Only the meeting sites are asked about, and only for sound.
    expect(fakeBusy.queries.at(-1)).toEqual({ audible: true, url: [...MEETING_SITES] });

    fakeBusy.tabs = [
      { url: 'https://www.youtube.com/watch?v=1', audible: true },
      { url: MEET, audible: false },
    ];
    const ended = T0 + 20 * MIN + 10_000;
    setNow(ended);
    await fireWakeAlarm(worker);
    expect(promptNotification()).toBeDefined();
    expect(Date.now() - ended).toBeLessThanOrEqual(60_000);
  });

  it('matches the subdomains of the wildcard sites, such as a Zoom web client', async () => {
    await storeOwn(eyesOnly({ meetings: true }));
    for (const site of MEETING_SITES) fakeBusy.granted.add(site);
    fakeBusy.tabs = [{ url: 'https://us02web.zoom.us/wc/123/join', audible: true }];
    await fireWakeAlarm(await startWorker());
    expect(await deferral()).toMatchObject({ reason: 'meeting' });
  });

  it('does not look at tabs at all while meetings are off', async () => {
    for (const site of MEETING_SITES) fakeBusy.granted.add(site);
    fakeBusy.tabs = [{ url: MEET, audible: true }];
    await fireWakeAlarm(await startWorker());
    expect(promptNotification()).toBeDefined();
    expect(fakeBusy.queries).toEqual([]);
  });

  it('gives the permission back when waiting for meetings is turned off', async () => {
    await storeOwn(eyesOnly({ meetings: true }));
    for (const site of MEETING_SITES) fakeBusy.granted.add(site);
    const worker = await startWorker();
    await storeOwn(eyesOnly({ meetings: false }));
    await worker.drained();
    expect([...fakeBusy.granted]).toEqual([]);
  });
});
