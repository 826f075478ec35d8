import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeCommands } from './fake-commands';
import { fakeIdle } from './fake-idle';

// The worker talks to the browser only through webextension-polyfill (src/platform/browser.ts);
// here that module is an in-memory browser. fake-browser has no idle or commands API, so we add our own.
vi.mock('webextension-polyfill', async () => {
  const { fakeBrowser } = await import('@webext-core/fake-browser');
  return { default: fakeBrowser };
});

Object.assign(fakeBrowser, { idle: fakeIdle, commands: fakeCommands });
beforeEach(() => {
  fakeBrowser.reset();
  // Chromium's permission query, absent from the fake: granted unless a test says otherwise.
  Object.assign(fakeBrowser.notifications, { getPermissionLevel: vi.fn(async () => 'granted') });
  fakeIdle.reset();
  fakeCommands.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.resetModules();
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});
