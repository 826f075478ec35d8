import type { UserAction } from '../core';

/** Where a request came from: the worker skips opening the break page for the page itself. */
export type RequestSource = 'popup' | 'options' | 'break-page';

/** Every message a page sends the worker. Reads go straight to storage, so only actions remain. */
export type Request = { type: 'action'; action: UserAction; from: RequestSource };

export type Reply = { ok: true } | { ok: false; error: string };
