import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';

export interface Tab {
  id: string;
  label: string;
  panel: ComponentChildren;
  /**
   * Renders the panel only once its tab is first opened (it then stays mounted), so a panel
   * that fetches its code on demand is not fetched with the page.
   */
  whenOpened?: boolean;
}

interface Props {
  /** Names the tab list for screen readers. */
  label: string;
  tabs: readonly Tab[];
  /** The tab shown first, by id (from a link such as options#routines); the first tab otherwise. */
  initial?: string | undefined;
}

const STEP: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

/**
 * The WAI-ARIA tabs pattern with automatic activation: one tab stop, arrow keys move between
 * tabs. Hidden panels stay mounted so a half-edited form survives a look at another tab.
 * The panel element is always there for the tab to control; only its content may wait.
 */
export function Tabs({ label, tabs, initial }: Props) {
  const [active, setActive] = useState(() =>
    Math.max(
      0,
      tabs.findIndex((t) => t.id === initial),
    ),
  );
  const opened = useRef(new Set<number>());
  opened.current.add(active);
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  const onKeyDown = (e: KeyboardEvent) => {
    const step = STEP[e.key];
    if (!step) return;
    e.preventDefault();
    const next = step(active, tabs.length);
    setActive(next);
    buttons.current[next]?.focus();
  };
  return (
    <>
      <div class="tablist" role="tablist" aria-label={label}>
        {tabs.map((tab, i) => (
          <button
            key={tab.id}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            role="tab"
            class="tab"
            id={`tab-${tab.id}`}
            aria-controls={`panel-${tab.id}`}
            aria-selected={i === active}
            tabIndex={i === active ? 0 : -1}
            onClick={() => setActive(i)}
            onKeyDown={onKeyDown}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab, i) => (
        <div
          key={tab.id}
          class="tabpanel"
          role="tabpanel"
          id={`panel-${tab.id}`}
          aria-labelledby={`tab-${tab.id}`}
          hidden={i !== active}
        >
          {!tab.whenOpened || opened.current.has(i) ? tab.panel : null}
        </div>
      ))}
    </>
  );
}
