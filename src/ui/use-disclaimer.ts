import { onDisclaimerChanged, readDisclaimer } from '../platform/disclaimer-store';
import { useStored } from './use-store';

const readAcknowledged = async () => (await readDisclaimer()) !== null;

/** Whether the person has acknowledged the first-run notice; null until storage answers. */
export function useDisclaimerAcknowledged(): boolean | null {
  return useStored(readAcknowledged, [onDisclaimerChanged]);
}
