/**
 * What Sitwell may ask the browser for, pinned. README "Permissions" lists the four permissions
 * and says there are no host permissions, no content scripts and no access to the pages a person
 * visits; the only host access ever requested is optional and limited to the meeting sites below,
 * all over https. The default MV3 content security policy applies (no remote code, no eval), so
 * the manifest must not set its own. The built manifests, when there is a build, are held to the
 * same rules, and the built code must load no script from the network.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Manifest = Record<string, unknown>;

const PERMISSIONS = ['alarms', 'storage', 'notifications', 'idle'];

/** The meeting sites whose pages Sitwell may ask, optionally, to look at. */
const MEETING_HOSTS = [
  'meet.google.com',
  '*.zoom.us',
  'zoom.us',
  'teams.microsoft.com',
  'teams.live.com',
  // Microsoft's newer address for Teams on the web (the defer helper's manifest names it too).
  'teams.cloud.microsoft',
  '*.webex.com',
  'whereby.com',
  'meet.jit.si',
];

/** An https match pattern for exactly one of MEETING_HOSTS, with any path. */
function isMeetingPattern(pattern: unknown): boolean {
  if (typeof pattern !== 'string') return false;
  const m = /^https:\/\/([^/]+)(\/\S*)$/.exec(pattern);
  return m !== null && MEETING_HOSTS.includes(m[1] as string);
}

const read = (path: string): Manifest => JSON.parse(readFileSync(path, 'utf8')) as Manifest;

/** Every rule the manifest must keep, as a list of broken ones (empty when all hold). */
function problems(manifest: Manifest, background: 'service-worker' | 'event-page'): string[] {
  const found: string[] = [];
  const has = (key: string) => Object.hasOwn(manifest, key);
  if (manifest.manifest_version !== 3) found.push('manifest_version is not 3');
  if (JSON.stringify(manifest.permissions) !== JSON.stringify(PERMISSIONS)) {
    found.push(`permissions are ${JSON.stringify(manifest.permissions)}, not ${JSON.stringify(PERMISSIONS)}`);
  }
  for (const key of ['host_permissions', 'optional_permissions', 'content_scripts', 'externally_connectable']) {
    if (has(key)) found.push(`has ${key}`);
  }
  if (has('content_security_policy')) found.push('sets content_security_policy (the MV3 default must apply)');
  const war = manifest.web_accessible_resources;
  if (war !== undefined && !(Array.isArray(war) && war.length === 0)) found.push('lists web_accessible_resources');
  const optionalHosts = manifest.optional_host_permissions;
  if (optionalHosts !== undefined) {
    if (!Array.isArray(optionalHosts)) found.push('optional_host_permissions is not a list');
    else {
      for (const p of optionalHosts) {
        if (!isMeetingPattern(p)) found.push(`optional host permission ${JSON.stringify(p)} is not a meeting site`);
      }
    }
  }
  const bg = manifest.background as Record<string, unknown> | undefined;
  if (bg?.type !== 'module') found.push('background is not a module');
  if (background === 'service-worker') {
    if (typeof bg?.service_worker !== 'string' || Object.hasOwn(bg, 'scripts') || Object.hasOwn(bg, 'page')) {
      found.push('background is not a single service worker');
    }
  } else if (!Array.isArray(bg?.scripts) || bg.scripts.length !== 1 || Object.hasOwn(bg, 'service_worker')) {
    found.push('background is not a single event-page script');
  }
  return found;
}

describe('manifest.json', () => {
  const manifest = read('manifest.json');

  it('asks for exactly alarms, storage, notifications and idle, and no host, page or outside access', () => {
    expect(problems(manifest, 'service-worker')).toEqual([]);
  });

  it('accepts only https patterns of the listed meeting sites as optional hosts', () => {
    const good = [
      'https://meet.google.com/*',
      'https://*.zoom.us/*',
      'https://zoom.us/*',
      'https://teams.microsoft.com/*',
      'https://teams.live.com/*',
      'https://*.webex.com/*',
      'https://whereby.com/*',
      'https://meet.jit.si/*',
    ];
    const bad = [
      '<all_urls>',
      '*://*/*',
      'https://*/*',
      'http://meet.google.com/*',
      '*://meet.google.com/*',
      'https://*.google.com/*',
      'https://meet.google.com.evil.example/*',
      'https://evil.example/meet.google.com/*',
      'https://*.zoom.us.evil.example/*',
      'https://meet.google.com',
      'file:///*',
      'https://*.com/*',
      42,
    ];
    expect(good.filter((p) => !isMeetingPattern(p))).toEqual([]);
    expect(bad.filter((p) => isMeetingPattern(p))).toEqual([]);
    for (const p of bad) {
      expect(problems({ ...manifest, optional_host_permissions: [p] }, 'service-worker')).toHaveLength(1);
    }
  });

  it('fails on each broadening the rules forbid', () => {
    const broadened: Manifest[] = [
      { ...manifest, permissions: [...PERMISSIONS, 'tabs'] },
      { ...manifest, permissions: PERMISSIONS.slice(1) },
      { ...manifest, host_permissions: ['https://meet.google.com/*'] },
      { ...manifest, optional_permissions: ['tabs'] },
      { ...manifest, content_scripts: [{ matches: ['https://meet.google.com/*'], js: ['x.js'] }] },
      { ...manifest, externally_connectable: { matches: ['https://example.com/*'] } },
      { ...manifest, web_accessible_resources: [{ resources: ['*'], matches: ['<all_urls>'] }] },
      { ...manifest, content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" } },
      { ...manifest, background: { service_worker: 'sw.js' } },
      { ...manifest, background: { page: 'bg.html', type: 'module' } },
    ];
    for (const m of broadened) expect(problems(m, 'service-worker').length, JSON.stringify(m)).toBeGreaterThan(0);
  });
});

// ---------------------------------------------------------------------------------------------
// The builds, when there are any (`npm run build`; CI builds after the unit tests)

const BUILDS = [
  { dir: 'dist/chrome', background: 'service-worker' },
  { dir: 'dist/firefox', background: 'event-page' },
] as const;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Ways built code could load or run code from elsewhere, or from a string. */
const REMOTE_CODE: { name: string; re: RegExp }[] = [
  { name: 'import() of a URL', re: /\bimport\s*\(\s*['"`](?:https?:)?\/\//i },
  { name: 'static import of a URL', re: /\b(?:import|from)\s*['"`](?:https?:)?\/\//i },
  { name: 'importScripts()', re: /\bimportScripts\s*\(/ },
  { name: '<script src> from the network', re: /<script\b[^>]*\bsrc\s*=\s*['"]?(?:https?:)?\/\//i },
  { name: 'eval()', re: /(?<![\w$.])eval\s*\(/ },
  { name: 'new Function()', re: /\bnew\s+Function\s*\(/ },
];

describe.each(BUILDS)('built $dir', ({ dir, background }) => {
  const built = existsSync(join(dir, 'manifest.json'));
  const skipped = built ? '' : ` (skipped: ${dir} is not built; \`npm run build\` makes it)`;

  it.skipIf(!built)(`keeps the manifest's permissions and limits${skipped}`, () => {
    expect(problems(read(join(dir, 'manifest.json')), background)).toEqual([]);
  });

  it.skipIf(!built)(`loads no script from the network and runs no code from strings${skipped}`, () => {
    const offenders = files(dir)
      .filter((path) => /\.(m?js|html)$/.test(path))
      .flatMap((path) => {
        const text = readFileSync(path, 'utf8');
        return REMOTE_CODE.filter(({ re }) => re.test(text)).map(({ name }) => `${path}: ${name}`);
      });
    expect(offenders).toEqual([]);
  });
});

describe('the remote-code scan', () => {
  it('catches each way of loading remote code', () => {
    const samples = [
      'import("https://cdn.example/x.js")',
      'import(`https://cdn.example/x.js`)',
      "import x from 'https://cdn.example/x.js'",
      'importScripts("lib.js")',
      '<script src="https://cdn.example/x.js"></script>',
      '<script type="module" src="//cdn.example/x.js"></script>',
      'eval(code)',
      'new Function("return 1")',
    ];
    for (const s of samples)
      expect(
        REMOTE_CODE.some(({ re }) => re.test(s)),
        s,
      ).toBe(true);
    const fine = [
      'import("./chunk-abc.js")',
      '<script type="module" crossorigin src="/assets/index.js"></script>',
      'const o = `http://www.w3.org/2000/svg`',
      'x.evaluate(1); retrieval(2)',
    ];
    for (const s of fine)
      expect(
        REMOTE_CODE.some(({ re }) => re.test(s)),
        s,
      ).toBe(false);
  });
});
