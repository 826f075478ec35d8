import type { BreakKind, UserAction } from '../core';

/** Where a request came from: the worker skips opening the break page for the page itself. */
export type RequestSource = 'popup' | 'options' | 'break-page';

/**
 * Every message a page sends the worker. Reads go straight to storage, so only actions remain,
 * and opening the break window: the worker does it, so a popup closing mid-way can't leave a
 * second window behind.
 */
export type Request =
  | { type: 'action'; action: UserAction; from: RequestSource }
  | { type: 'open-break'; kind: BreakKind };

/** `error` is worded for the person, in their language: pages show it as it is. */
export type Reply = { ok: true } | { ok: false; error: string };
