import type { BreakKind } from '../core';
import { t } from '../platform/i18n';
import type { Reply, Request } from '../shared/messages';
import type { runEvent } from './run-event';

export interface RequestDeps {
  run: typeof runEvent;
  openBreak: (kind: BreakKind) => Promise<void>;
}

/** The worker's one message map: each request type to what the worker does for it. */
export async function handleRequest(request: Request, deps: RequestDeps): Promise<Reply> {
  switch (request.type) {
    case 'action':
      await deps.run({ type: 'action', action: request.action }, { openPage: request.from !== 'break-page' });
      return { ok: true };
    case 'open-break':
      await deps.openBreak(request.kind);
      return { ok: true };
    default:
      return { ok: false, error: t('status_error_unknown_request', String((request as { type: unknown }).type)) };
  }
}
