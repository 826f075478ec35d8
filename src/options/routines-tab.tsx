import type { Settings } from '../core';
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
      <p class="muted">
        Each break builds a short routine from the stretch library. Tell Sitwell what to aim at and what suits the place
        you work in.
      </p>
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
