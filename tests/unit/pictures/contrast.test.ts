import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ZONES } from '../../../src/ui/pictures/reach-geometry';
import { LIGHT_FALLBACK } from '../../../src/ui/pictures/tokens';

/*
 * The pictures draw their meaningful marks (zone patterns and edges, guide lines, leaders, the
 * lumbar cushion's outline, furniture) in the accent, muted and border tokens. WCAG 1.4.11 asks
 * 3:1 for such graphics; check it against theme.css itself, in both themes, on the page and on a
 * surface card, so a later change to the palette can't quietly break the pictures.
 */
const css = readFileSync('src/ui/theme.css', 'utf8');

function tokens(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
}

const light = tokens(css.slice(css.indexOf(':root'), css.indexOf('@media (prefers-color-scheme: dark)')));
const dark = tokens(css.slice(css.indexOf('@media (prefers-color-scheme: dark)')));

function luminance(hex: string): number {
  const channel = (i: number) => {
    const v = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe.each([
  ['light', light],
  ['dark', dark],
])('picture colours in the %s theme', (_name, theme) => {
  it.each(['accent', 'muted', 'border', 'text'])(
    '%s keeps 3:1 against the page, a surface card and the soft tint',
    (token) => {
      for (const background of ['bg', 'surface', 'accent-soft']) {
        expect(contrast(theme[token]!, theme[background]!)).toBeGreaterThanOrEqual(3);
      }
    },
  );

  it('keeps label text readable: text and accent at 4.5:1 on the page, on-accent on accent', () => {
    expect(contrast(theme.text!, theme.bg!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(theme.accent!, theme.bg!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(theme['on-accent']!, theme.accent!)).toBeGreaterThanOrEqual(4.5);
  });
});

it('falls back to the light theme when the page has no theme loaded', () => {
  for (const [name, value] of Object.entries(LIGHT_FALLBACK)) expect(light[name]).toBe(value);
});

/** A colour laid over another at some opacity, as the browser composites it (in sRGB). */
function blend(top: string, bottom: string, alpha: number): string {
  const mix = (i: number) =>
    Math.round(
      alpha * Number.parseInt(top.slice(i, i + 2), 16) + (1 - alpha) * Number.parseInt(bottom.slice(i, i + 2), 16),
    );
  return `#${[1, 3, 5].map((i) => mix(i).toString(16).padStart(2, '0')).join('')}`;
}

describe('reach-zone patterns', () => {
  it.each(ZONES.map((z) => [z.key, z] as const))('%s keeps 3:1 over its own tint, even highlighted', (_key, zone) => {
    for (const theme of [light, dark]) {
      for (const background of ['bg', 'surface']) {
        const under = blend(theme[zone.mark]!, theme[background]!, Math.max(...zone.tint));
        expect(contrast(theme[zone.mark]!, under)).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('draws each zone in its own token, so the patterns differ in colour as well as in shape', () => {
    expect(new Set(ZONES.map((z) => z.mark)).size).toBe(ZONES.length);
  });
});
