import { lazy } from './lazy';

/**
 * The disclaimer notice, fetched only when it is shown: until the person acknowledges it, on the
 * first popup or break page. Everyone else never loads its code (the popup's 20 KB budget, issue 9).
 */
export const FirstRunNotice = lazy(() => import('./disclaimer-notice').then((m) => m.DisclaimerNotice), null);
