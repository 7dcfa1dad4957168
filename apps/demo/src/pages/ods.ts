import { setTitlePrefix } from '../shell.js';
import '@minga/sdg/define.js';
import { onLangChange, t } from '../i18n.js';

/** The sample indicators (fictional data, Open SDG format) in /ods/. */
const INDICATORS = [
  { id: '1-2-1', es: '1.2.1 Pobreza por ingresos', en: '1.2.1 Income poverty' },
  { id: '3-6-1', es: '3.6.1 Muertes por siniestros de tránsito', en: '3.6.1 Road traffic deaths' },
  { id: '6-1-1', es: '6.1.1 Agua potable segura', en: '6.1.1 Safe drinking water' },
  { id: '11-6-1', es: '11.6.1 Residuos sólidos recolectados', en: '11.6.1 Solid waste collected' },
];

const params = new URLSearchParams(location.search);
const requested = params.get('indicator') ?? INDICATORS[2]!.id;
const found = INDICATORS.find((i) => i.id === requested);
const current = found ?? INDICATORS[2]!;

const indicator = document.getElementById('indicator');
if (indicator) {
  indicator.setAttribute('src', `/ods/datos/indicator_${current.id}.csv`);
  indicator.setAttribute('meta', `/ods/meta/${current.id}.json`);
}
document.getElementById('indicator-unknown')?.toggleAttribute('hidden', Boolean(found));

const list = document.getElementById('indicator-list');
// Each indicator view has a title of its own (the list's links lead from one to another).
if (found) setTitlePrefix((lang) => current[lang]);
onLangChange((lang) => {
  if (!list) return;
  list.replaceChildren(
    ...INDICATORS.map((item) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = `/ods.html?indicator=${item.id}`;
      a.textContent = item[lang];
      if (item.id === current.id) a.setAttribute('aria-current', 'page');
      li.append(a);
      return li;
    }),
  );
  const unknown = document.getElementById('indicator-unknown');
  if (unknown) unknown.textContent = t('sdg.unknown');
});
