import { themeCss, type ThemeName } from '@minga/core';
import { fixture, html } from '@minga/test-utils';
import type { TemplateResult } from 'lit';

/** A fixture file's URL. */
export const fx = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).href;

/** The three themes. */
export const THEMES: ThemeName[] = ['light', 'dark', 'high-contrast'];

/** Renders `content` inside a `<div class="t">` that carries `theme`'s tokens. */
export async function themed(theme: ThemeName, content: TemplateResult): Promise<HTMLElement> {
  const wrap = await fixture<HTMLElement>(html`<div class="t">${content}</div>`);
  const style = document.createElement('style');
  style.textContent = `${themeCss(theme, '.t')} .t { background: var(--minga-color-bg); color: var(--minga-color-text); padding: 8px; }`;
  wrap.prepend(style);
  return wrap;
}

/** The shadow root's text, spaces collapsed. */
export const textOf = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
