// The service worker's browser API: the browser's own namespace, without webextension-polyfill.
// Every API the worker calls answers with promises natively in both browsers it runs in (Chrome
// 116+, Firefox 140+: manifest.json's minimum versions), so the polyfill's wrappers would only
// cost the worker a quarter of its 12 KB size budget (issue 9). scripts/vite-plugin-worker.ts
// puts this module in the polyfill's place in the worker's bundle; the pages and every test keep
// the polyfill. What the polyfill still did for the worker, promise-returning onMessage
// listeners, request-listener.ts does with sendResponse, which both browsers understand.
import type Browser from 'webextension-polyfill';

type Namespaces = { browser?: typeof Browser; chrome?: typeof Browser };
const { browser, chrome } = globalThis as unknown as Namespaces;

// Firefox has `browser` (and a `chrome` alias of it); Chromium has `chrome`.
export default (browser ?? chrome) as typeof Browser;
