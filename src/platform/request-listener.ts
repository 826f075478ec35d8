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
 */
export function onRequest(handler: (request: Request) => Promise<Reply>): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: MessageSender) => {
    if (!isFromThisExtension(sender)) return undefined;
    const parsed = parseRequest(message);
    if (!parsed.ok) {
      const reply: Reply = { ok: false, error: t('status_error_unknown_request', parsed.field) };
      return Promise.resolve(reply);
    }
    return handler(parsed.request);
  });
}
