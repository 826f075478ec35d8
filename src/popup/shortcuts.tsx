import { Fragment } from 'preact';
import type { MessageKey } from '../locales/keys';
import { COMMANDS, type CommandName, type Shortcut } from '../platform/commands';
import { t } from '../platform/i18n';

const LABEL: Record<CommandName, MessageKey> = {
  'start-break': 'popup_shortcut_start_break',
  'toggle-pause': 'popup_shortcut_toggle_pause',
};

interface Props {
  /** The browser's current keys; null until it has answered. */
  shortcuts: readonly Shortcut[] | null;
  /** Opens the browser's own page for changing them. */
  onChange(): void;
}

/** The keyboard shortcuts, folded away so the status view keeps its room. */
export function Shortcuts({ shortcuts, onChange }: Props) {
  const known = [...(shortcuts ?? [])].sort((a, b) => COMMANDS.indexOf(a.name) - COMMANDS.indexOf(b.name));
  return (
    <details class="shortcuts" data-testid="shortcuts">
      <summary>{t('popup_shortcuts')}</summary>
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
      <button type="button" class="btn-inline" onClick={onChange}>
        {t('popup_shortcuts_change')}
      </button>
    </details>
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
