import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { baseStyles, MingaElement, registerTranslation, type MessageKey } from '@minga/core';
import type { DataError } from '@minga/data';
import { MingaTransparencyChangeEvent } from './events.js';
import {
  issueMessage,
  isMonth,
  monthOf,
  validateIndex,
  type IndexFile,
  type IndexIssue,
  type TransparencyIndex,
} from './index-format.js';
import { en } from './locales/en.js';
import { es, type TransparencyMessages } from './locales/es.js';
import {
  deadlineDayOf,
  latestMonth,
  monthSummary,
  searchItems,
  yearMatrix,
  yearsOf,
  type ItemStatus,
  type MonthItem,
} from './months.js';
import { pick } from './numerals.js';
import { transparencyStyles } from './transparency.styles.js';

declare module '@minga/core' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface MingaMessages extends TransparencyMessages {}
}

registerTranslation('es', es);
registerTranslation('en', en);

type LoadError = { code: DataError['code'] | 'json'; status?: number };
type View = 'month' | 'year';
type Preview = { month: string; numeral: number; file: number };

const ICONS: Record<ItemStatus, string> = {
  published: 'M4 10.5l4 4 8-9',
  'published-late': 'M3 10.5l4 4 8-9M15 14v3',
  'not-applicable': 'M5 10h10',
  pending: 'M10 4v6l4 2',
  late: 'M5 5l10 10M15 5L5 15',
};
/** Symbols of the year table (the accessible name says the same in words). */
const SYMBOLS: Record<ItemStatus | 'none' | 'future', string> = {
  published: '✓',
  'published-late': '✓!',
  'not-applicable': 'NA',
  pending: '○',
  late: '✗',
  none: '–',
  future: '',
};
const STATUSES: ItemStatus[] = ['published', 'published-late', 'not-applicable', 'pending', 'late'];

/**
 * The active-transparency section of LOTAIP art. 19 for one institution, read from a JSON
 * index (see the README and `schema/transparency-index.schema.json`; the
 * `minga-transparency` command-line tool builds it from a folder). Year and month pickers
 * (latest month by default), each numeral of the month with its state, files, date,
 * responsible unit and a plain-language description; the month's summary and deadline with
 * the late items; a year table (numerals × months); an accent-insensitive search; a CSV
 * opens inline in a `<minga-data-table>` (loaded only then).
 *
 * Problems in the index are listed and the rest is still shown.
 *
 * @tagname minga-transparency
 * @summary LOTAIP art. 19 monthly transparency: month view, year table, deadline, search.
 *
 * @fires minga-transparency-change - The month shown changed. `detail`: `{ year, month }` (`month` is `YYYY-MM`).
 *
 * @csspart controls - The pickers and the search box.
 * @csspart issues - The list of problems found in the index.
 * @csspart summary - The month's summary line ("22 de 24 publicados · octubre de 2026").
 * @csspart deadline - The deadline box with the late items.
 * @csspart list - The `<ol>` of numerals of the month.
 * @csspart item - Each numeral of the month.
 * @csspart status - Each state badge (icon and text).
 * @csspart file - Each file link.
 * @csspart preview - The inline CSV preview.
 * @csspart year-table - The year `<table>`.
 * @csspart error - The message shown when the index cannot be loaded.
 *
 * @cssprop --minga-color-success - Published.
 * @cssprop --minga-color-warning - Pending, published late, and the problems box.
 * @cssprop --minga-color-danger - Late, and load errors.
 * @cssprop --minga-color-primary - Buttons, the deadline box and the preview frame.
 */
export class MingaTransparency extends MingaElement {
  static override styles = [baseStyles, transparencyStyles];

  /** URL of the JSON index. File URLs in it are relative to it. */
  @property() src?: string;

  /** The index as an object (instead of `src`); relative file URLs resolve against the page. */
  @property({ attribute: false }) index?: TransparencyIndex;

  /** The month shown, `YYYY-MM` (default: the latest month with data). */
  @property({ reflect: true }) month?: string;

  /** `month` (the numerals of one month) or `year` (the year table). */
  @property({ reflect: true }) view: View = 'month';

  /** Day of the following month by which a month is due; overrides the index (default 10). */
  @property({ type: Number, attribute: 'deadline-day' }) deadlineDay?: number;

  /** Keep the month and the view in the address bar (`?transparencia.mes=2026-10`). */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** "Today", for deadlines and future months (default: the current time). */
  @property({ attribute: false }) now?: Date;

  @state() private loaded?: TransparencyIndex;
  @state() private issues: IndexIssue[] = [];
  @state() private error?: LoadError;
  @state() private loading = false;
  @state() private query = '';
  @state() private preview?: Preview;
  @state() private announcement = '';

  #request = 0;
  #previewOpener?: string;
  /** `DataError` from @minga/data, imported only when a load fails (it is large). */
  @state() private dataError?: typeof DataError;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) this.#readUrl();
    window.addEventListener('popstate', this.#onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onPopState);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('index') && this.index) this.#accept(this.index);
    if (changed.has('src') && this.src && !this.index) void this.#load(this.src);
  }

  override updated(changed: PropertyValues<this>): void {
    if (this.syncUrl && (changed.has('month') || changed.has('view'))) this.#writeUrl();
  }

  get #now(): Date {
    return this.now ?? new Date();
  }

  // ——— loading ———

  async #load(src: string): Promise<void> {
    const request = ++this.#request;
    this.loading = true;
    this.error = undefined;
    try {
      let response: Response;
      try {
        response = await fetch(src);
      } catch {
        const cross = new URL(src, document.baseURI).origin !== location.origin;
        throw { code: cross ? 'cors' : 'network' } satisfies LoadError;
      }
      if (!response.ok) throw { code: 'http', status: response.status } satisfies LoadError;
      let json: unknown;
      try {
        json = await response.json();
      } catch {
        throw { code: 'json' } satisfies LoadError;
      }
      if (request === this.#request) this.#accept(json);
    } catch (error) {
      // The message comes from @minga/data, loaded now (before the alert shows, so it is
      // announced whole).
      if (!this.dataError && (error as LoadError).code !== 'json')
        this.dataError = (await import('@minga/data')).DataError;
      if (request !== this.#request) return;
      this.loaded = undefined;
      this.error = error as LoadError;
    } finally {
      if (request === this.#request) this.loading = false;
    }
  }

  #accept(json: unknown): void {
    const result = validateIndex(json, this.currentLang, { now: this.#now });
    this.issues = result.errors;
    if (!result.index) {
      this.loaded = undefined;
      this.error = { code: 'json' };
      return;
    }
    this.error = undefined;
    this.loaded = result.index;
    if (!this.month || !isMonth(this.month)) {
      const latest = latestMonth(result.index);
      if (latest) this.month = latest;
    }
  }

  #retry(): void {
    if (this.src) void this.#load(this.src);
  }

  #errorMessage(error: LoadError): string {
    if (error.code === 'json')
      return this.issues.length
        ? this.#issueText(this.issues[0]!)
        : this.localize.term('transparency.issue.json');
    if (!this.dataError) return this.localize.term('transparency.loading');
    return this.dataError.messageFor(error.code, {
      lang: this.currentLang,
      ...(error.status !== undefined ? { status: error.status } : {}),
    });
  }

  #issueText(issue: IndexIssue): string {
    const params = { ...issue.params };
    if (issue.params.where === 'El índice' || issue.params.where === 'The index')
      params.where = this.localize.term('transparency.where.index');
    const text = this.localize.term(`transparency.issue.${issue.code}` as MessageKey, params);
    return text === `transparency.issue.${issue.code}`
      ? issueMessage(issue, this.currentLang)
      : text;
  }

  // ——— URL state (like <minga-data-table sync-url>: query parameters, prefixed by id) ———

  get #urlPrefix(): string {
    return this.id || 'transparencia';
  }

  #readUrl(): void {
    const params = new URLSearchParams(location.search);
    const month = params.get(`${this.#urlPrefix}.mes`);
    if (month && isMonth(month)) this.month = month;
    const view = params.get(`${this.#urlPrefix}.vista`);
    if (view === 'anio') this.view = 'year';
    else if (view === 'mes') this.view = 'month';
  }

  #writeUrl(): void {
    const url = new URL(location.href);
    if (this.month) url.searchParams.set(`${this.#urlPrefix}.mes`, this.month);
    if (this.view === 'year') url.searchParams.set(`${this.#urlPrefix}.vista`, 'anio');
    else url.searchParams.delete(`${this.#urlPrefix}.vista`);
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  }

  #onPopState = (): void => {
    if (this.syncUrl) this.#readUrl();
  };

  // ——— handlers ———

  #setMonth(month: string): void {
    if (month === this.month) return;
    this.month = month;
    this.preview = undefined;
    this.announcement = this.localize.term('transparency.month.heading', {
      month: this.#monthName(month),
    });
    this.dispatchEvent(
      new MingaTransparencyChangeEvent({ year: Number(month.slice(0, 4)), month }),
    );
  }

  #onYear(event: Event): void {
    const year = (event.target as HTMLSelectElement).value;
    const months = this.#monthsOfYear(Number(year));
    const same = `${year}-${this.month?.slice(5) ?? '01'}`;
    this.#setMonth(months.includes(same) ? same : (months.at(-1) ?? `${year}-01`));
    if (!months.length) this.announcement = this.localize.term('transparency.year.empty', { year });
  }

  #onMonth(event: Event): void {
    this.#setMonth((event.target as HTMLSelectElement).value);
  }

  #onView(event: Event): void {
    this.view = (event.target as HTMLInputElement).value as View;
  }

  #onSearch(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    const items = this.#visibleItems();
    this.announcement = this.query.trim()
      ? this.localize.term('transparency.search.count', {
          count: items.length,
          query: this.query.trim(),
        })
      : '';
  }

  async #openPreview(preview: Preview, opener: string): Promise<void> {
    this.#previewOpener = opener;
    // Loaded only now, so the element stays light for readers who never open a table.
    await import('@minga/data-table/define.js');
    this.preview = preview;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.preview h4')?.focus();
  }

  async #closePreview(): Promise<void> {
    const opener = this.#previewOpener;
    this.preview = undefined;
    await this.updateComplete;
    if (opener)
      this.renderRoot.querySelector<HTMLElement>(`button[data-opener="${opener}"]`)?.focus();
  }

  #onPreviewKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      void this.#closePreview();
    }
  }

  // ——— helpers ———

  #monthName(month: string): string {
    return this.localize.date(`${month}-15`, { dateOnly: true, month: 'long', year: 'numeric' });
  }

  #shortMonth(month: string): string {
    return this.localize.date(`${month}-15`, { dateOnly: true, month: 'short' });
  }

  #monthsOfYear(year: number): string[] {
    return (this.loaded?.months ?? []).map((m) => m.month).filter((m) => m.startsWith(`${year}-`));
  }

  get #day(): number {
    const day = this.deadlineDay;
    // An attribute out of range (or empty) falls back to the index's day, else the 10th.
    return day !== undefined && Number.isInteger(day) && day >= 1 && day <= 28
      ? day
      : deadlineDayOf(this.loaded);
  }

  #visibleItems(): MonthItem[] {
    if (!this.loaded || !this.month) return [];
    const items = monthSummary(this.loaded, this.month, this.#now, this.#day).items;
    return searchItems(items, this.query, this.currentLang);
  }

  #fileHref(file: IndexFile): string {
    const base = this.src && !this.index ? new URL(this.src, document.baseURI) : document.baseURI;
    return new URL(file.url, base).href;
  }

  #fileTitle(item: MonthItem, file: IndexFile): string {
    if (file.title) return file.title;
    const title = pick(item.numeral.title, this.currentLang);
    return (item.entry?.files.length ?? 0) > 1 && file.name ? `${title} (${file.name})` : title;
  }

  #status(status: ItemStatus) {
    return html`<span class="status" part="status" data-status=${status}
      >${svg`<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path d=${ICONS[status]} fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"></path></svg>`}${this.localize.term(
        `transparency.status.${status}` as MessageKey,
      )}</span
    >`;
  }

  // ——— rendering ———

  #renderControls(years: number[], year: number | undefined) {
    const months = year === undefined ? [] : this.#monthsOfYear(year);
    return html`<div class="controls" part="controls">
      <div class="field">
        <label for="year">${this.localize.term('transparency.year')}</label>
        <select id="year" @change=${this.#onYear}>
          ${years.map(
            (y) => html`<option .value=${String(y)} ?selected=${y === year}>${y}</option>`,
          )}
        </select>
      </div>
      ${
        this.view === 'month' && months.length
          ? html`<div class="field">
              <label for="month">${this.localize.term('transparency.month')}</label>
              <select id="month" @change=${this.#onMonth}>
                ${months.map(
                  (m) =>
                    html`<option .value=${m} ?selected=${m === this.month}>
                      ${this.#monthName(m)}
                    </option>`,
                )}
              </select>
            </div>`
          : nothing
      }
      <fieldset @change=${this.#onView}>
        <legend>${this.localize.term('transparency.view')}</legend>
        ${(['month', 'year'] as View[]).map(
          (v) =>
            html`<label
              ><input
                type="radio"
                name="view"
                .value=${v}
                .checked=${this.view === v}
              />${this.localize.term(`transparency.view.${v}` as MessageKey)}</label
            >`,
        )}
      </fieldset>
      <div class="field search">
        <label for="search">${this.localize.term('transparency.search')}</label>
        <input
          id="search"
          type="search"
          aria-describedby="search-hint"
          .value=${this.query}
          @input=${this.#onSearch}
        />
        <span id="search-hint" class="hint">${this.localize.term('transparency.search.hint')}</span>
      </div>
    </div>`;
  }

  #renderIssues() {
    if (!this.issues.length) return nothing;
    return html`<details class="issues" part="issues">
      <summary>
        ${this.localize.term('transparency.issues.title', { count: this.issues.length })}.
        ${this.localize.term('transparency.issues.rest')}
      </summary>
      <ul>
        ${this.issues.map((i) => html`<li>${this.#issueText(i)}</li>`)}
      </ul>
    </details>`;
  }

  #renderFile(item: MonthItem, file: IndexFile, i: number, month: string) {
    const title = this.#fileTitle(item, file);
    const format =
      file.format === 'link'
        ? this.localize.term('transparency.file.external')
        : file.format.toUpperCase();
    const text =
      file.size !== undefined
        ? this.localize.term('transparency.file.link', {
            title,
            format,
            size: this.localize.fileSize(file.size),
          })
        : this.localize.term('transparency.file.link-nosize', { title, format });
    const key = `${month}-${item.numeral.id}-${i}`;
    const open =
      this.preview?.month === month &&
      this.preview.numeral === item.numeral.id &&
      this.preview.file === i;
    return html`<li>
      <a part="file" href=${this.#fileHref(file)}>${text}</a>
      ${
        file.format === 'csv'
          ? html`<button
              type="button"
              data-opener=${key}
              aria-expanded=${open ? 'true' : 'false'}
              @click=${() =>
                open
                  ? this.#closePreview()
                  : this.#openPreview({ month, numeral: item.numeral.id, file: i }, key)}
            >
              ${this.localize.term('transparency.file.preview', { title })}
            </button>`
          : nothing
      }
      ${open ? this.#renderPreview(file, title) : nothing}
    </li>`;
  }

  #renderPreview(file: IndexFile, title: string) {
    return html`<section
      class="preview"
      part="preview"
      aria-labelledby="preview-heading"
      @keydown=${this.#onPreviewKey}
    >
      <div class="preview-head">
        <h4 id="preview-heading" tabindex="-1">
          ${this.localize.term('transparency.preview.heading', { title })}
        </h4>
        <button type="button" class="close" @click=${() => this.#closePreview()}>
          ${this.localize.term('transparency.preview.close')}
        </button>
      </div>
      <minga-data-table
        lang=${this.currentLang}
        src=${this.#fileHref(file)}
        caption=${title}
        page-size="10"
      ></minga-data-table>
    </section>`;
  }

  #renderItem(item: MonthItem, month: string) {
    const entry = item.entry;
    return html`<li class="item" part="item">
      <div class="item-head">
        <h3>${item.numeral.id}. ${pick(item.numeral.title, this.currentLang)}</h3>
        ${this.#status(item.status)}
      </div>
      <p class="description">${pick(item.numeral.description, this.currentLang)}</p>
      <dl>
        ${
          item.published
            ? html`<dt>${this.localize.term('transparency.item.date')}</dt>
                <dd>
                  ${this.localize.date(item.published, { dateOnly: true, dateStyle: 'long' })}
                </dd>`
            : nothing
        }
        ${
          item.unit
            ? html`<dt>${this.localize.term('transparency.item.unit')}</dt>
                <dd>${item.unit}</dd>`
            : nothing
        }
        ${
          entry?.state === 'not-applicable' && entry.justification
            ? html`<dt>${this.localize.term('transparency.item.justification')}</dt>
                <dd>${entry.justification}</dd>`
            : nothing
        }
        ${
          entry?.note
            ? html`<dt>${this.localize.term('transparency.item.note')}</dt>
                <dd>${entry.note}</dd>`
            : nothing
        }
      </dl>
      ${
        entry?.files.length
          ? html`<ul class="files" aria-label=${this.localize.term('transparency.item.files')}>
              ${entry.files.map((f, i) => this.#renderFile(item, f, i, month))}
            </ul>`
          : nothing
      }
    </li>`;
  }

  #renderMonth(index: TransparencyIndex) {
    const month = this.month ?? monthOf(this.#now);
    const year = Number(month.slice(0, 4));
    if (!this.#monthsOfYear(year).length && month <= monthOf(this.#now))
      return html`<p class="notice" role="status">
        ${this.localize.term('transparency.year.empty', { year: String(year) })}
      </p>`;
    const name = this.#monthName(month);
    if (month > monthOf(this.#now))
      return html`<p class="notice" role="status">
        ${this.localize.term('transparency.month.future', { month: name })}
      </p>`;
    const summary = monthSummary(index, month, this.#now, this.#day);
    if (!summary.present)
      return html`<p class="notice" role="status">
        ${this.localize.term('transparency.month.none', { month: name })}
      </p>`;
    const applicable = summary.total - summary.notApplicable;
    const late = summary.items.filter((i) => i.status === 'late');
    const missing = summary.items.filter((i) => i.status === 'pending');
    const items = searchItems(summary.items, this.query, this.currentLang);
    return html`<section aria-labelledby="month-heading">
      <h2 id="month-heading">
        ${this.localize.term('transparency.month.heading', { month: name })}
      </h2>
      <p class="summary" part="summary">
        ${this.localize.term('transparency.summary', {
          published: summary.published,
          count: applicable,
        })}
        ·
        ${name}${
          summary.notApplicable
            ? html` ·
              ${this.localize.term('transparency.summary.not-applicable', {
                count: summary.notApplicable,
              })}`
            : nothing
        }
      </p>
      <div class="deadline" part="deadline">
        <p>
          ${this.localize.term('transparency.deadline', {
            month: name,
            date: this.localize.date(summary.deadline, { dateOnly: true, dateStyle: 'long' }),
          })}
        </p>
        <p>
          ${
            late.length
              ? this.localize.term('transparency.deadline.late', {
                  count: late.length,
                  list: late
                    .map((i) => `${i.numeral.id}. ${pick(i.numeral.title, this.currentLang)}`)
                    .join('; '),
                })
              : missing.length
                ? this.localize.term('transparency.deadline.open', { count: missing.length })
                : this.localize.term('transparency.deadline.none-late')
          }
        </p>
      </div>
      ${
        this.query.trim() && !items.length
          ? html`<p class="notice">
              ${this.localize.term('transparency.search.count', {
                count: 0,
                query: this.query.trim(),
              })}
            </p>`
          : html`<ol class="list" part="list">
              ${items.map((item) => this.#renderItem(item, month))}
            </ol>`
      }
    </section>`;
  }

  #renderYear(index: TransparencyIndex, year: number) {
    const matrix = yearMatrix(index, year, this.#now, this.#day);
    const heading = html`<h2 id="year-heading">
      ${this.localize.term('transparency.year.heading', { year: String(year) })}
    </h2>`;
    if (matrix.empty)
      return html`<section aria-labelledby="year-heading">
        ${heading}
        <p class="notice" role="status">
          ${this.localize.term('transparency.year.empty', { year: String(year) })}
        </p>
      </section>`;
    const rows = searchItems(
      matrix.numerals.map((numeral) => ({ numeral })),
      this.query,
      this.currentLang,
    );
    const cellName = (kind: string) =>
      this.localize.term(
        (kind === 'none'
          ? 'transparency.year.no-data'
          : kind === 'future'
            ? 'transparency.year.future'
            : `transparency.status.${kind}`) as MessageKey,
      );
    return html`<section aria-labelledby="year-heading">
      ${heading}
      <div
        class="scroll"
        role="region"
        tabindex="0"
        aria-label=${this.localize.term('transparency.year.scroll')}
      >
        <table part="year-table">
          <caption>
            ${this.localize.term('transparency.year.caption', { year: String(year) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">${this.localize.term('transparency.year.numeral')}</th>
              ${matrix.columns.map(
                (c) =>
                  html`<th scope="col" abbr=${this.#monthName(c.month)}>
                    ${this.#shortMonth(c.month)}
                  </th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              ({ numeral }) =>
                html`<tr>
                  <th scope="row">${numeral.id}. ${pick(numeral.title, this.currentLang)}</th>
                  ${matrix.columns.map((c) => {
                    const kind = c.kind === 'data' ? c.statuses.get(numeral.id)! : c.kind;
                    return html`<td data-status=${kind}>
                      <span class="symbol" aria-hidden="true">${SYMBOLS[kind]}</span
                      ><span class="visually-hidden">${cellName(kind)}</span>
                    </td>`;
                  })}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <ul class="legend" aria-label=${this.localize.term('transparency.status.label')}>
        ${[...STATUSES, 'none' as const].map(
          (s) =>
            html`<li data-status=${s}>
              <span aria-hidden="true">${SYMBOLS[s]}</span> ${cellName(s)}
            </li>`,
        )}
      </ul>
    </section>`;
  }

  override render() {
    if (this.error)
      return html`<div class="error" part="error" role="alert">
        <p><strong>${this.localize.term('transparency.error.title')}</strong></p>
        <p>${this.#errorMessage(this.error)}</p>
        ${
          this.issues.length > 1
            ? html`<ul>
                ${this.issues.slice(1).map((i) => html`<li>${this.#issueText(i)}</li>`)}
              </ul>`
            : nothing
        }
        ${
          this.src
            ? html`<button type="button" @click=${this.#retry}>
                ${this.localize.term('transparency.error.retry')}
              </button>`
            : nothing
        }
      </div>`;
    const index = this.loaded;
    if (!index)
      return this.loading || this.src
        ? html`<p role="status">${this.localize.term('transparency.loading')}</p>`
        : nothing;
    const years = yearsOf(index, this.#now);
    const year = this.month
      ? Number(this.month.slice(0, 4))
      : (years.at(-1) ?? Number(monthOf(this.#now).slice(0, 4)));
    if (!years.includes(year)) years.push(year);
    years.sort((a, b) => a - b);
    return html`
      ${
        index.institution
          ? html`<p class="institution">
              ${this.localize.term('transparency.institution', { name: index.institution })}
            </p>`
          : nothing
      }
      ${this.#renderIssues()} ${this.#renderControls(years, year)}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${this.view === 'year' ? this.#renderYear(index, year) : this.#renderMonth(index)}
      ${
        index.generated
          ? html`<p class="meta">
              ${this.localize.term('transparency.generated', {
                date: this.localize.date(index.generated, { dateStyle: 'long' }),
              })}
            </p>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'minga-transparency': MingaTransparency;
  }
}
