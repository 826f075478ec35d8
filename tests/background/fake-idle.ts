import type { IdleState } from '../../src/core';

type Listener = (state: IdleState) => void;

/** A stand-in for browser.idle: tests set the state and fire changes by hand. */
export const fakeIdle = {
  state: 'active' as IdleState,
  interval: 0,
  listeners: [] as Listener[],
  reset() {
    this.state = 'active';
    this.interval = 0;
    this.listeners = [];
  },
  setDetectionInterval(seconds: number) {
    fakeIdle.interval = seconds;
  },
  async queryState(_seconds: number): Promise<IdleState> {
    return fakeIdle.state;
  },
  onStateChanged: {
    addListener(listener: Listener) {
      fakeIdle.listeners.push(listener);
    },
    removeListener(listener: Listener) {
      fakeIdle.listeners = fakeIdle.listeners.filter((l) => l !== listener);
    },
    hasListener(listener: Listener) {
      return fakeIdle.listeners.includes(listener);
    },
  },
  fire(state: IdleState) {
    fakeIdle.state = state;
    for (const l of fakeIdle.listeners) l(state);
  },
};
