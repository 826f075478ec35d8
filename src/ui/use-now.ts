import { useEffect, useState } from 'preact/hooks';

/**
 * Re-renders every `everyMs` and returns the clock read during this render, so a change of data
 * between ticks is never shown against a stale time. Pages may tick; only the worker may not.
 */
export function useNow(everyMs: number): number {
  const [, setTick] = useState(0);
  useEffect(() => {
    const id = setInterval(() => setTick((t) => t + 1), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return Date.now();
}
