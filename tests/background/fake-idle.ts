import type { IdleState } from '../../src/core';
import { fakeEvent } from './fake-event';

/** A stand-in for browser.idle: tests set the state and fire changes by hand. */
export const fakeIdle = {
  state: 'active' as IdleState,
  interval: 0,
  onStateChanged: fakeEvent<[state: IdleState]>(),
  reset() {
    fakeIdle.state = 'active';
    fakeIdle.interval = 0;
    fakeIdle.onStateChanged.clear();
  },
  setDetectionInterval(seconds: number) {
    fakeIdle.interval = seconds;
  },
  async queryState(_seconds: number): Promise<IdleState> {
    return fakeIdle.state;
  },
  fire(state: IdleState) {
    fakeIdle.state = state;
    fakeIdle.onStateChanged.fire(state);
  },
};
