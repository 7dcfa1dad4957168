import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  baseTokens,
  contrastPairs,
  contrastRatio,
  minimumContrast,
  themes,
  type ThemeName,
} from '@minga/core';

const meta: Meta = {
  title: 'Fundamentos/Design tokens',
};
export default meta;

const cell =
  'padding: 0.5rem; border-bottom: 1px solid var(--minga-color-border); text-align: left;';

const colors = (theme: ThemeName, lang: string) => html`
  <h2>${lang === 'en' ? 'Colours' : 'Colores'} (${theme})</h2>
  <table style="border-collapse: collapse; width: 100%; max-width: 60rem;">
    <thead>
      <tr>
        <th scope="col" style=${cell}>Token</th>
        <th scope="col" style=${cell}>${lang === 'en' ? 'Value' : 'Valor'}</th>
        <th scope="col" style=${cell}>${lang === 'en' ? 'Sample' : 'Muestra'}</th>
      </tr>
    </thead>
    <tbody>
      ${Object.entries(themes[theme]).map(
        ([name, value]) =>
          html`<tr>
            <td style=${cell}><code>--minga-${name}</code></td>
            <td style=${cell}><code>${value}</code></td>
            <td style=${cell}>
              <span
                style="display:inline-block;width:3rem;height:1.5rem;border-radius:4px;border:1px solid var(--minga-color-border-strong);background:${value}"
              ></span>
            </td>
          </tr>`,
      )}
    </tbody>
  </table>
  <h2>${lang === 'en' ? 'Contrast (WCAG 2.2 AA)' : 'Contraste (WCAG 2.2 AA)'}</h2>
  <table style="border-collapse: collapse; width: 100%; max-width: 60rem;">
    <thead>
      <tr>
        <th scope="col" style=${cell}>${lang === 'en' ? 'Pair' : 'Par'}</th>
        <th scope="col" style=${cell}>${lang === 'en' ? 'Use' : 'Uso'}</th>
        <th scope="col" style=${cell}>${lang === 'en' ? 'Ratio' : 'Relación'}</th>
        <th scope="col" style=${cell}>${lang === 'en' ? 'Needed' : 'Mínimo'}</th>
      </tr>
    </thead>
    <tbody>
      ${contrastPairs.map(({ foreground, background, use }) => {
        const ratio = contrastRatio(themes[theme][foreground], themes[theme][background]);
        const ok = ratio >= minimumContrast[use];
        return html`<tr>
          <td style=${cell}>
            ${
              use === 'ui'
                ? // A UI colour is shown as what it is for (a control's border on the background),
                  // not as text, which it is not meant to be.
                  html`<span
                    style="display:inline-flex;align-items:center;gap:0.5rem;padding:0.25rem;background:${themes[theme][background]}"
                    ><span
                      aria-hidden="true"
                      style="display:inline-block;width:2.5rem;height:1.25rem;border:3px solid ${themes[theme][foreground]};border-radius:4px"
                    ></span
                    ><span style="color:${themes[theme]['color-text']}"
                      >${foreground} / ${background}</span
                    ></span
                  >`
                : html`<span
                    style="padding:0.125rem 0.5rem;border-radius:4px;color:${themes[theme][foreground]};background:${themes[theme][background]};border:1px solid var(--minga-color-border)"
                    >${foreground} / ${background}</span
                  >`
            }
          </td>
          <td style=${cell}>${use}</td>
          <td style=${cell}>${ratio.toFixed(2)}:1 ${ok ? '✓' : '✗'}</td>
          <td style=${cell}>${minimumContrast[use]}:1</td>
        </tr>`;
      })}
    </tbody>
  </table>
`;

const sizes = Object.entries(baseTokens).filter(([name]) => name.startsWith('font-size-'));
const spaces = Object.entries(baseTokens).filter(([name]) => name.startsWith('space-'));
const radii = Object.entries(baseTokens).filter(([name]) => name.startsWith('radius-'));

export const Colors: StoryObj = {
  name: 'Colores y contraste',
  render: (_args, { globals }) => colors((globals.theme as ThemeName) ?? 'light', globals.locale),
};

export const Typography: StoryObj = {
  name: 'Tipografía',
  render: (_args, { globals }) => html`
    <h2>${globals.locale === 'en' ? 'Type scale' : 'Escala tipográfica'}</h2>
    ${sizes.map(
      ([name, value]) =>
        html`<p style="font-size: var(--minga-${name}); margin: 0.5rem 0;">
          <code>--minga-${name}</code> (${value}): Solicite información pública en dos minutos.
        </p>`,
    )}
  `,
};

export const Spacing: StoryObj = {
  name: 'Espaciado y bordes',
  render: (_args, { globals }) => html`
    <h2>${globals.locale === 'en' ? 'Spacing' : 'Espaciado'}</h2>
    ${spaces.map(
      ([name, value]) =>
        html`<div style="display:flex;align-items:center;gap:1rem;margin:0.25rem 0;">
          <code style="width: 10rem;">--minga-${name}</code>
          <span
            style="display:inline-block;height:1rem;width:var(--minga-${name});background:var(--minga-color-primary)"
          ></span>
          <span>${value}</span>
        </div>`,
    )}
    <h2>${globals.locale === 'en' ? 'Radius' : 'Radios'}</h2>
    <div style="display:flex;gap:1rem;flex-wrap:wrap;">
      ${radii.map(
        ([name, value]) =>
          html`<div
            style="width:7rem;height:4rem;display:grid;place-items:center;border:2px solid var(--minga-color-border-strong);border-radius:var(--minga-${name});"
          >
            <code>${name}</code><small>${value}</small>
          </div>`,
      )}
    </div>
    <h2>${globals.locale === 'en' ? 'Focus ring' : 'Anillo de foco'}</h2>
    <button
      type="button"
      style="outline: var(--minga-focus-ring-width) solid var(--minga-color-focus); outline-offset: var(--minga-focus-ring-offset); padding: 0.5rem 1rem;"
    >
      ${globals.locale === 'en' ? 'Focused button' : 'Botón con foco'}
    </button>
  `,
};
