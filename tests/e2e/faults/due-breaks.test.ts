/**
 * The faults that must wait for a break to fall due (a minute at the shortest interval) run side by
 * side, each in browsers of its own: the worker stopped at random moments over two cycles
 * (worker-stopped.ts), and the notification failing or denied (notifications-fail.ts).
 */
import { describe, it } from 'vitest';
import { failNotifications } from './notifications-fail';
import { stopWorkerAtRandom } from './worker-stopped';

describe.concurrent('faults around a due break', () => {
  it(
    'prompts each due break exactly once while the worker is stopped at 20 random moments',
    stopWorkerAtRandom,
    200_000,
  );
  it(
    'opens the break window when the notification cannot be created or notifications are denied',
    failNotifications,
    120_000,
  );
});
