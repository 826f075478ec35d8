import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One message as Chrome's messages.json holds it. */
export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Messages = Record<string, MessageEntry>;

export const LOCALES_DIR = join(import.meta.dirname, '..', 'src', 'locales');

/** The area files of one language: `{ "popup.json": {...}, ... }`. */
export function readAreas(lang: string): Record<string, Messages> {
  const dir = join(LOCALES_DIR, lang);
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => [name, JSON.parse(readFileSync(join(dir, name), 'utf8')) as Messages]),
  );
}

/** All messages of one language, merged, keyed by lower-case name as the browsers look them up. */
export function readMessages(lang: string): Map<string, MessageEntry> {
  const out = new Map<string, MessageEntry>();
  for (const area of Object.values(readAreas(lang))) {
    for (const [key, entry] of Object.entries(area)) out.set(key.toLowerCase(), entry);
  }
  return out;
}

/**
 * What Chrome and Firefox do in getMessage: named placeholders ($name$, any case) become their
 * content, then $1…$9 become the values given (missing ones empty), and $$ a dollar sign.
 */
export function substitute(entry: MessageEntry, subs: readonly string[]): string {
  const named = Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
  );
  const withNamed = entry.message.replace(/\$([a-zA-Z0-9_@]+)\$/g, (whole, name: string) => {
    const content = named[name.toLowerCase()];
    return content === undefined ? whole : content;
  });
  return withNamed.replace(/\$(\$+|[1-9])/g, (_, what: string) =>
    what.startsWith('$') ? what.slice(1) : (subs[Number(what) - 1] ?? ''),
  );
}
