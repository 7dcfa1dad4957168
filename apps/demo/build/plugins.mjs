// Vite plugins of the demo site: the shared header and footer written into every page's HTML
// at build time (fast first paint, no client router), the generated 100,000-row CSV, the
// transparency sample folder copied in from @minga/transparency, and the fake CKAN DataStore.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fakeCkanMiddleware } from './fake-ckan.mjs';
import { prediosBuffer } from './sample-data.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
export const DEMO_ROOT = resolve(here, '..');
export const TRANSPARENCY_SAMPLE = resolve(
  DEMO_ROOT,
  '../../packages/transparency/sample/transparencia',
);
export const TRANSPARENCY_URL = '/datos/transparencia/';
export const PREDIOS_URL = '/datos/predios-2025.csv';

/** The pages, in navigation order: file, message key, Spanish label. */
export const PAGES = [
  { file: 'index.html', key: 'nav.home', label: 'Inicio' },
  { file: 'transparencia.html', key: 'nav.transparency', label: 'Transparencia' },
  { file: 'datos-abiertos.html', key: 'nav.openData', label: 'Datos abiertos' },
  { file: 'ods.html', key: 'nav.sdg', label: 'ODS' },
  { file: 'acceso-a-la-informacion.html', key: 'nav.request', label: 'Acceso a la información' },
  { file: 'integrar.html', key: 'nav.embed', label: 'Integrar en mi sitio' },
];

/**
 * Below 40rem the navigation is a menu button (disclosure pattern, wired in src/shell.ts). The
 * button shows only with JavaScript, before the first paint: without it, the links stay in view.
 */
const NAV_TOGGLE = `<script>document.querySelector('.site-nav__toggle').hidden = false;</script>`;

function header(current) {
  const items = PAGES.map(
    (p) =>
      `<li><a href="/${p.file === 'index.html' ? '' : p.file}"${p.file === current ? ' aria-current="page"' : ''} data-i18n="${p.key}">${p.label}</a></li>`,
  ).join('');
  return `<a class="skip-link" href="#contenido" data-i18n="skip">Saltar al contenido</a>
<header class="site-header">
  <div class="demo-banner" role="note"><strong data-i18n="banner">Sitio de demostración · datos de ejemplo ficticios</strong></div>
  <div class="site-header__inner">
    <a class="site-brand" href="/">
      <span class="site-brand__mark" aria-hidden="true">SI</span>
      <span class="site-brand__text"><span class="site-brand__kind" data-i18n="brand.kind">GAD Municipal de</span> <span class="site-brand__name">San Isidro del Valle</span></span>
    </a>
    <button type="button" class="lang-switch" data-lang-switch lang="en">English</button>
  </div>
  <nav class="site-nav" aria-label="Principal" data-i18n-aria-label="nav.label"><button type="button" class="site-nav__toggle" aria-expanded="false" aria-controls="site-nav-list" hidden><span data-i18n="nav.menu">Menú</span></button><ul id="site-nav-list">${items}</ul></nav>
  ${NAV_TOGGLE}
</header>`;
}

const MESSAGES = JSON.parse(readFileSync(join(DEMO_ROOT, 'src/messages.json'), 'utf8'));

/**
 * A classic script at the end of <body>: when the reader chose English, it translates the
 * static text before the first paint (the page's module, loaded later, would otherwise swap
 * the words after they are shown and shift the layout).
 */
const EARLY_TRANSLATION = `<script>
(function () {
  if (document.documentElement.lang !== 'en') return;
  var m = ${JSON.stringify(MESSAGES.en).replace(/</g, '\\u003c')};
  var all = document.body.querySelectorAll('*');
  for (var i = 0; i < all.length; i++) {
    var el = all[i], key = el.getAttribute('data-i18n');
    if (key && m[key]) el.textContent = m[key];
    var names = el.getAttributeNames();
    for (var j = 0; j < names.length; j++)
      if (names[j].indexOf('data-i18n-') === 0 && m[el.getAttribute(names[j])])
        el.setAttribute(names[j].slice(10), m[el.getAttribute(names[j])]);
  }
  var sw = document.querySelector('[data-lang-switch]');
  if (sw) { sw.textContent = m['lang.switch']; sw.lang = 'es'; }
  var t = document.body.getAttribute('data-title');
  if (t && m[t]) document.title = m[t] + ' · GAD Municipal de San Isidro del Valle (demo)';
  document.documentElement.classList.remove('i18n-pending');
})();
</script>`;

const FOOTER = `<footer class="site-footer">
  <div class="site-footer__inner">
    <p data-i18n="footer.fictional">San Isidro del Valle es un municipio ficticio. Todas las cifras de este sitio son datos de ejemplo inventados.</p>
    <p data-i18n="footer.madeWith">Hecho con Minga, componentes web de gobierno abierto (licencia EUPL-1.2).</p>
  </div>
</footer>
${EARLY_TRANSLATION}`;

/** Writes the shared header and footer into `<!--site-header-->` / `<!--site-footer-->`. */
export function siteLayout() {
  return {
    name: 'minga-demo-layout',
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        const file = relative(DEMO_ROOT, ctx.filename).split(sep).join('/');
        return html
          .replace('<!--site-header-->', header(file))
          .replace('<!--site-footer-->', FOOTER);
      },
    },
  };
}

const TYPES = {
  '.json': 'application/json',
  '.csv': 'text/csv',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain',
};

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function sampleMissing() {
  return `The transparency sample folder is missing: ${TRANSPARENCY_SAMPLE} (it comes from @minga/transparency).`;
}

/** The generated data files: served by the dev server, emitted by the build. */
export function sampleData() {
  let predios;
  const prediosBytes = () => (predios ??= prediosBuffer());
  return {
    name: 'minga-demo-data',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        if (path === PREDIOS_URL) {
          res.setHeader('Content-Type', 'text/csv; charset=utf-8');
          return res.end(prediosBytes());
        }
        if (path.startsWith(TRANSPARENCY_URL)) {
          const file = resolve(TRANSPARENCY_SAMPLE, path.slice(TRANSPARENCY_URL.length));
          if (
            !file.startsWith(TRANSPARENCY_SAMPLE) ||
            !existsSync(file) ||
            !statSync(file).isFile()
          )
            return next();
          res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
          return res.end(readFileSync(file));
        }
        return next();
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: PREDIOS_URL.slice(1), source: prediosBytes() });
      // A missing sample leaves Transparencia empty (its page test then fails with a 404);
      // the rest of the site still builds.
      if (
        !existsSync(TRANSPARENCY_SAMPLE) ||
        !existsSync(join(TRANSPARENCY_SAMPLE, 'index.json'))
      ) {
        this.warn(sampleMissing());
        return;
      }
      for (const file of walk(TRANSPARENCY_SAMPLE))
        this.emitFile({
          type: 'asset',
          fileName:
            TRANSPARENCY_URL.slice(1) + relative(TRANSPARENCY_SAMPLE, file).split(sep).join('/'),
          source: readFileSync(file),
        });
    },
  };
}

/** The fake CKAN DataStore under /ckan/, in `vite` and in `vite preview`. */
export function fakeCkan() {
  return {
    name: 'minga-demo-fake-ckan',
    configureServer(server) {
      server.middlewares.use(fakeCkanMiddleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use(fakeCkanMiddleware);
    },
  };
}
