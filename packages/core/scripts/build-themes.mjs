// Writes dist/themes/{light,dark,high-contrast}.css from the compiled tokens, so the theme
// files a webmaster links are generated from the same values the components fall back to.
import { mkdirSync, writeFileSync } from 'node:fs';
import { themes } from '../dist/theme/tokens.js';
import { themeCss } from '../dist/theme/styles.js';

const out = new URL('../dist/themes/', import.meta.url);
mkdirSync(out, { recursive: true });
const header = (name) =>
  `/* Minga ${name} theme. Link it, or copy any --minga-* property into your own CSS to override it. */\n`;
for (const name of Object.keys(themes)) {
  writeFileSync(new URL(`${name}.css`, out), header(name) + themeCss(name));
}
// auto.css: light, or dark when the visitor's system asks for it.
writeFileSync(
  new URL('auto.css', out),
  header('auto (light or dark, following the system)') +
    themeCss('light') +
    `@media (prefers-color-scheme: dark) {\n${themeCss('dark')}}\n`,
);
console.log(`themes: ${Object.keys(themes).length + 1} files in dist/themes/`);
