import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import { html } from 'lit';
import { themeCss, themes, type ThemeName } from '@minga/core';

// Controls and docs come from every package's custom-elements.json (built by `npm run build`),
// except @minga/elements', which merges all the others.
const manifests = import.meta.glob<{ default: { modules?: unknown[] } }>(
  ['../packages/*/custom-elements.json', '!../packages/elements/custom-elements.json'],
  { eager: true },
);
setCustomElementsManifest({
  schemaVersion: '2.1.0',
  modules: Object.values(manifests).flatMap((m) => m.default.modules ?? []),
});

// The three themes, each scoped to a class, so the toolbar can switch between them.
const style = document.createElement('style');
style.dataset.mingaThemes = '';
style.textContent = (Object.keys(themes) as ThemeName[])
  .map((name) => themeCss(name, `.minga-theme-${name}`))
  .join('\n');
document.head.append(style);

const withLangAndTheme: Decorator = (story, context) => {
  const lang = (context.globals.locale as string) || 'es';
  const theme = (context.globals.theme as ThemeName) || 'light';
  document.documentElement.lang = lang;
  return html`<div
    class="minga-theme-${theme}"
    lang=${lang}
    style="background: var(--minga-color-bg); color: var(--minga-color-text); font-family: var(--minga-font-family); padding: 1rem; min-height: 100vh; box-sizing: border-box;"
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  decorators: [withLangAndTheme],
  globalTypes: {
    locale: {
      description: 'Idioma / Language',
      toolbar: {
        title: 'Idioma',
        icon: 'globe',
        items: [
          { value: 'es', title: 'Español (Ecuador)', right: 'es' },
          { value: 'en', title: 'English', right: 'en' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Tema / Theme',
      toolbar: {
        title: 'Tema',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Claro / Light' },
          { value: 'dark', title: 'Oscuro / Dark' },
          { value: 'high-contrast', title: 'Alto contraste / High contrast' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'es', theme: 'light' },
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    layout: 'fullscreen',
    options: { storySort: { order: ['Introducción', 'Fundamentos', '*'] } },
  },
};

export default preview;
