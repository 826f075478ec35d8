/**
 * A UUID-shaped hash of some text: the same text always gives the same UUID, so regenerating a
 * profile for the same extension and preset replaces the installed one instead of adding a second.
 * Four 32-bit FNV-1a passes with different starting values over the UTF-16 code units, each
 * finished with a murmur-style mix, make the 128 bits. Not cryptographic; it only needs to be
 * stable and spread out. The version nibble says 8 (custom) and the variant bits are RFC 4122's.
 */
export function stableUuid(text: string): string {
  const seeds = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b];
  const words = seeds.map((seed, lane) => {
    let h = (seed ^ lane) >>> 0;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    h ^= text.length + lane;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b) >>> 0;
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35) >>> 0;
    h ^= h >>> 16;
    return h >>> 0;
  });
  const hex = words.map((w) => w.toString(16).padStart(8, '0')).join('');
  const chars = hex.split('');
  chars[12] = '8';
  chars[16] = ((Number.parseInt(chars[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const h = chars.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`.toUpperCase();
}
