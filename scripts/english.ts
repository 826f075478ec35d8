/**
 * Core messages (src/core/message.ts) in English for the command-line tools, which run in Node
 * with no browser.i18n: the same src/locales/en files and the same $1…$9 and $$ rules the browsers
 * apply, numbers written the English way. The admin tools speak English, like the files they write.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Msg, MsgPart } from '../src/core/message';

const DIR = join(import.meta.dirname, '..', 'src', 'locales', 'en');

let messages: Map<string, string> | undefined;

function load(): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of readdirSync(DIR).filter((name) => name.endsWith('.json'))) {
    const area = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Record<string, { message: string }>;
    for (const [key, entry] of Object.entries(area)) out.set(key.toLowerCase(), entry.message);
  }
  return out;
}

const numbers = new Intl.NumberFormat('en');
const plurals = new Intl.PluralRules('en');

function part(p: MsgPart): string {
  if (typeof p === 'number') return numbers.format(p);
  if (typeof p === 'string') return p;
  if (Array.isArray(p)) return p.map((m: Msg) => english(m)).join(' ');
  return english(p as Msg);
}

/** A core message in English; an unknown name gives the name itself, as in the extension. */
export function english(m: Msg): string {
  messages ??= load();
  const key = m.count === undefined ? m.key : `${m.key}_${plurals.select(m.count)}`;
  const text = messages.get(key.toLowerCase()) ?? messages.get(`${m.key}_other`.toLowerCase());
  if (text === undefined) return m.key;
  const subs = m.subs.map(part);
  return text.replace(/\$\$|\$([1-9])/g, (_, n?: string) => (n ? (subs[Number(n) - 1] ?? '') : '$'));
}
