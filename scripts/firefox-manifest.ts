import { DEFAULT_FIREFOX_ID } from '../src/core/presets/deploy/types.ts';

type Manifest = Record<string, unknown> & {
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  storage?: Record<string, unknown>;
};

/**
 * The Firefox manifest, derived from the one Chromium manifest so the two never drift apart.
 * - Firefox runs MV3 backgrounds as event pages (`background.scripts`), not service workers.
 * - The gecko id is what Firefox's enterprise policies name (docs/admins.md); 140 is the first
 *   release (and ESR) that knows `data_collection_permissions`, where we declare that nothing
 *   is collected.
 * - Firefox reads managed storage from policies.json without a schema, and has no minimum
 *   Chrome version: both keys only draw warnings from `web-ext lint`.
 */
export function firefoxManifest(chromium: Manifest): Manifest {
  const { minimum_chrome_version: _chromeOnly, storage: _schema, background, ...rest } = chromium;
  return {
    ...rest,
    background: { scripts: background?.service_worker ? [background.service_worker] : [], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: DEFAULT_FIREFOX_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android learnt data_collection_permissions in 142, two releases after desktop.
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}
