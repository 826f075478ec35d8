// The only module that imports webextension-polyfill: Chromium's `chrome.*` and Firefox's
// `browser.*` look the same from here on, promises everywhere. Tests swap it for a fake.
import browser from 'webextension-polyfill';

export { browser };
