import { useRef, useState } from 'preact/hooks';
import { t } from '../platform/i18n';

export interface ActionRunner {
  /** Runs one action at a time; resolves true when it succeeded. */
  run(task: () => Promise<void>): Promise<boolean>;
  /** The last failure, worded for the person, until the next action starts. */
  error: string | null;
}

/**
 * Guards against double clicks without disabling the buttons: a disabled button drops keyboard
 * focus to the page body, which strands screen-reader and keyboard users.
 */
export function useAction(): ActionRunner {
  const busy = useRef(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (task: () => Promise<void>) => {
    if (busy.current) return false;
    busy.current = true;
    setError(null);
    try {
      await task();
      return true;
    } catch (e) {
      setError(t('popup_error_failed', e instanceof Error ? e.message : String(e)));
      return false;
    } finally {
      busy.current = false;
    }
  };
  return { run, error };
}
