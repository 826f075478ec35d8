import type { ComponentChildren, ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Loading } from './loading';

/**
 * A component whose code is fetched with a dynamic import() the first time it renders, so a page
 * loads it only when it is shown (a tab opened). `fallback` stands in until the code is there:
 * the loading line by default, nothing for a part that may as well appear a moment later.
 */
export function lazy<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: ComponentChildren = <Loading />,
): (props: P) => ComponentChildren {
  let component: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  return function Lazy(props: P) {
    const [, setLoaded] = useState(component !== null);
    useEffect(() => {
      if (component) return;
      let live = true;
      loading ??= load();
      loading.then(
        (loaded) => {
          component = loaded;
          if (live) setLoaded(true);
        },
        (error: unknown) => {
          loading = null; // a later mount tries again
          console.error(error);
        },
      );
      return () => {
        live = false;
      };
    }, []);
    const Component = component;
    return Component ? <Component {...props} /> : fallback;
  };
}
