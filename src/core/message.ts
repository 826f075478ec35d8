import type { MessageKey, PluralKey } from '../locales/keys';

/**
 * A sentence for a person, not yet in words: the core has no browser, so it names the message
 * and its values and the pages turn that into the reader's language (src/platform/i18n.ts `say`).
 * A part may itself be a message (a reason inside "This file was not imported: …"); a list of
 * messages is read one sentence after another.
 */
export interface Msg {
  readonly key: MessageKey | PluralKey;
  readonly subs: readonly MsgPart[];
  /** Set for counted messages: `key` is then a plural base and the count picks `_one`/`_other`. */
  readonly count?: number;
}

export type MsgPart = string | number | Msg | readonly Msg[];

export function msg(key: MessageKey, ...subs: MsgPart[]): Msg {
  return { key, subs };
}

/** A counted message: `$1` is the count, in the reader's digits; further values follow as `$2`… */
export function msgCount(key: PluralKey, count: number, ...subs: MsgPart[]): Msg {
  return { key, subs: [count, ...subs], count };
}

export function isMsg(value: unknown): value is Msg {
  return typeof value === 'object' && value !== null && 'key' in value && 'subs' in value;
}
