import type { DeployIds } from './types';
import { windowsPolicyKey, windowsRegFileName } from './windows-reg';

/** The README.txt placed next to the generated files: what each file is and where it goes. */
export function deployReadme(ids: DeployIds, files: { mode: 'enforced' | 'defaults'; placeholderId: boolean }): string {
  const edgeId = ids.edgeId ?? ids.extensionId;
  const lines = [
    `Sitwell deployment kit for the preset "${ids.presetName}"`,
    '',
    `Settings are applied as "${files.mode}": ${
      files.mode === 'enforced'
        ? 'people cannot change them.'
        : 'they are starting values that people may still change.'
    }`,
    `Chromium extension id: ${ids.extensionId}`,
    ...(ids.edgeId && ids.edgeId !== ids.extensionId ? [`Edge extension id: ${edgeId}`] : []),
    `Firefox add-on id: ${ids.firefoxId}`,
    ...(files.placeholderId
      ? [
          '',
          'WARNING: these files use a placeholder extension id. Generate them again with',
          '--extension-id set to the id shown at chrome://extensions before deploying.',
        ]
      : []),
    '',
    'chromium-linux/sitwell.json',
    '  Chrome on Linux: copy to /etc/opt/chrome/policies/managed/',
    '  Chromium on Linux: copy to /etc/chromium/policies/managed/',
    '  (root-owned, readable by everyone, not writable by others)',
    '',
    windowsRegFileName('chrome'),
    `  Chrome on Windows: import as an administrator. Writes ${windowsPolicyKey('chrome', ids.extensionId)}`,
    '',
    windowsRegFileName('edge'),
    `  Edge on Windows: import as an administrator. Writes ${windowsPolicyKey('edge', edgeId)}`,
    '',
    'macos.mobileconfig',
    '  Chrome on macOS: upload to your device management (MDM) service, or open it and approve it',
    '  under System Settings > Privacy & Security > Profiles for a single Mac.',
    '',
    'google-admin-console.json',
    '  Chrome managed from the Google Admin console: Devices > Chrome > Apps & extensions, choose',
    '  Sitwell, and paste the whole file into "Policy for extensions".',
    '',
    'firefox-policies.json',
    '  Firefox: rename to policies.json and put it in the "distribution" folder beside the Firefox',
    '  program (or /etc/firefox/policies/ on Linux). If a policies.json is already there, merge the',
    '  "3rdparty" section into it instead.',
    '',
    'Check the result at chrome://policy (Chrome, Edge: edge://policy) or about:policies (Firefox).',
    'The full walk-through is docs/admins.md in the Sitwell source.',
    '',
  ];
  return lines.join('\n');
}
