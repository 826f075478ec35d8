/*
 * Colours come from theme.css's tokens, so the pictures follow light and dark mode. The fallbacks
 * are the light theme's values (a test keeps them in step), so a picture still draws on a page
 * that has not loaded the theme. Every token that carries meaning here (accent, muted, border)
 * keeps at least 3:1 against the page and surface backgrounds in both themes; tested too.
 */
export const LIGHT_FALLBACK = {
  muted: '#4b5552',
  border: '#6f7975',
  accent: '#0f6b5c',
  'on-accent': '#ffffff',
  'accent-soft': '#e3f1ed',
  bg: '#ffffff',
} as const;

export type TokenName = keyof typeof LIGHT_FALLBACK;

export const token = (name: TokenName) => `var(--${name}, ${LIGHT_FALLBACK[name]})`;

export const INK = 'currentColor';
export const TEXT = 'var(--text, currentColor)';
export const MUTED = token('muted');
export const LINE = token('border');
export const ACCENT = token('accent');
export const ON_ACCENT = token('on-accent');
export const ACCENT_SOFT = token('accent-soft');
/** What sits under labels and objects; set --picture-bg on a card whose background differs. */
export const PAPER = `var(--picture-bg, ${token('bg')})`;
