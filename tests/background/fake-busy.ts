import { fakeBrowser } from '@webext-core/fake-browser';

type WindowState = 'normal' | 'minimized' | 'maximized' | 'fullscreen';

interface FakeTab {
  url: string;
  audible: boolean;
}

/** A match pattern such as `https://*.zoom.us/*` as a regular expression (scheme, host, any path). */
function patternToRegExp(pattern: string): RegExp {
  const m = /^(https?):\/\/(\*\.)?([^/*]+)\/\*$/.exec(pattern);
  if (!m) throw new Error(`the fake knows only scheme://[*.]host/* patterns, not ${pattern}`);
  const host = (m[3] as string).replaceAll('.', '\\.');
  return new RegExp(`^${m[1]}://${m[2] ? `([^/]+\\.)?` : ''}${host}(:\\d+)?/`);
}

const matchesAny = (url: string, patterns: Iterable<string>) => [...patterns].some((p) => patternToRegExp(p).test(url));

/**
 * What the worker needs to tell whether the person is busy, for the worker tests: the last focused
 * window's state, tabs.query by URL pattern and the optional permissions. fake-browser has no
 * permissions API and matches tab URLs only exactly. Like Chromium without "tabs", a query by URL
 * sees only tabs on sites the extension holds a host permission for.
 */
export const fakeBusy = {
  windowState: 'normal' as WindowState,
  /** False: no browser window is open (getLastFocused rejects, as Chromium's does). */
  hasWindow: true,
  tabs: [] as FakeTab[],
  granted: new Set<string>(),
  /** What the person answers when asked for a permission. */
  answer: true,
  queries: [] as Array<Record<string, unknown>>,
  requests: 0,

  reset() {
    this.windowState = 'normal';
    this.hasWindow = true;
    this.tabs = [];
    this.granted = new Set();
    this.answer = true;
    this.queries = [];
    this.requests = 0;
  },

  /** Puts the fakes in place; run after fakeBrowser.reset(), which leaves them be. */
  install() {
    Object.assign(fakeBrowser.windows, {
      async getLastFocused() {
        if (!fakeBusy.hasWindow) throw new Error('No last-focused window');
        return { id: 1, focused: true, incognito: false, alwaysOnTop: false, state: fakeBusy.windowState };
      },
    });
    Object.assign(fakeBrowser.tabs, {
      async query(info: { audible?: boolean; url?: string | string[] }) {
        fakeBusy.queries.push({ ...info });
        const wanted = info.url === undefined ? null : Array.isArray(info.url) ? info.url : [info.url];
        return fakeBusy.tabs
          .filter((tab) => info.audible === undefined || tab.audible === info.audible)
          .filter((tab) => wanted === null || (matchesAny(tab.url, wanted) && matchesAny(tab.url, fakeBusy.granted)))
          .map((tab, i) => ({ id: i + 1, index: i, windowId: 1, active: false, ...tab }));
      },
    });
    Object.assign(fakeBrowser, {
      permissions: {
        async contains({ origins = [] }: { origins?: string[] }) {
          return origins.every((o) => fakeBusy.granted.has(o));
        },
        async request({ origins = [] }: { origins?: string[] }) {
          fakeBusy.requests++;
          if (fakeBusy.answer) for (const o of origins) fakeBusy.granted.add(o);
          return fakeBusy.answer;
        },
        async remove({ origins = [] }: { origins?: string[] }) {
          for (const o of origins) fakeBusy.granted.delete(o);
          return true;
        },
        async getAll() {
          return { permissions: [], origins: [...fakeBusy.granted] };
        },
      },
    });
  },
};
