import { describe, expect, it } from 'vitest';
import preset from '../../../docs/preset.schema.json' with { type: 'json' };
import manifest from '../../../manifest.json' with { type: 'json' };
import managed from '../../../public/managed-schema.json' with { type: 'json' };
import { firefoxManifest } from '../../../scripts/firefox-manifest';
import { validatePartialSettings } from '../../../src/core/presets/partial-settings';
import { defaultSettings } from '../../../src/core/settings/defaults';
import { LIMITS } from '../../../src/core/settings/limits';
import { validateSettings } from '../../../src/core/settings/validate';
import { MEETING_SITES, meetingHosts } from '../../../src/platform/meeting-permission';
import { checkDraft, toDraft } from '../../../src/ui/settings-draft';
import { worded } from './worded';

describe('the defer settings (meetings and presentations)', () => {
  it('wait for full screen by default, for meetings only when asked, 30 minutes at most', () => {
    expect(defaultSettings().defer).toEqual({ fullscreen: true, meetings: false, maxMinutes: 30 });
    expect(LIMITS['defer.maxMinutes']).toEqual({ min: 1, max: 120 });
  });

  it('reject a bad value field by field and keep the rest', () => {
    const { settings, errors } = validateSettings({ defer: { fullscreen: 'yes', meetings: true, maxMinutes: 121 } });
    expect(settings.defer).toEqual({ fullscreen: true, meetings: true, maxMinutes: 30 });
    expect(worded(errors)).toEqual([
      { field: 'defer.fullscreen', message: 'defer.fullscreen must be true or false.' },
      { field: 'defer.maxMinutes', message: 'defer.maxMinutes must be a whole number from 1 to 120.' },
    ]);
    expect(validateSettings({ defer: 'off' }).settings.defer).toEqual(defaultSettings().defer);
  });

  it('may come in a preset or a policy, with unknown fields reported', () => {
    const { settings, errors } = validatePartialSettings({ defer: { meetings: true, maxMinutes: 0, calls: true } });
    expect(settings).toEqual({ defer: { meetings: true } });
    expect(errors.map((e) => e.field)).toEqual(['defer.maxMinutes', 'defer.calls']);
  });

  it('are described for administrators and in the preset schema with the same range', () => {
    const node = managed.properties.enforced.properties.defer;
    expect(Object.keys(node.properties)).toEqual(['fullscreen', 'meetings', 'maxMinutes']);
    expect(node.properties.maxMinutes).toMatchObject({ type: 'integer', minimum: 1, maximum: 120 });
    const doc = preset.$defs.settings.properties.defer;
    expect(doc.properties.maxMinutes).toMatchObject({ type: 'integer', minimum: 1, maximum: 120 });
    expect(doc.additionalProperties).toBe(false);
  });

  it('are named in people’s words in the form’s errors', () => {
    const { errors } = checkDraft({ ...toDraft(defaultSettings()), 'defer.maxMinutes': '' });
    expect(errors['defer.maxMinutes']).toBe('The longest hold must be a whole number from 1 to 120.');
  });
});

describe('the meeting sites', () => {
  it('are optional host permissions only: no "tabs", no required host access, https only', () => {
    expect(manifest.permissions).not.toContain('tabs');
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(MEETING_SITES).toEqual(manifest.optional_host_permissions);
    for (const site of MEETING_SITES) expect(site).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\.[a-z]+\/\*$/);
    expect(firefoxManifest(manifest).optional_host_permissions).toEqual(manifest.optional_host_permissions);
  });

  it('include the well-known meeting services', () => {
    expect(meetingHosts()).toEqual(
      expect.arrayContaining([
        'meet.google.com',
        'zoom.us',
        'teams.microsoft.com',
        'teams.live.com',
        'webex.com',
        'whereby.com',
        'meet.jit.si',
      ]),
    );
  });
});
