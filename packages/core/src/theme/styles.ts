import { css, unsafeCSS, type CSSResult } from 'lit';
import { baseTokens, colorSchemes, themes, type ThemeName, type TokenName } from './tokens.js';

const fallbacks: Record<TokenName, string> = { ...baseTokens, ...themes.light };

/**
 * `var(--minga-{name}, <light value>)`: the token, with the light theme's value as fallback,
 * so a component looks right when no theme file is linked. Use it in `css` templates:
 *
 * ```ts
 * static styles = css`:host { color: ${token('color-text')}; }`;
 * ```
 */
export function token(name: TokenName): CSSResult {
  return unsafeCSS(`var(--minga-${name}, ${fallbacks[name]})`);
}

/** The CSS declarations of a theme (`--minga-*: …;` lines). */
export function themeDeclarations(theme: ThemeName): string {
  const entries = Object.entries({ ...baseTokens, ...themes[theme] });
  return [
    `color-scheme: ${colorSchemes[theme]};`,
    ...entries.map(([name, value]) => `--minga-${name}: ${value};`),
  ].join('\n  ');
}

const reducedMotion = `@media (prefers-reduced-motion: reduce) {
  SELECTOR {
    --minga-motion-duration-fast: 0ms;
    --minga-motion-duration-normal: 0ms;
  }
}`;

/**
 * A theme as a style sheet for `selector` (default `:root`): what the files
 * `@minga/core/themes/{light,dark,high-contrast}.css` contain.
 */
export function themeCss(theme: ThemeName, selector = ':root'): string {
  return `${selector} {\n  ${themeDeclarations(theme)}\n}\n${reducedMotion.replace('SELECTOR', selector)}\n`;
}

/**
 * Styles every Minga element shares: block display that `hidden` can turn off, the base
 * font and colour from the tokens, a visible focus ring, and `.visually-hidden` for text
 * that only assistive technology should get.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: ${token('font-family')};
    font-size: ${token('font-size-md')};
    line-height: ${token('line-height')};
    color: ${token('color-text')};
    /* Inherited text properties a CMS theme sets on body or on a content block. */
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    font-style: normal;
    font-weight: ${token('font-weight-normal')};
    white-space: normal;
  }

  :host([hidden]) {
    display: none !important;
  }

  /* border-box, not inherit: a CMS theme's "* { box-sizing: content-box !important }" beats
     :host, and inherit would carry it inside. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: ${token('focus-ring-width')} solid ${token('color-focus')};
    outline-offset: ${token('focus-ring-offset')};
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
`;
