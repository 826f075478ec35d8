import type { Reply, Request } from '../shared/messages';
import type { runEvent } from './run-event';

type Run = typeof runEvent;

/** The worker's one message map: each request type to the engine event it becomes. */
export async function handleRequest(request: Request, run: Run): Promise<Reply> {
  switch (request.type) {
    case 'action':
      await run({ type: 'action', action: request.action }, { openPage: request.from !== 'break-page' });
      return { ok: true };
    default:
      return { ok: false, error: `Unknown request: ${String((request as { type: unknown }).type)}` };
  }
}
