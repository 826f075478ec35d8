import { fakeBrowser } from '@webext-core/fake-browser';

/** Who sent a message, as the browser describes it to runtime.onMessage listeners. */
export interface FakeSender {
  id?: string;
  url?: string;
}

/** One of this extension's own pages, as Chrome names it for a message from the popup. */
export const ownPage = (path = 'src/popup/index.html'): FakeSender => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL(path),
});

/**
 * Delivers `message` to the runtime.onMessage listeners as coming from `sender`, and resolves
 * with the first answer, as browser.runtime.sendMessage does (undefined when no listener answers).
 * fake-browser's own sendMessage passes an empty sender, which no real browser does.
 */
export async function deliver(message: unknown, sender: FakeSender): Promise<unknown> {
  // A copy, as the browser serializes the message on the way.
  const copy = message === undefined ? undefined : structuredClone(message);
  const answers = await (
    fakeBrowser.runtime.onMessage as unknown as { trigger: (...args: unknown[]) => Promise<unknown[]> }
  ).trigger(copy, sender, () => undefined);
  return answers.find((answer) => answer !== undefined);
}

/** browser.runtime.sendMessage from one of this extension's pages. */
export const sendMessage = (message: unknown): Promise<unknown> => deliver(message, ownPage());
