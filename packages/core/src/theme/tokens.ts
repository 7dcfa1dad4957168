/**
 * Minga's design tokens, in three themes. Each token is the custom property
 * `--minga-{name}`; the light theme's values are also built into every component as
 * fallbacks, so elements look right with no theme file on the page.
 */

/** Colour tokens: the ones the contrast test checks. */
export interface ColorTokens {
  /** Page background. */
  'color-bg': string;
  /** Background of panels, cards and tables. */
  'color-surface': string;
  /** Alternate background: table headers, striped rows, toolbars. */
  'color-surface-alt': string;
  /** Body text. */
  'color-text': string;
  /** Secondary text: captions, hints, counts. */
  'color-text-muted': string;
  /** Decorative lines (dividers, row borders); not relied on to see a control. */
  'color-border': string;
  /** Borders of controls (inputs, buttons): must be seen, 3:1 against backgrounds. */
  'color-border-strong': string;
  /** The institution's main colour: primary buttons, selected items. */
  'color-primary': string;
  /** Text and icons on `color-primary`. */
  'color-on-primary': string;
  /** Links. */
  'color-link': string;
  /** The focus ring. */
  'color-focus': string;
  /** Good news: published, on track. */
  'color-success': string;
  /** Attention: due soon, limited progress. */
  'color-warning': string;
  /** Errors and bad news: overdue, deteriorating. */
  'color-danger': string;
  /** Neutral information. */
  'color-info': string;
  /** Background of search matches (`<mark>`). */
  'color-highlight-bg': string;
  /** Text of search matches. */
  'color-highlight-text': string;
}

/** Tokens that are the same in every theme: type, spacing, radius, focus ring, motion. */
export const baseTokens = {
  'font-family':
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Ubuntu, Cantarell, "Helvetica Neue", Arial, sans-serif',
  'font-family-mono':
    'ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace',
  'font-size-xs': '0.75rem',
  'font-size-sm': '0.875rem',
  'font-size-md': '1rem',
  'font-size-lg': '1.125rem',
  'font-size-xl': '1.375rem',
  'font-size-2xl': '1.75rem',
  'font-weight-normal': '400',
  'font-weight-bold': '650',
  'line-height': '1.5',
  'line-height-tight': '1.25',
  'space-1': '0.25rem',
  'space-2': '0.5rem',
  'space-3': '0.75rem',
  'space-4': '1rem',
  'space-5': '1.5rem',
  'space-6': '2rem',
  'space-7': '3rem',
  'radius-sm': '0.25rem',
  'radius-md': '0.5rem',
  'radius-lg': '0.75rem',
  'radius-pill': '999px',
  'focus-ring-width': '3px',
  'focus-ring-offset': '2px',
  'motion-duration-fast': '120ms',
  'motion-duration-normal': '200ms',
  'motion-easing': 'cubic-bezier(0.2, 0, 0, 1)',
  'shadow-sm': '0 1px 2px rgb(0 0 0 / 0.12)',
  'shadow-md': '0 4px 12px rgb(0 0 0 / 0.16)',
} as const;

export type BaseTokenName = keyof typeof baseTokens;
export type ColorTokenName = keyof ColorTokens;
export type TokenName = BaseTokenName | ColorTokenName;
export type ThemeName = 'light' | 'dark' | 'high-contrast';

/** The colours of each theme. */
export const themes: Record<ThemeName, ColorTokens> = {
  light: {
    'color-bg': '#ffffff',
    'color-surface': '#ffffff',
    'color-surface-alt': '#f2f4f7',
    'color-text': '#1b1f24',
    'color-text-muted': '#4a5361',
    'color-border': '#d4d9e0',
    'color-border-strong': '#6b7480',
    'color-primary': '#0b5394',
    'color-on-primary': '#ffffff',
    'color-link': '#0a4f8f',
    'color-focus': '#1a5fd0',
    'color-success': '#1a7335',
    'color-warning': '#8a5300',
    'color-danger': '#b42318',
    'color-info': '#0b5394',
    'color-highlight-bg': '#fff0a0',
    'color-highlight-text': '#1b1f24',
  },
  dark: {
    'color-bg': '#121417',
    'color-surface': '#1a1e23',
    'color-surface-alt': '#242a31',
    'color-text': '#e9ecef',
    'color-text-muted': '#b3bcc6',
    'color-border': '#39424c',
    'color-border-strong': '#8a96a3',
    'color-primary': '#8cc2ff',
    'color-on-primary': '#0b1a2b',
    'color-link': '#9ccaff',
    'color-focus': '#a8d1ff',
    'color-success': '#6fd58a',
    'color-warning': '#f2c45a',
    'color-danger': '#ff958a',
    'color-info': '#9ccaff',
    'color-highlight-bg': '#5a4800',
    'color-highlight-text': '#fff5c8',
  },
  'high-contrast': {
    'color-bg': '#000000',
    'color-surface': '#000000',
    'color-surface-alt': '#111111',
    'color-text': '#ffffff',
    'color-text-muted': '#f0f0f0',
    'color-border': '#ffffff',
    'color-border-strong': '#ffffff',
    'color-primary': '#ffe600',
    'color-on-primary': '#000000',
    'color-link': '#ffe600',
    'color-focus': '#00e5ff',
    'color-success': '#7dff8a',
    'color-warning': '#ffd24d',
    'color-danger': '#ff8080',
    'color-info': '#7fe9ff',
    'color-highlight-bg': '#ffe600',
    'color-highlight-text': '#000000',
  },
};

/** The `color-scheme` of each theme, so native controls and scrollbars match. */
export const colorSchemes: Record<ThemeName, 'light' | 'dark'> = {
  light: 'light',
  dark: 'dark',
  'high-contrast': 'dark',
};

/** How a pair of colours is used, which sets the contrast it needs (WCAG 2.2). */
export type ContrastUse = 'text' | 'large-text' | 'ui';

/** The minimum contrast ratio for each use: 1.4.3 (text) and 1.4.11 (non-text). */
export const minimumContrast: Record<ContrastUse, number> = {
  text: 4.5,
  'large-text': 3,
  ui: 3,
};

/** Every foreground/background pair the components use, and what for. */
export const contrastPairs: ReadonlyArray<{
  foreground: ColorTokenName;
  background: ColorTokenName;
  use: ContrastUse;
}> = [
  ...(['color-bg', 'color-surface', 'color-surface-alt'] as const).flatMap((background) => [
    { foreground: 'color-text', background, use: 'text' } as const,
    { foreground: 'color-text-muted', background, use: 'text' } as const,
    { foreground: 'color-link', background, use: 'text' } as const,
    { foreground: 'color-success', background, use: 'text' } as const,
    { foreground: 'color-warning', background, use: 'text' } as const,
    { foreground: 'color-danger', background, use: 'text' } as const,
    { foreground: 'color-info', background, use: 'text' } as const,
    { foreground: 'color-border-strong', background, use: 'ui' } as const,
    { foreground: 'color-focus', background, use: 'ui' } as const,
    { foreground: 'color-primary', background, use: 'ui' } as const,
  ]),
  { foreground: 'color-on-primary', background: 'color-primary', use: 'text' },
  { foreground: 'color-highlight-text', background: 'color-highlight-bg', use: 'text' },
];
