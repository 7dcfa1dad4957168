// What every page shares: the language (remembered, applied to <html lang> so the Minga
// elements follow it), the switch button and the document title.
import { currentLang, onLangChange, setLang, t, translatePage } from './i18n.js';
import type { DemoKey, Lang } from './i18n.js';

const titleKey = document.body.dataset.title as DemoKey | undefined;

function applyChrome(): void {
  const switcher = document.querySelector<HTMLButtonElement>('[data-lang-switch]');
  if (switcher) {
    switcher.textContent = t('lang.switch');
    switcher.lang = currentLang() === 'es' ? 'en' : 'es';
  }
  if (titleKey)
    document.title = [titlePrefix?.(currentLang()), t(titleKey), SITE].filter(Boolean).join(' · ');
}

const SITE = 'GAD Municipal de San Isidro del Valle (demo)';
let titlePrefix: ((lang: Lang) => string) | undefined;

/** Puts what this view shows before the page's title: "6.1.1 Agua potable segura · ODS · …". */
export function setTitlePrefix(prefix: (lang: Lang) => string): void {
  titlePrefix = prefix;
  applyChrome();
}

if (currentLang() === 'en') translatePage();
onLangChange(applyChrome);
document.querySelector('[data-lang-switch]')?.addEventListener('click', () => {
  setLang(currentLang() === 'es' ? 'en' : 'es');
});

// The navigation's menu button (below 40rem; the CSS hides it wider): a disclosure. Escape,
// from the button or a link in the menu, closes it and puts the focus back on the button.
const navToggle = document.querySelector<HTMLButtonElement>('.site-nav__toggle');
const nav = navToggle?.closest('nav');
if (navToggle && nav) {
  const setOpen = (open: boolean): void => navToggle.setAttribute('aria-expanded', String(open));
  navToggle.addEventListener('click', () => {
    setOpen(navToggle.getAttribute('aria-expanded') !== 'true');
  });
  nav.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || navToggle.getAttribute('aria-expanded') !== 'true') return;
    if (getComputedStyle(navToggle).display === 'none') return;
    setOpen(false);
    navToggle.focus();
  });
}
