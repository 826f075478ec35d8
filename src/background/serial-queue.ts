/**
 * Runs tasks one after another. Each event reads state, reduces and writes it back; two events
 * interleaving would let the second overwrite the first one's result.
 */
export function serialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
