import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { type EngineState, parseOutbox } from '../../src/core';
import {
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

// A worker stopped between storing its new state and showing the prompt (the browser quitting or
// updating just as a break falls due) must not lose the prompt: the effects are stored with the
// state, and the next wake carries out what is left.

describe('effects left undone by a stopped worker', () => {
  beforeEach(() => setNow(T0));

  it('are carried out on the next wake: the prompt is shown and recorded once', async () => {
    await startWorker();
    stopWorker();
    // What a worker stopped right after its one write leaves: the state says prompted, the
    // prompt and its record wait in the outbox, and no alarm is left (it was spent waking us).
    const state = await storedEngine();
    const prompted: EngineState = { ...state, stage: { name: 'prompted', kind: 'micro', at: T0 + 20 * MIN } };
    await fakeBrowser.storage.local.set({
      engine: prompted,
      outbox: [
        { type: 'prompt', kind: 'micro', snoozesLeft: 2 },
        { type: 'record', record: { what: 'prompted', kind: 'micro', at: T0 + 20 * MIN } },
      ],
    });
    await fakeBrowser.alarms.clearAll();
    setNow(T0 + 20 * MIN + 30_000);
    await startWorker();
    expect(promptNotification()).toBeDefined();
    const history = await storedHistory();
    expect(Object.values(history?.days ?? {}).reduce((n, d) => n + d.micro.prompted, 0)).toBe(1);
    expect((await fakeBrowser.storage.local.get('outbox')).outbox).toBeUndefined();
    expect(await wakeAlarm()).toBeDefined();
  });

  it('drops anything malformed instead of replaying it', () => {
    const now = T0;
    expect(parseOutbox('garbage', now)).toEqual([]);
    expect(
      parseOutbox(
        [
          { type: 'prompt', kind: 'nap', snoozesLeft: 1 },
          { type: 'record', record: { what: 'prompted', kind: 'micro', at: now + MIN } },
          { type: 'sat', minutes: 0.5, at: now },
          { type: 'eval' },
          { type: 'clear-prompt' },
        ],
        now,
      ),
    ).toEqual([{ type: 'clear-prompt' }]);
  });

  it('leaves no outbox behind after a normal wake', async () => {
    const worker = await startWorker();
    const alarm = await wakeAlarm();
    setNow(alarm!.scheduledTime);
    await fakeBrowser.alarms.onAlarm.trigger(alarm!);
    await worker.drained();
    expect(promptNotification()).toBeDefined();
    expect((await fakeBrowser.storage.local.get('outbox')).outbox).toBeUndefined();
  });
});
