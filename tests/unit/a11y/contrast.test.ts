import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * WCAG 1.4.3: text keeps 4.5:1 against whatever it sits on, in the light theme and in the dark
 * one. The colours are read from src/ui/theme.css itself, and the pairs from every page's CSS, so
 * a new text colour, a new background or a palette change is checked without editing this file.
 */
const THEME = readFileSync('src/ui/theme.css', 'utf8');
const DARK_AT = THEME.indexOf('@media (prefers-color-scheme: dark)');

function tokens(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\b/gi)].map((m) => [m[1]!, m[2]!]));
}

const THEMES = {
  light: tokens(THEME.slice(THEME.indexOf(':root'), DARK_AT)),
  dark: tokens(THEME.slice(DARK_AT)),
};

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

/** Every stylesheet of the pages, src/ui's shared ones included. */
function stylesheets(dir = 'src'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return stylesheets(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

interface Rule {
  file: string;
  selector: string;
  color?: string;
  background?: string;
}

/** Each rule's text colour and background, where it names a token for them. */
function rules(): Rule[] {
  return stylesheets().flatMap((file) =>
    [
      ...readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .matchAll(/([^{}]+)\{([^{}]*)\}/g),
    ].map((m) => ({
      file,
      selector: m[1]!.trim(),
      color: /(?:^|[\s;])color:\s*var\(--([\w-]+)\)/.exec(m[2]!)?.[1],
      background: /background(?:-color)?:\s*var\(--([\w-]+)\)/.exec(m[2]!)?.[1],
    })),
  );
}

/** Colours text is set in on the page's own backgrounds. */
const TEXT = ['text', 'muted', 'accent', 'error', 'success'];
/** The backgrounds text sits on: the page, surface cards and notes, and the soft accent tint. */
const BACKGROUNDS = ['bg', 'surface', 'accent-soft'];
/** Filled backgrounds: only on-accent text goes on them (primary buttons, a picked period). */
const FILLS = ['accent', 'accent-hover'];
/** Backgrounds that hold no text: the switch's knob and track. */
const NO_TEXT_BACKGROUNDS = ['border', 'on-accent'];
/** Graphics coloured through currentColor in the page background (chart dots, the hatch's ground). */
const GRAPHIC_COLOURS: Record<string, string[]> = { bg: ['.hatch-bg', '.chart-dot'] };

const ALL = rules();

describe('the pairs the stylesheets use are the ones checked below', () => {
  it('sets text only in a checked text colour (or on-accent, on a fill)', () => {
    for (const rule of ALL.filter((r) => r.color)) {
      const graphic = GRAPHIC_COLOURS[rule.color!]?.includes(rule.selector) ?? false;
      expect(
        [...TEXT, 'on-accent'].includes(rule.color!) || graphic,
        `${rule.file} ${rule.selector}: color var(--${rule.color})`,
      ).toBe(true);
    }
  });

  it('puts text only on a checked background', () => {
    for (const rule of ALL.filter((r) => r.background)) {
      expect(
        [...BACKGROUNDS, ...FILLS, ...NO_TEXT_BACKGROUNDS].includes(rule.background!),
        `${rule.file} ${rule.selector}: background var(--${rule.background})`,
      ).toBe(true);
    }
  });

  it('sets on-accent text on fills only, and nothing else on a fill', () => {
    for (const rule of ALL) {
      if (rule.color === 'on-accent') expect(FILLS, `${rule.file} ${rule.selector}`).toContain(rule.background);
      if (rule.background && FILLS.includes(rule.background) && rule.color)
        expect(rule.color, `${rule.file} ${rule.selector}`).toBe('on-accent');
    }
  });

  it('finds every token it checks in both themes', () => {
    for (const theme of Object.values(THEMES))
      for (const name of [...TEXT, ...BACKGROUNDS, ...FILLS, 'on-accent', 'focus'])
        expect(theme[name], name).toMatch(/^#[0-9a-f]{6}$/i);
  });
});

describe.each(Object.entries(THEMES))('text contrast in the %s theme', (_name, theme) => {
  const pairs = TEXT.flatMap((text) => BACKGROUNDS.map((background) => [text, background] as const));

  it.each(pairs)('%s on %s keeps 4.5:1', (text, background) => {
    expect(contrast(theme[text]!, theme[background]!)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(FILLS)('on-accent on %s keeps 4.5:1', (fill) => {
    expect(contrast(theme['on-accent']!, theme[fill]!)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(BACKGROUNDS)('the focus ring keeps 3:1 on %s', (background) => {
    expect(contrast(theme.focus!, theme[background]!)).toBeGreaterThanOrEqual(3);
  });
});
