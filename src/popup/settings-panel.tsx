import '../ui/forms.css';
import '../ui/choices.css';
import { saveSettings } from '../ui/actions';
import { SettingsForm } from '../ui/settings-form';
import type { StatusSnapshot } from '../ui/use-store';

/** The popup's Settings tab: the short settings form. Loaded when the tab is first opened. */
export function SettingsPanel({ engine }: { engine: StatusSnapshot }) {
  return (
    <SettingsForm
      settings={engine.settings}
      onSave={saveSettings}
      compact
      locked={engine.locked}
      organization={engine.organization}
    />
  );
}
