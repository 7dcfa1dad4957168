// The embed builder: pick an element, set its attributes with a form generated from
// @minga/elements' snippet descriptions, see it live, and copy the HTML to paste into a CMS.
// The snippet text is exactly `snippetFor()`'s, so what the end-to-end CMS test pastes is
// what a webmaster copies.
import '../shell.js';
import '@minga/data-table/define.js';
import '@minga/sdg/define.js';
import '@minga/info-request/define.js';
import '@minga/transparency/define.js';
import {
  DEFAULT_SCRIPT_SRC,
  elementHtml,
  elementSnippets,
  snippetFor,
} from '@minga/elements/snippets.js';
import type { SnippetAttribute, SnippetValue } from '@minga/elements/snippets.js';
import { currentLang, onLangChange, t } from '../i18n.js';

type Values = Record<string, SnippetValue>;

const SCRIPT_FIELD = 'builder-script-src';
const INCLUDE_FIELD = 'builder-include-script';
const tagSelect = document.getElementById('builder-tag') as HTMLSelectElement;
const options = document.getElementById('builder-options') as HTMLFieldSetElement;
const preview = document.getElementById('builder-preview') as HTMLElement;
const code = document.getElementById('builder-code') as HTMLTextAreaElement;
const copyButton = document.getElementById('builder-copy') as HTMLButtonElement;
const announce = document.getElementById('builder-announce') as HTMLElement;

const state = {
  tag: elementSnippets[0]!.tag,
  scriptSrc: DEFAULT_SCRIPT_SRC,
  includeScript: true,
  values: new Map<string, Values>(),
};

function initialValues(tag: string): Values {
  const info = elementSnippets.find((s) => s.tag === tag)!;
  const values: Values = {};
  for (const a of info.attributes) {
    // The canonical examples point at this demo site's own sample files and service.
    const start = a.example ?? a.default;
    if (start !== undefined) values[a.name] = start;
    else if (a.type === 'boolean') values[a.name] = false;
    else values[a.name] = '';
  }
  return values;
}

function valuesOf(tag: string): Values {
  let values = state.values.get(tag);
  if (!values) {
    values = initialValues(tag);
    state.values.set(tag, values);
  }
  return values;
}

/** The values written into the snippet: those set and different from the element's default. */
function snippetValues(tag: string): Values {
  const info = elementSnippets.find((s) => s.tag === tag)!;
  const values = valuesOf(tag);
  const out: Values = {};
  for (const a of info.attributes) {
    const value = values[a.name];
    if (value === undefined || value === '' || value === false) continue;
    if (a.default !== undefined && String(a.default) === String(value)) continue;
    out[a.name] = value;
  }
  return out;
}

function fieldFor(
  a: SnippetAttribute,
  value: SnippetValue | undefined,
  lang: 'es' | 'en',
): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.className = a.type === 'boolean' ? 'field field--check' : 'field';
  const id = `builder-attr-${a.name}`;
  const label = document.createElement('label');
  label.htmlFor = id;
  let control: HTMLInputElement | HTMLSelectElement;
  if (a.type === 'select') {
    const select = document.createElement('select');
    for (const o of a.options ?? []) {
      const option = document.createElement('option');
      option.value = o.value;
      option.textContent = o.label[lang];
      select.append(option);
    }
    select.value = String(value ?? '');
    control = select;
  } else {
    const input = document.createElement('input');
    if (a.type === 'boolean') {
      input.type = 'checkbox';
      input.checked = value === true;
    } else {
      input.type = a.type === 'number' ? 'number' : a.type === 'url' ? 'url' : 'text';
      if (a.type === 'number') {
        input.step = 'any';
        if (a.min !== undefined) input.min = String(a.min);
        if (a.max !== undefined) input.max = String(a.max);
        input.inputMode = 'decimal';
      }
      input.value = value === undefined || value === false ? '' : String(value);
      input.spellcheck = false;
    }
    control = input;
  }
  control.id = id;
  control.name = a.name;
  if (a.required) control.setAttribute('aria-required', 'true');
  const text = document.createElement('span');
  text.textContent = a.label[lang];
  label.append(text);
  if (a.required) label.append(` ${t('embed.required')}`);
  const nameHint = document.createElement('code');
  nameHint.className = 'hint';
  nameHint.textContent = a.name;
  if (a.type === 'boolean') {
    label.prepend(control);
    wrapper.append(label, nameHint);
  } else {
    wrapper.append(label, nameHint, control);
  }
  return wrapper;
}

function renderForm(): void {
  const lang = currentLang();
  tagSelect.replaceChildren(
    ...elementSnippets.map((s) => {
      const option = document.createElement('option');
      option.value = s.tag;
      option.textContent = s.label[lang];
      return option;
    }),
  );
  tagSelect.value = state.tag;
  const info = elementSnippets.find((s) => s.tag === state.tag)!;
  const legend = document.createElement('legend');
  legend.textContent = `${t('embed.options')}: ${info.label[lang]}`;
  const description = document.createElement('p');
  description.className = 'note';
  description.id = 'builder-description';
  description.textContent = `<${info.tag}>: ${info.description[lang]}`;
  const values = valuesOf(state.tag);
  const scriptLabel = { es: t('embed.scriptSrc'), en: t('embed.scriptSrc') };
  const script = fieldFor(
    { name: 'minga-js', label: scriptLabel, type: 'url' },
    state.scriptSrc,
    lang,
  );
  script.querySelector('input')!.id = SCRIPT_FIELD;
  script.querySelector('label')!.htmlFor = SCRIPT_FIELD;
  const includeLabel = { es: t('embed.includeScript'), en: t('embed.includeScript') };
  const include = fieldFor(
    { name: 'include-script', label: includeLabel, type: 'boolean' },
    state.includeScript,
    lang,
  );
  include.querySelector('input')!.id = INCLUDE_FIELD;
  include.querySelector('label')!.htmlFor = INCLUDE_FIELD;
  include.querySelector('code')?.remove();
  script.querySelector('code')?.remove();
  options.replaceChildren(
    legend,
    description,
    ...info.attributes.map((a) => fieldFor(a, values[a.name], lang)),
    include,
    script,
  );
}

let previewTimer: ReturnType<typeof setTimeout> | undefined;
function renderPreview(): void {
  const values = snippetValues(state.tag);
  const element = document.createElement(state.tag);
  for (const [name, value] of Object.entries(values))
    element.setAttribute(name, value === true ? '' : String(value));
  preview.replaceChildren(element);
}

function renderCode(): void {
  code.value = snippetFor(state.tag, snippetValues(state.tag), {
    scriptSrc: state.scriptSrc,
    script: state.includeScript,
  });
  code.dataset.element = elementHtml(state.tag, snippetValues(state.tag));
}

function update({ form = false, now = false } = {}): void {
  if (form) renderForm();
  renderCode();
  clearTimeout(previewTimer);
  if (now) renderPreview();
  else previewTimer = setTimeout(renderPreview, 300);
}

tagSelect.addEventListener('change', () => {
  state.tag = tagSelect.value;
  update({ form: true, now: true });
});

options.addEventListener('input', (event) => {
  const control = event.target as HTMLInputElement | HTMLSelectElement;
  if (control.id === INCLUDE_FIELD) {
    state.includeScript = (control as HTMLInputElement).checked;
    renderCode();
    return;
  }
  if (control.id === SCRIPT_FIELD) {
    state.scriptSrc = control.value.trim() || DEFAULT_SCRIPT_SRC;
    renderCode();
    return;
  }
  const info = elementSnippets.find((s) => s.tag === state.tag)!;
  const attribute = info.attributes.find((a) => a.name === control.name);
  if (!attribute) return;
  const values = valuesOf(state.tag);
  if (control instanceof HTMLInputElement && control.type === 'checkbox')
    values[attribute.name] = control.checked;
  else if (attribute.type === 'number') {
    const number = control.value.trim() === '' ? NaN : Number(control.value);
    values[attribute.name] = Number.isFinite(number) ? number : '';
  } else values[attribute.name] = control.value;
  update();
});

function say(message: string): void {
  announce.textContent = '';
  // A fresh text node each time so the same message is announced again.
  setTimeout(() => (announce.textContent = message), 50);
}

copyButton.addEventListener('click', async () => {
  const text = code.value;
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    say(t('embed.copied'));
  } catch {
    code.focus();
    code.select();
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    say(copied ? t('embed.copied') : t('embed.copyFailed'));
  }
});

onLangChange(() => update({ form: true, now: true }));
