import { parseRequest, type Reply, type Request } from '../shared/messages';
import { browser } from './browser';
import { t } from './i18n';

/** What the browser says about who sent a message; only the fields checked here. */
export interface MessageSender {
  id?: string;
  url?: string;
}

/**
 * True for a message from one of this extension's own pages. runtime.onMessage only hears this
 * extension (there is no externally_connectable, and no content scripts), so this is a second
 * lock: the sender's extension id must be ours, and its page, when named, one of ours.
 */
export function isFromThisExtension(sender: MessageSender | undefined): boolean {
  if (sender?.id !== browser.runtime.id) return false;
  return sender.url === undefined || sender.url.startsWith(browser.runtime.getURL(''));
}

/**
 * The worker's side of messaging (pages send with messaging.ts): each message from this extension
 * is checked strictly (parseRequest) before `handler` sees it; a malformed one is answered with
 * an error naming the field, and a message from anywhere else gets no answer at all.
 *
 * The answer goes back through `sendResponse`, with `true` returned to keep the channel open:
 * Chromium's own API (the worker runs without the polyfill, native-browser.ts) ignores a promise
 * a listener returns, and Firefox and the polyfill understand this form too.
 */
export function onRequest(handler: (request: Request) => Promise<Reply>): void {
  const listener = (message: unknown, sender: MessageSender, sendResponse: (reply: Reply) => void) => {
    if (!isFromThisExtension(sender)) return undefined;
    const parsed = parseRequest(message);
    const reply = parsed.ok
      ? handler(parsed.request)
      : Promise.resolve<Reply>({ ok: false, error: t('status_error_unknown_request', parsed.field) });
    // A failure reaches the page as the polyfill carried it: the error's own message.
    void reply.then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  };
  // The polyfill's types split listeners into ones that always return true and ones that never
  // answer; this one answers only messages from this extension, as the browsers allow.
  browser.runtime.onMessage.addListener(
    listener as unknown as Parameters<typeof browser.runtime.onMessage.addListener>[0],
  );
}
