import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { deliver, ownPage } from './fake-messaging';
import { setNow, startWorker, storedEngine, T0 } from './worker';

beforeEach(() => setNow(T0));

describe('messages to the worker', () => {
  it('does what a well-formed request from its own page asks, and says so', async () => {
    const worker = await startWorker();
    const reply = await deliver({ type: 'action', action: { type: 'pause', for: '1h' }, from: 'popup' }, ownPage());
    await worker.drained();
    expect(reply).toEqual({ ok: true });
    expect((await storedEngine()).stage.name).toBe('paused');
  });

  it('answers nothing to a message from another extension or from a web page, and does nothing', async () => {
    const worker = await startWorker();
    const before = await storedEngine();
    const pause = { type: 'action', action: { type: 'pause', for: 'resumed' }, from: 'popup' };
    const strangers = [
      { id: 'another-extension-id', url: 'chrome-extension://another-extension-id/page.html' },
      {},
      // Our id from a page that is not ours: what a content script would look like.
      { id: fakeBrowser.runtime.id, url: 'https://example.com/' },
    ];
    for (const sender of strangers) expect(await deliver(pause, sender)).toBeUndefined();
    await worker.drained();
    expect(await storedEngine()).toEqual(before);
  });

  it('refuses a malformed request with an error naming the field, and changes nothing', async () => {
    const worker = await startWorker();
    const before = await storedEngine();
    const created = vi.spyOn(fakeBrowser.windows, 'create');
    const cases: [unknown, string][] = [
      ['pause', 'request'],
      [{ type: 'reset-everything' }, 'type'],
      [{ type: 'action', action: { type: 'pause', for: 'forever' }, from: 'popup' }, 'action.for'],
      [{ type: 'action', action: { type: 'pause', for: '1h', extra: 1 }, from: 'popup' }, 'action.extra'],
      [{ type: 'action', action: { type: 'start', kind: 'nap' }, from: 'popup' }, 'action.kind'],
      [{ type: 'action', action: { type: 'start' }, from: 'web' }, 'from'],
      [{ type: 'action', action: { type: 'start' }, from: 'popup', admin: true }, 'admin'],
      [
        { type: 'action', action: { type: 'finish', areaSeconds: { toes: 60 } }, from: 'break-page' },
        'action.areaSeconds.toes',
      ],
      [{ type: 'action', action: { type: 'finish', exercises: [1] }, from: 'break-page' }, 'action.exercises'],
      [{ type: 'open-break', kind: '../../options/index.html' }, 'kind'],
      [JSON.parse('{"type":"open-break","kind":"micro","__proto__":{"kind":"stretch"}}'), '__proto__'],
    ];
    for (const [message, field] of cases) {
      expect(await deliver(message, ownPage()), JSON.stringify(message)).toEqual({
        ok: false,
        error: `Unknown request: ${field}`,
      });
    }
    await worker.drained();
    expect(await storedEngine()).toEqual(before);
    expect(created).not.toHaveBeenCalled();
  });
});
