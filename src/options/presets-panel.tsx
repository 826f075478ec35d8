import { onPolicyChanged } from '../platform/policy-store';
import type { SettingsInEffect } from '../platform/settings-store';
import { readPolicy } from '../platform/team-policy';
import { Loading } from '../ui/loading';
import { useStored } from '../ui/use-store';
import { PresetsTab } from './presets-tab';

/**
 * The Presets tab with the whole admin policy (its team presets, checklist items and problems)
 * read beside the settings. Loaded, with the preset parser, when the tab is first opened.
 */
export function PresetsPanel({ loaded }: { loaded: SettingsInEffect }) {
  const policy = useStored(readPolicy, [onPolicyChanged]);
  return policy ? <PresetsTab loaded={{ ...loaded, policy }} /> : <Loading />;
}
