/**
 * Small readers for the formats the deployment kit writes, enough to parse back what it emits so
 * the tests can compare values rather than text.
 */

export interface RegKey {
  path: string;
  deleted: boolean;
  values: Record<string, string>;
}

const unescapeReg = (s: string) => s.replace(/\\(.)/g, '$1');

/** Reads a .reg file's keys and REG_SZ string values (the only kind the kit writes). */
export function parseReg(text: string): { header: string; keys: RegKey[] } {
  const lines = text.replace(/^\ufeff/, '').split('\r\n');
  const header = lines[0] ?? '';
  const keys: RegKey[] = [];
  for (const line of lines.slice(1)) {
    if (line === '' || line.startsWith(';')) continue;
    const section = /^\[(-?)(.+)\]$/.exec(line);
    if (section) {
      keys.push({ path: section[2] as string, deleted: section[1] === '-', values: {} });
      continue;
    }
    const value = /^"((?:[^"\\]|\\.)*)"="((?:[^"\\]|\\.)*)"$/.exec(line);
    const current = keys.at(-1);
    if (!value || !current) throw new Error(`Unexpected .reg line: ${line}`);
    current.values[unescapeReg(value[1] as string)] = unescapeReg(value[2] as string);
  }
  return { header, keys };
}

const unescapeXml = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, (_, e: string) =>
    e === 'amp'
      ? '&'
      : e === 'lt'
        ? '<'
        : e === 'gt'
          ? '>'
          : e === 'quot'
            ? '"'
            : e === 'apos'
              ? "'"
              : String.fromCodePoint(Number(e.slice(1))),
  );

type Token = { tag: string; close: boolean; empty: boolean } | { text: string };

/**
 * Reads the plist subset the kit writes: dict, array, key, string, integer, real, true, false.
 * Like any XML parser it turns raw CR and CRLF into LF first, so only an escaped CR survives.
 */
export function parsePlist(xml: string): unknown {
  const body = xml
    .replace(/\r\n?/g, '\n')
    .replace(/^<\?xml[^>]*\?>/, '')
    .replace(/<!DOCTYPE[^>]*>/, '')
    .trim();
  const tokens: Token[] = [];
  for (const m of body.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>|([^<]+)/g)) {
    if (m[2] !== undefined) tokens.push({ tag: m[2], close: m[1] === '/', empty: m[3] === '/' });
    else tokens.push({ text: m[4] as string });
  }
  let i = 0;
  const next = (): Token => {
    const t = tokens[i++];
    if (!t) throw new Error('Unexpected end of plist');
    return t;
  };
  const skipSpace = () => {
    while (i < tokens.length && 'text' in (tokens[i] as Token) && /^\s*$/.test((tokens[i] as { text: string }).text))
      i++;
  };
  const expectClose = (tag: string) => {
    const t = next();
    if ('text' in t || !t.close || t.tag !== tag) throw new Error(`Expected </${tag}>`);
  };
  const textUntil = (tag: string): string => {
    const t = tokens[i];
    let text = '';
    if (t && 'text' in t) {
      text = t.text;
      i++;
    }
    expectClose(tag);
    return unescapeXml(text);
  };
  const value = (): unknown => {
    skipSpace();
    const t = next();
    if ('text' in t || t.close) throw new Error('Expected a value');
    switch (t.tag) {
      case 'string':
        return t.empty ? '' : textUntil('string');
      case 'integer':
        return Number.parseInt(textUntil('integer'), 10);
      case 'real':
        return Number.parseFloat(textUntil('real'));
      case 'true':
      case 'false':
        if (!t.empty) expectClose(t.tag);
        return t.tag === 'true';
      case 'array': {
        const out: unknown[] = [];
        if (t.empty) return out;
        for (;;) {
          skipSpace();
          const peek = tokens[i] as Token;
          if (!('text' in peek) && peek.close) {
            expectClose('array');
            return out;
          }
          out.push(value());
        }
      }
      case 'dict': {
        const out: Record<string, unknown> = {};
        if (t.empty) return out;
        for (;;) {
          skipSpace();
          const k = next();
          if ('text' in k) throw new Error('Expected <key>');
          if (k.close && k.tag === 'dict') return out;
          if (k.tag !== 'key') throw new Error(`Expected <key>, found <${k.tag}>`);
          const name = k.empty ? '' : textUntil('key');
          Object.defineProperty(out, name, { value: value(), enumerable: true, writable: true, configurable: true });
        }
      }
      default:
        throw new Error(`Unsupported plist element <${t.tag}>`);
    }
  };
  skipSpace();
  const open = next();
  if ('text' in open || open.tag !== 'plist') throw new Error('Expected <plist>');
  const result = value();
  skipSpace();
  expectClose('plist');
  return result;
}
