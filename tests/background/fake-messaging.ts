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
 * with the answer, as browser.runtime.sendMessage does: the one passed to `sendResponse` by a
 * listener that returned true (the form the worker uses), else the first value a listener
 * returned, else undefined. fake-browser's own sendMessage passes an empty sender, which no real
 * browser does, and no sendResponse.
 */
export async function deliver(message: unknown, sender: FakeSender): Promise<unknown> {
  // Copies, as the browser serializes the message and the answer on the way.
  const copy = message === undefined ? undefined : structuredClone(message);
  let respond: (reply: unknown) => void = () => undefined;
  const response = new Promise<unknown>((done) => {
    respond = (reply) => done(reply === undefined ? undefined : structuredClone(reply));
  });
  const answers = await (
    fakeBrowser.runtime.onMessage as unknown as { trigger: (...args: unknown[]) => Promise<unknown[]> }
  ).trigger(copy, sender, (reply: unknown) => respond(reply));
  if (answers.includes(true)) return response;
  return answers.find((answer) => answer !== undefined);
}

/** browser.runtime.sendMessage from one of this extension's pages. */
export const sendMessage = (message: unknown): Promise<unknown> => deliver(message, ownPage());
