import { useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import { lazy } from '../ui/lazy';

const ShortcutList = lazy(() => import('./shortcut-list').then((m) => m.ShortcutList));

/**
 * The keyboard shortcuts, folded away so the status view keeps its room. What is inside is
 * fetched, and the browser asked for the keys, when the fold is first opened.
 */
export function Shortcuts() {
  const [opened, setOpened] = useState(false);
  return (
    <details
      class="shortcuts"
      data-testid="shortcuts"
      onToggle={(e) => {
        if ((e.currentTarget as HTMLDetailsElement).open) setOpened(true);
      }}
    >
      <summary>{t('popup_shortcuts')}</summary>
      {opened && <ShortcutList />}
    </details>
  );
}
