/** A browser event (`onSomething`) for the fakes the fake browser lacks: tests fire it by hand. */
export function fakeEvent<A extends unknown[]>() {
  let listeners: ((...args: A) => void)[] = [];
  return {
    addListener(listener: (...args: A) => void) {
      listeners.push(listener);
    },
    removeListener(listener: (...args: A) => void) {
      listeners = listeners.filter((l) => l !== listener);
    },
    hasListener(listener: (...args: A) => void) {
      return listeners.includes(listener);
    },
    /** Calls every listener, as the browser would deliver the event. */
    fire(...args: A) {
      for (const l of listeners) l(...args);
    },
    /** Forgets every listener, as when the worker's script is unloaded. */
    clear() {
      listeners = [];
    },
  };
}
