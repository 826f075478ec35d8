import type { Reply, Request } from '../shared/messages';
import { browser } from './browser';

/** Pages send the worker a typed request and wait for its reply (the worker listens in request-listener.ts). */
export async function sendRequest(request: Request): Promise<Reply> {
  return (await browser.runtime.sendMessage(request)) as Reply;
}

export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}

export function pageParam(name: string): string | null {
  return new URLSearchParams(globalThis.location?.search ?? '').get(name);
}
