import type { IdleState } from '../core';
import { browser } from './browser';

export function setIdleDetection(seconds: number): void {
  browser.idle.setDetectionInterval(seconds);
}

export async function queryIdle(seconds: number): Promise<IdleState> {
  return browser.idle.queryState(seconds);
}

export function onIdleChanged(listener: (state: IdleState) => void): void {
  browser.idle.onStateChanged.addListener(listener);
}
