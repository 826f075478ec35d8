import { useLayoutEffect, useState } from 'preact/hooks';
import { describeStatus, type EngineState, type Settings, type Status } from '../core';
import { onEngineStateChanged, readEngineState } from '../platform/engine-read';
import { onPolicyChanged } from '../platform/policy-store';
import { onSettingsChanged, readSettings, type SettingsInEffect } from '../platform/settings-store';
import { useNow } from './use-now';

/** How often the status line is recomputed: minutes have to tick while the popup stays open. */
const STATUS_TICK_MS = 15_000;

/**
 * Reads from storage now and again whenever `subscribe` reports a change. A later read always
 * wins, so two reads racing each other can never leave an older value on screen.
 */
export function useStored<T>(read: () => Promise<T>, subscribe: Array<(listener: () => void) => () => void>): T | null {
  const [value, setValue] = useState<T | null>(null);
  // A layout effect starts the first read before the browser paints, not a frame later.
  useLayoutEffect(() => {
    let latest = 0;
    let live = true;
    const load = () => {
      const ticket = ++latest;
      read().then((v) => {
        if (live && ticket === latest) setValue(() => v);
      }, console.error);
    };
    load();
    const offs = subscribe.map((on) => on(load));
    return () => {
      live = false;
      for (const off of offs) off();
    };
  }, []);
  return value;
}

export interface EngineSnapshot {
  state: EngineState;
  settings: Settings;
  /** Fields the administrator enforces, and who set them: read with the settings, not again. */
  locked: ReadonlySet<string>;
  organization: string | null;
}

const readEngine = async (): Promise<EngineSnapshot> => {
  const [state, { settings, locked, organization }] = await Promise.all([readEngineState(Date.now()), readSettings()]);
  return { state, settings, locked, organization };
};

/** The engine's stored state and the settings it runs on, kept live. Reads storage only: the worker can sleep. */
export function useEngine(): EngineSnapshot | null {
  return useStored(readEngine, [onEngineStateChanged, onSettingsChanged, onPolicyChanged]);
}

export interface StatusSnapshot extends EngineSnapshot {
  status: Status;
  now: number;
}

/** The engine snapshot with its status worked out for the current minute. */
export function useEngineStatus(): StatusSnapshot | null {
  const engine = useEngine();
  const now = useNow(STATUS_TICK_MS);
  if (!engine) return null;
  return { ...engine, status: describeStatus(engine.state, engine.settings, now), now };
}

/** The effective settings with where they come from (policy locks, organization); kept live. */
export function useEffectiveSettings(): SettingsInEffect | null {
  return useStored(readSettings, [onSettingsChanged, onPolicyChanged]);
}
