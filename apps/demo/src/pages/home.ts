import '../shell.js';
import '@minga/sdg/define.js';
import { formatNumber } from '@minga/core';
import { currentLang, onLangChange, t } from '../i18n.js';
import type { DemoKey } from '../i18n.js';

interface MonthlyTotals {
  received: number;
  answered: number;
}

const year = new Date().getFullYear();
let totals: MonthlyTotals | null | undefined;

function render(): void {
  const lang = currentLang();
  for (const label of document.querySelectorAll<HTMLElement>('[data-figure-label]'))
    label.textContent = t(label.dataset.figureLabel as DemoKey, { year: String(year) });
  const received = document.getElementById('figure-received');
  const answered = document.getElementById('figure-answered');
  if (!received || !answered) return;
  if (totals === undefined) return;
  if (totals === null) {
    received.textContent = answered.textContent = t('home.figures.unavailable');
    received.dataset.state = answered.dataset.state = 'unavailable';
    return;
  }
  received.textContent = formatNumber(totals.received, lang);
  answered.textContent = formatNumber(totals.answered, lang);
  received.removeAttribute('data-i18n');
  answered.removeAttribute('data-i18n');
}

async function loadFigures(): Promise<void> {
  try {
    const response = await fetch(`/api/stats/monthly?year=${year}`, {
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) throw new Error(String(response.status));
    const body = (await response.json()) as { total?: Partial<MonthlyTotals> };
    const total = body.total;
    totals =
      typeof total?.received === 'number' && typeof total.answered === 'number'
        ? { received: total.received, answered: total.answered }
        : null;
  } catch {
    totals = null;
  }
  render();
}

onLangChange(render);
void loadFigures();
