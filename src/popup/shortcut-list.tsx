import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '../locales/keys';
import { COMMANDS, type CommandName, openShortcutSettings, readShortcuts, type Shortcut } from '../platform/commands';
import { t } from '../platform/i18n';

const LABEL: Record<CommandName, MessageKey> = {
  'start-break': 'popup_shortcut_start_break',
  'toggle-pause': 'popup_shortcut_toggle_pause',
};

const changeShortcuts = () => {
  void openShortcutSettings().then(() => window.close());
};

/** The shortcuts as the browser has them; read once, since changing them means leaving the popup. */
function useShortcuts(): readonly Shortcut[] | null {
  const [shortcuts, setShortcuts] = useState<readonly Shortcut[] | null>(null);
  useEffect(() => {
    void readShortcuts().then(setShortcuts);
  }, []);
  return shortcuts;
}

/**
 * The keyboard shortcuts and the way to change them: the inside of the folded "Keyboard
 * shortcuts", loaded when it is first unfolded (shortcuts.tsx).
 */
export function ShortcutList() {
  const shortcuts = useShortcuts();
  const known = [...(shortcuts ?? [])].sort((a, b) => COMMANDS.indexOf(a.name) - COMMANDS.indexOf(b.name));
  return (
    <>
      {known.length > 0 && (
        <dl class="shortcut-list">
          {known.map((s) => (
            <div key={s.name}>
              <dt>{t(LABEL[s.name])}</dt>
              <dd>{s.shortcut ? <Keys combo={s.shortcut} /> : t('popup_shortcut_not_set')}</dd>
            </div>
          ))}
        </dl>
      )}
      <button type="button" class="btn-inline" onClick={changeShortcuts}>
        {t('popup_shortcuts_change')}
      </button>
    </>
  );
}

/**
 * "Alt+Shift+B" as keys: one <kbd> per key inside one for the whole combination (the HTML
 * spec's way). macOS gives "⌥⇧B" with no plus signs, which stays a single key group.
 */
function Keys({ combo }: { combo: string }) {
  const keys = combo.split('+');
  if (keys.length < 2 || keys.some((k) => k === '')) return <kbd class="key">{combo}</kbd>;
  return (
    <kbd>
      {keys.map((k, i) => (
        <Fragment key={`${i}-${k}`}>
          {i > 0 && '+'}
          <kbd class="key">{k}</kbd>
        </Fragment>
      ))}
    </kbd>
  );
}
