import type { Reply, Request } from '../shared/messages';
import { browser } from './browser';

/** Pages send the worker a typed request and wait for its reply. */
export async function sendRequest(request: Request): Promise<Reply> {
  return (await browser.runtime.sendMessage(request)) as Reply;
}

export function onRequest(handler: (request: Request) => Promise<Reply>): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (typeof message !== 'object' || message === null || !('type' in message)) return undefined;
    return handler(message as Request);
  });
}

export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}

export function pageParam(name: string): string | null {
  return new URLSearchParams(globalThis.location?.search ?? '').get(name);
}
