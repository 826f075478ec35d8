import { useEffect, useRef } from 'preact/hooks';

/**
 * Focuses the element whenever `key` changes (on mount too), so the main action of a new view is
 * where keyboard and screen-reader users land, instead of the top of the page.
 */
export function useFocus<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [key]);
  return ref;
}
