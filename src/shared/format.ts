import { uiLanguage } from '../platform/i18n';

// Dates, times and lists in the browser's language (never a fixed 'en-GB'), so a German reader
// sees "Mo., 09:00" and an American one "Mon 9:00 AM".

const cache = new Map<string, Intl.DateTimeFormat>();

function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `${uiLanguage()} ${JSON.stringify(options)}`;
  let format = cache.get(id);
  if (!format) {
    format = new Intl.DateTimeFormat(uiLanguage(), options);
    cache.set(id, format);
  }
  return format;
}

/** Any date or time, with the given Intl options. */
export function formatDate(at: number | Date, options: Intl.DateTimeFormatOptions): string {
  return dateFormat(options).format(at);
}

/** "14:30" (or "2:30 PM"). */
export function formatClock(at: number): string {
  return formatDate(at, { hour: 'numeric', minute: '2-digit' });
}

/** "Mon 09:00" when the instant is not today, "09:00" when it is. */
export function formatWhen(at: number, now: number): string {
  const sameDay = new Date(at).toDateString() === new Date(now).toDateString();
  if (sameDay) return formatClock(at);
  return formatDate(at, { weekday: 'short', hour: 'numeric', minute: '2-digit' });
}

/** "neck, shoulders and wrists" in the reader's language. */
export function formatList(items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return new Intl.ListFormat(uiLanguage(), { style: 'long', type }).format(items);
}
