import type { Settings } from '../core';
import { t } from '../platform/i18n';
import { SettingsForm } from '../ui/settings-form';
import { type MutedItem, MutedList } from './muted-list';

interface Props {
  settings: Settings;
  saveSettings(settings: Settings): Promise<void>;
  muted: readonly MutedItem[] | null;
  onUnmute(id: string): Promise<void>;
  /** Fields the administrator enforces, and who set them. */
  locked?: ReadonlySet<string> | undefined;
  organization?: string | null | undefined;
}

/** What routines draw from (saved with the rest of the settings), and the muted exercises. */
export function RoutinesTab({ settings, saveSettings, muted, onUnmute, locked, organization }: Props) {
  return (
    <div class="routines-tab">
      <p class="muted">{t('opt_routines_intro')}</p>
      <SettingsForm
        settings={settings}
        onSave={saveSettings}
        group="routine"
        locked={locked}
        organization={organization}
      />
      <MutedList muted={muted} onUnmute={onUnmute} />
    </div>
  );
}
