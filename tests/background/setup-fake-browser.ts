import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBusy } from './fake-busy';
import { fakeCommands } from './fake-commands';
import { fakeIdle } from './fake-idle';
import { sendMessage } from './fake-messaging';

// The worker talks to the browser only through webextension-polyfill (src/platform/browser.ts);
// here that module is an in-memory browser. fake-browser has no idle or commands API, so we add our own.
vi.mock('webextension-polyfill', async () => {
  const { fakeBrowser } = await import('@webext-core/fake-browser');
  return { default: fakeBrowser };
});

Object.assign(fakeBrowser, { idle: fakeIdle, commands: fakeCommands });
// Messages come from this extension's own pages, with a sender that says so, as in a real browser.
Object.assign(fakeBrowser.runtime, { sendMessage });
beforeEach(() => {
  fakeBrowser.reset();
  // Chromium's permission query, absent from the fake: granted unless a test says otherwise.
  Object.assign(fakeBrowser.notifications, { getPermissionLevel: vi.fn(async () => 'granted') });
  fakeIdle.reset();
  fakeCommands.reset();
  // Windows' state, tabs by URL pattern and optional permissions: whether the person is busy.
  fakeBusy.reset();
  fakeBusy.install();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.resetModules();
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});
