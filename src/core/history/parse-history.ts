import { emptyHistory, type History, trim } from './daily';
import { decodeHistory } from './format';
import { migrateStored } from './migrate';

/**
 * Reads history back from storage, whatever version wrote it (migrating older forms), never
 * throwing. Day by day: a garbled column reads as empty, a garbled day is left out, and every
 * readable day is kept. What a person recorded is never thrown away wholesale; anything that is
 * no history at all gives an empty one.
 */
export function parseHistory(raw: unknown): History {
  const body = migrateStored(raw);
  if (body === null) return emptyHistory();
  return trim(decodeHistory(body).history);
}
