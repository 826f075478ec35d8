import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeCommands } from './fake-commands';
import { fireWakeAlarm, MIN, promptNotification, setNow, startWorker, storedEngine, T0 } from './worker';

describe('keyboard shortcuts', () => {
  beforeEach(() => setNow(T0));

  it('starts a stretch break at once, opening the break window', async () => {
    const worker = await startWorker();
    setNow(T0 + 3 * MIN);
    fakeCommands.press('start-break');
    await worker.drained();
    const stage = (await storedEngine()).stage;
    expect(stage).toMatchObject({ name: 'taking', kind: 'stretch', startedAt: T0 + 3 * MIN });
    const session = await fakeBrowser.storage.session.get('breakWindowId');
    expect(session.breakWindowId).toBeTypeOf('number');
  });

  it('pauses until resumed, then resumes with the sitting time kept', async () => {
    const worker = await startWorker();
    setNow(T0 + 10 * MIN);
    fakeCommands.press('toggle-pause');
    await worker.drained();
    expect((await storedEngine()).stage).toMatchObject({ name: 'paused', until: null });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('||');
    setNow(T0 + 40 * MIN);
    fakeCommands.press('toggle-pause');
    await worker.drained();
    const state = await storedEngine();
    expect(state.stage.name).toBe('sitting');
    // Ten minutes sat before the pause count; the thirty paused do not.
    expect(state.sittingSince).toBe(T0 + 30 * MIN);
  });

  it('ignores commands that are not its own', async () => {
    const worker = await startWorker();
    const before = await storedEngine();
    fakeCommands.press('_execute_action');
    await worker.drained();
    expect(await storedEngine()).toEqual(before);
  });
});

describe('on Firefox', () => {
  beforeEach(() => {
    setNow(T0);
    // Firefox's extension pages live under moz-extension:, which is how the platform layer tells.
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation((path: string) => `moz-extension://uuid/${path}`);
  });

  it('prompts with a plain notification (no buttons, which Firefox rejects) that opens the break page', async () => {
    const worker = await startWorker();
    await fireWakeAlarm(worker); // the first eye rest
    const shown = promptNotification();
    expect(shown).toMatchObject({ type: 'basic', title: expect.any(String), message: expect.any(String) });
    expect(Object.keys(shown ?? {}).sort()).toEqual(['iconUrl', 'message', 'title', 'type']);
    expect(shown?.message).toMatch(/Click to start, snooze or skip it.$/);
    await fakeBrowser.notifications.onClicked.trigger('sitwell-break');
    await worker.drained();
    const session = await fakeBrowser.storage.session.get('breakWindowId');
    expect(session.breakWindowId).toBeTypeOf('number');
  });

  it('treats a missing managed storage (Firefox rejects the read) as no policy', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    const worker = await startWorker();
    await worker.drained();
    expect((await storedEngine()).stage.name).toBe('sitting');
  });
});
