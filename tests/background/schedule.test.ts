import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyDay } from '../../src/core';
import { formatClock } from '../../src/shared/format';
import { fakeIdle } from './fake-idle';
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

describe('worker start-up', () => {
  beforeEach(() => setNow(T0));

  it('plans the first eye rest and shows the stretch countdown on the badge', async () => {
    await startWorker();
    expect((await wakeAlarm())?.scheduledTime).toBe(T0 + 20 * MIN);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('50m');
    // The tooltip names the first eye rest by its clock time, which stays true until the next wake.
    expect(await fakeBrowser.action.getTitle({})).toBe(`Sitwell — Eye rest at ${formatClock(T0 + 20 * MIN)}`);
    expect(fakeIdle.interval).toBe(5 * 60);
    expect((await storedEngine()).stage.name).toBe('sitting');
  });

  it('leaves a correct alarm alone when the worker wakes again', async () => {
    await startWorker();
    stopWorker();
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    setNow(T0 + 7 * MIN);
    await startWorker();
    expect(create).not.toHaveBeenCalled();
    expect((await wakeAlarm())?.scheduledTime).toBe(T0 + 20 * MIN);
  });

  it('restores a missing alarm (cleared by an update) without moving the break', async () => {
    await startWorker();
    stopWorker();
    await fakeBrowser.alarms.clearAll();
    setNow(T0 + 12 * MIN);
    await startWorker();
    expect((await wakeAlarm())?.scheduledTime).toBe(T0 + 20 * MIN);
  });

  it('starts fresh from unreadable stored state and keeps history', async () => {
    const history = {
      version: 1,
      days: { '2026-11-25': { stretch: { prompted: 3, taken: 2, snoozed: 1, skipped: 0 } } },
    };
    await fakeBrowser.storage.local.set({ engine: { version: 1, stage: 'garbage' }, history });
    await startWorker();
    expect((await storedEngine()).sittingSince).toBe(T0);
    expect((await storedHistory())?.days['2026-11-25']).toEqual({ ...emptyDay(), ...history.days['2026-11-25'] });
  });
});

describe('prompts', () => {
  beforeEach(() => setNow(T0));

  it('prompts with a notification that has Start and Snooze, exactly once, across a worker restart', async () => {
    let worker = await startWorker();
    await fireWakeAlarm(worker);
    const note = promptNotification() as unknown as { title: string; buttons: { title: string }[] };
    expect(note.title).toBe('Rest your eyes');
    expect(note.buttons.map((b) => b.title)).toEqual(['Start', 'Snooze 5 min']);
    stopWorker();
    await fakeBrowser.notifications.clear('sitwell-break');
    setNow(T0 + 20 * MIN + 30_000);
    worker = await startWorker();
    expect(promptNotification()).toBeUndefined(); // not prompted a second time
    expect((await storedHistory())?.days['2026-11-26']?.micro.prompted).toBe(1);
  });

  it('opens the break window when notifications are blocked', async () => {
    Object.assign(fakeBrowser.notifications, { getPermissionLevel: vi.fn(async () => 'denied') });
    const worker = await startWorker();
    const created = vi.spyOn(fakeBrowser.windows, 'create');
    await fireWakeAlarm(worker);
    expect(promptNotification()).toBeUndefined();
    expect(created).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'popup', url: expect.stringContaining('src/break/index.html?kind=micro') }),
    );
  });

  it('opens the break window when creating the notification fails', async () => {
    vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValue(new Error('boom'));
    const worker = await startWorker();
    const created = vi.spyOn(fakeBrowser.windows, 'create');
    await fireWakeAlarm(worker);
    expect(created).toHaveBeenCalledTimes(1);
  });

  it('uses the window when the person prefers it', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { version: 1, savedAt: T0, settings: { prompt: { style: 'window' } } },
    });
    const worker = await startWorker();
    const created = vi.spyOn(fakeBrowser.windows, 'create');
    await fireWakeAlarm(worker);
    expect(promptNotification()).toBeUndefined();
    expect(created).toHaveBeenCalledTimes(1);
  });

  it('starts the break from the Start button and records it when finished from the page', async () => {
    const worker = await startWorker();
    await fireWakeAlarm(worker);
    const created = vi.spyOn(fakeBrowser.windows, 'create');
    await fakeBrowser.notifications.onButtonClicked.trigger('sitwell-break', 0);
    await worker.drained();
    expect((await storedEngine()).stage).toMatchObject({ name: 'taking', kind: 'micro' });
    expect(created).toHaveBeenCalledTimes(1);
    expect(promptNotification()).toBeUndefined();
    setNow(T0 + 21 * MIN);
    await fakeBrowser.runtime.sendMessage({ type: 'action', action: { type: 'finish' }, from: 'break-page' });
    expect((await storedHistory())?.days['2026-11-26']?.micro).toMatchObject({ prompted: 1, taken: 1 });
    expect((await wakeAlarm())?.scheduledTime).toBe(T0 + 41 * MIN);
  });

  it('snoozes from the notification and prompts again after five minutes', async () => {
    const worker = await startWorker();
    await fireWakeAlarm(worker);
    await fakeBrowser.notifications.onButtonClicked.trigger('sitwell-break', 1);
    await worker.drained();
    expect((await wakeAlarm())?.scheduledTime).toBe(T0 + 25 * MIN);
    await fireWakeAlarm(worker);
    const note = promptNotification() as unknown as { buttons: { title: string }[] };
    expect(note.buttons).toHaveLength(2); // one snooze left of two
    expect((await storedHistory())?.days['2026-11-26']?.micro).toMatchObject({ prompted: 2, snoozed: 1 });
  });

  it('opens the break page when the notification itself is clicked', async () => {
    const worker = await startWorker();
    await fireWakeAlarm(worker);
    const created = vi.spyOn(fakeBrowser.windows, 'create');
    await fakeBrowser.notifications.onClicked.trigger('sitwell-break');
    await worker.drained();
    expect(created).toHaveBeenCalledWith(expect.objectContaining({ url: expect.stringContaining('kind=micro') }));
  });
});

describe('idle, pause and settings', () => {
  beforeEach(() => setNow(T0));

  it('counts an idle spell as a natural break and plans no wake while away', async () => {
    const worker = await startWorker();
    setNow(T0 + 15 * MIN);
    fakeIdle.fire('idle');
    await worker.drained();
    expect(await wakeAlarm()).toBeUndefined();
    setNow(T0 + 30 * MIN);
    fakeIdle.fire('active');
    await worker.drained();
    expect((await storedEngine()).sittingSince).toBe(T0 + 30 * MIN);
    expect((await wakeAlarm())?.scheduledTime).toBe(T0 + 50 * MIN);
    expect((await storedHistory())?.days['2026-11-26']?.natural).toBe(1);
  });

  it('shows a paused badge and no alarm while paused until resumed', async () => {
    const worker = await startWorker();
    await fakeBrowser.runtime.sendMessage({ type: 'action', action: { type: 'pause', for: 'resumed' }, from: 'popup' });
    await worker.drained();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('||');
    expect(await wakeAlarm()).toBeUndefined();
  });

  it('reschedules at once when settings change', async () => {
    const worker = await startWorker();
    setNow(T0 + 2 * MIN);
    await fakeBrowser.storage.sync.set({
      settings: {
        version: 1,
        savedAt: T0 + 2 * MIN,
        settings: { microBreak: { enabled: false }, stretchBreak: { everyMinutes: 10 } },
      },
    });
    await worker.drained();
    expect((await wakeAlarm())?.scheduledTime).toBe(T0 + 10 * MIN);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('10m');
  });

  it('falls back to local storage for settings when sync fails', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM'));
    const { writeSettings, readSettings } = await import('../../src/platform/settings-store');
    const { defaultSettings } = await import('../../src/core');
    const settings = { ...defaultSettings(), idleResetMinutes: 9 };
    expect(await writeSettings(settings, T0)).toBe('local');
    expect((await readSettings()).settings.idleResetMinutes).toBe(9);
  });
});

describe('sit–stand–move', () => {
  beforeEach(() => setNow(T0));

  it('shows each change as a light notification without buttons', async () => {
    const settings = { sitStand: { enabled: true }, microBreak: { enabled: false }, stretchBreak: { enabled: false } };
    await fakeBrowser.storage.sync.set({ settings: { version: 1, savedAt: T0, settings } });
    const worker = await startWorker();
    expect((await wakeAlarm())?.scheduledTime).toBe(T0 + 20 * MIN);
    await fireWakeAlarm(worker);
    const note = fakeBrowser.notifications.getAllCreateOptions()['sitwell-posture'] as unknown as Record<
      string,
      unknown
    >;
    expect(note).toMatchObject({ title: 'Time to stand' });
    expect(note.buttons).toBeUndefined();
    expect(note.requireInteraction).toBeUndefined();
    expect((await wakeAlarm())?.scheduledTime).toBe(T0 + 28 * MIN);
    expect(await fakeBrowser.action.getTitle({})).toBe(`Sitwell — Move about at ${formatClock(T0 + 28 * MIN)}`);
  });
});

describe('quick posture check', () => {
  beforeEach(() => setNow(T0));

  const checkEvery = async (minutes: number) => {
    const settings = {
      microBreak: { enabled: false },
      stretchBreak: { enabled: false },
      postureCheck: { everyMinutes: minutes },
    };
    await fakeBrowser.storage.sync.set({ settings: { version: 1, savedAt: T0, settings } });
    const worker = await startWorker();
    expect((await wakeAlarm())?.scheduledTime).toBe(T0 + minutes * MIN);
    await fireWakeAlarm(worker);
    return worker;
  };

  it('offers the check with "All good", which records three yeses for today', async () => {
    const worker = await checkEvery(2);
    const note = fakeBrowser.notifications.getAllCreateOptions()['sitwell-check'] as unknown as {
      buttons: { title: string }[];
    };
    expect(note.buttons.map((b) => b.title)).toEqual(['All good', 'Answer one by one']);
    await fakeBrowser.notifications.onButtonClicked.trigger('sitwell-check', 0);
    await worker.drained();
    expect((await storedHistory())?.days['2026-11-26']?.posture).toEqual({
      answered: 1,
      yes: { lumbar: 1, feet: 1, reach: 1 },
      no: { lumbar: 0, feet: 0, reach: 0 },
    });
    // The history is the check's only record: the worker leaves the checklist state alone.
    expect((await fakeBrowser.storage.local.get('checklist')).checklist).toBeUndefined();
    expect(fakeBrowser.notifications.getAllCreateOptions()['sitwell-check']).toBeUndefined();
  });

  it('opens the check window to answer one by one', async () => {
    const worker = await checkEvery(1);
    const created = vi.spyOn(fakeBrowser.windows, 'create');
    await fakeBrowser.notifications.onButtonClicked.trigger('sitwell-check', 1);
    await worker.drained();
    expect(created).toHaveBeenCalledWith(
      expect.objectContaining({ url: expect.stringContaining('src/break/index.html?check=1') }),
    );
  });
});

describe('history from the worker', () => {
  beforeEach(() => setNow(T0));

  it('records time sat, the break taken and the minutes given to each body area', async () => {
    const worker = await startWorker();
    setNow(T0 + 15 * MIN); // before the first planned wake, so no gap is read as sleep
    await fakeBrowser.runtime.sendMessage({
      type: 'action',
      action: { type: 'start', kind: 'stretch' },
      from: 'popup',
    });
    setNow(T0 + 20 * MIN);
    const action = { type: 'finish', exercises: ['chin-tuck'], areaSeconds: { neck: 60, 'upper-back': 30 } };
    await fakeBrowser.runtime.sendMessage({ type: 'action', action, from: 'break-page' });
    await worker.drained();
    const day = (await storedHistory())?.days['2026-11-26'];
    expect(day?.stretch.taken).toBe(1);
    expect(day?.activeMinutes).toBe(15);
    expect(day?.longestSittingMinutes).toBe(15);
    expect(day?.areaSeconds).toMatchObject({ neck: 60, 'upper-back': 30, hips: 0 });
  });
});
