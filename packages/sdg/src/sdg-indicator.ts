import { html, nothing, svg, type PropertyValues, type SVGTemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { linePath, scaleBand, scaleLinear } from './scale.js';
import { baseStyles, MingaElement, type MessageKey } from '@minga/core';
import type { SdgData, SdgSeries } from '@minga/data';
import { DataError } from '@minga/data/errors.js';
import { MingaSdgErrorEvent, MingaSdgLoadEvent, MingaSdgSelectEvent } from './events.js';
import {
  isPercentUnit,
  measureProgress,
  sameUnit,
  type ProgressDirection,
  type ProgressResult,
  type ProgressStatus,
} from './progress.js';
import { selectionCsv } from './selection-csv.js';
import { registerSdgMessages, statusIcon, statusStyles } from './shared.js';
import { styles } from './sdg-indicator.styles.js';
import { dimensionCode, readSiteTranslations, siteLabel, valueCode } from './labels.js';
import type { CodeLabel, SiteTranslations } from './labels.js';

registerSdgMessages();

/** Fields read from an Open SDG metadata file (JSON or YAML); all optional. */
export interface SdgIndicatorMeta {
  indicator_number?: string;
  indicator_name?: string;
  graph_title?: string;
  target_id?: string;
  /** The SDG target's text. */
  target?: string;
  source?: string;
  published?: string;
  reporting_status?: 'complete' | 'inprogress' | 'notstarted' | 'notapplicable' | string;
  /** Numeric target for the progress measure (Minga extension). */
  target_value?: number;
  target_year?: number;
  base_year?: number;
  /** `higher` / `positive` or `lower` / `negative`. */
  direction?: string;
  unit?: string;
  /** A manual progress status. */
  progress_status?: ProgressStatus;
}

/** At most this many series are compared at once. */
export const MAX_SERIES = 4;
const DASHES = ['', '7 4', '2 3', '10 3 2 3'];
const PATTERNS = ['solid', 'hatch', 'dots', 'cross'];
const W_DEFAULT = 640;
const H = 300;
const M = { top: 20, right: 20, bottom: 36, left: 56 };

type LoadError = { code?: string; status?: number; message?: string; url?: string };

function marker(i: number, x: number, y: number, r = 5): string {
  switch (i % 4) {
    case 1:
      return `M${x - r},${y - r}h${2 * r}v${2 * r}h${-2 * r}z`;
    case 2:
      return `M${x},${y - r * 1.2}L${x + r * 1.1},${y + r * 0.9}L${x - r * 1.1},${y + r * 0.9}z`;
    case 3:
      return `M${x},${y - r * 1.3}L${x + r * 1.3},${y}L${x},${y + r * 1.3}L${x - r * 1.3},${y}z`;
    default:
      return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
  }
}

/**
 * The indicator page element: reads an Open SDG indicator CSV (and optionally its metadata),
 * draws the headline series (line, or bars for few years) with the target, lets the reader
 * compare disaggregations, shows the same data as a table, offers downloads, and says in
 * plain words whether the municipality is on track (Open SDG / Statistics Canada method).
 *
 * @tagname minga-sdg-indicator
 * @summary An SDG indicator: chart, table, progress status, metadata and downloads.
 *
 * @fires minga-sdg-select - The reader changed the unit, the series or the compared series.
 * @fires minga-sdg-load - The data loaded and the status was computed. `detail`: `{ status, rows }`.
 * @fires minga-sdg-error - The data could not be shown. `detail.error`: `{ code, message }`.
 *
 * @csspart progress - The status block.
 * @csspart controls - Unit, series and comparison selectors.
 * @csspart chart - The chart's wrapper.
 * @csspart table - The `<table>`.
 * @csspart downloads - The download links.
 * @csspart meta - The metadata block.
 *
 * @cssprop --minga-sdg-series-1 - Colour of the first series (also told apart by marker and dashes).
 * @cssprop --minga-sdg-series-2 - Colour of the second series.
 * @cssprop --minga-sdg-series-3 - Colour of the third series.
 * @cssprop --minga-sdg-series-4 - Colour of the fourth series.
 */
export class MingaSdgIndicator extends MingaElement {
  static override styles = [baseStyles, statusStyles, styles];

  /** URL of the indicator CSV (`indicator_6-1-1.csv`). */
  @property() src?: string;

  /** URL of the metadata file (JSON, or YAML when it ends in `.yml`/`.yaml`). */
  @property() meta?: string;

  /** The indicator's name (wins over the metadata's). */
  @property() label?: string;

  /** Numeric target (wins over the metadata's `target_value`). */
  @property({ type: Number }) target?: number;

  /** Target year (default 2030). */
  @property({ type: Number, attribute: 'target-year' }) targetYear?: number;

  /** Base year (default 2015; the next year with data when it has none). */
  @property({ type: Number, attribute: 'base-year' }) baseYear?: number;

  /** `higher` or `lower` is better (default `lower`, as in Open SDG). */
  @property() direction?: ProgressDirection;

  /** Unit shown on the axis and after values ("%"). */
  @property() unit?: string;

  /** `line`, `bar`, or unset: line, bars when there are three years or fewer. */
  @property() chart?: 'line' | 'bar';

  /** A manual progress status: wins over the computation. */
  @property() status?: ProgressStatus;

  /** `chart` or `table`. */
  @property({ reflect: true }) view: 'chart' | 'table' = 'chart';

  /**
   * The metadata as an object (instead of, or after, the `meta` file): the same fields.
   * Loading `meta` sets it.
   */
  @property({ attribute: false }) metadata?: SdgIndicatorMeta;

  /**
   * URL of the site's translations for disaggregation codes, in the format Open SDG sites keep:
   * their `translations.json`, or one group's file (`translations/{lang}/data.yml`, YAML or
   * JSON; `{lang}` is replaced by the page's language). Loading it sets `siteTranslations`.
   */
  @property() translations?: string;

  /** The site's translations as an object: `{ es: { data: { female: 'Mujeres' } } }`. */
  @property({ attribute: false }) siteTranslations?: SiteTranslations;

  @state() private data?: SdgData;
  @state() private error?: LoadError;
  @state() private metaError?: string;
  @state() private unitValue?: string;
  @state() private seriesValue?: string;
  @state() private keys: string[] = [];
  @state() private announcement = '';
  @state() private active?: { s: number; p: number };
  @state() private width = W_DEFAULT;
  /** The combination being built: dimension → value (`''` = all). */
  @state() private combo: Record<string, string> = {};

  #request = 0;
  #resize?: ResizeObserver;
  #selectionUrl?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resize = new ResizeObserver((entries) => {
      const w = Math.round(entries[0]?.contentRect.width ?? 0);
      // Next frame: resizing inside the observer's callback would loop.
      if (w > 0 && Math.abs(w - this.width) > 4)
        requestAnimationFrame(() => (this.width = Math.max(280, w)));
    });
    this.#resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    if (this.#selectionUrl) URL.revokeObjectURL(this.#selectionUrl);
    this.#selectionUrl = undefined;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.src) void this.#load(this.src);
    if (changed.has('meta') && this.meta) void this.#loadMeta(this.meta);
    const perLanguage = this.translations?.includes('{lang}') && changed.has('currentLang');
    if (this.translations && (changed.has('translations') || perLanguage))
      void this.#loadTranslations(this.translations);
    const selection = ['data', 'keys', 'unitValue', 'seriesValue'] as const;
    if (
      selection.some((k) => changed.has(k as keyof MingaSdgIndicator)) ||
      (this.data && !this.#selectionUrl)
    )
      this.#updateSelectionUrl();
  }

  /** The selection as a CSV blob URL, for the download link (the old one is revoked). */
  #updateSelectionUrl(): void {
    if (this.#selectionUrl) URL.revokeObjectURL(this.#selectionUrl);
    this.#selectionUrl = undefined;
    if (!this.data) return;
    const dims = this.data.dimensions.map((d) => d.name);
    const blob = new Blob([selectionCsv(this.shownSeries, dims)], {
      type: 'text/csv;charset=utf-8',
    });
    this.#selectionUrl = URL.createObjectURL(blob);
  }

  /** File name of the selection download: the source's name with `-seleccion`. */
  get #selectionName(): string {
    const base = (this.src?.split('/').pop()?.split(/[?#]/)[0] || 'indicador.csv').replace(
      /\.csv$/i,
      '',
    );
    return `${base}-${this.localize.term('sdg.download.selection-suffix')}.csv`;
  }

  /** The loaded data, or undefined. */
  get sdgData(): SdgData | undefined {
    return this.data;
  }

  /** Sets the data directly (already parsed), instead of `src`. */
  setData(data: SdgData): void {
    this.error = undefined;
    this.data = data;
    this.unitValue = data.units?.[0];
    this.seriesValue = data.seriesNames?.[0];
    const head = this.#headline();
    this.keys = head ? [head.key] : [];
    this.combo = {};
    if (!data.series.some((s) => s.points.length)) this.error = { code: 'no-series' };
  }

  async #load(src: string): Promise<void> {
    const request = ++this.#request;
    this.data = undefined;
    this.error = undefined;
    try {
      // Loaded here, not with the element: a page with only the goal grid or progress badges
      // (the demo's home page) does not download the CSV loader. (`DataError` comes from its
      // own entry point for the same reason: the package's index would bring everything.)
      const { loadTable, parseOpenSdg } = await import('@minga/data');
      const table = await loadTable(
        { url: src },
        { lang: this.currentLang, format: 'csv', worker: false },
      );
      const data = parseOpenSdg(table, { lang: this.currentLang });
      if (request !== this.#request) return;
      this.setData(data);
      if (this.error) throw Object.assign(new Error(''), this.error);
      const rows = data.series.reduce((n, s) => n + s.points.length, 0) + data.skippedRows;
      this.dispatchEvent(new MingaSdgLoadEvent({ status: this.progress.status, rows }));
    } catch (error) {
      if (request !== this.#request) return;
      const e = error as LoadError & Error;
      this.error = { code: e.code ?? 'network', status: e.status };
      this.dispatchEvent(
        new MingaSdgErrorEvent(
          Object.assign(new Error(this.#errorMessage()), { code: this.error.code }),
        ),
      );
    }
  }

  /** Reads the site's translations; a file that cannot be read leaves the codes as they are. */
  async #loadTranslations(template: string): Promise<void> {
    const lang = this.currentLang;
    const url = template.replaceAll('{lang}', encodeURIComponent(lang.split('-')[0]!));
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(String(response.status));
      const text = await response.text();
      const parsed: unknown = /\.ya?ml(?:[?#].*)?$/i.test(url)
        ? (await import('js-yaml')).load(text)
        : JSON.parse(text);
      if (this.translations !== template) return;
      this.siteTranslations = readSiteTranslations(parsed, lang);
    } catch (error) {
      console.warn(`minga-sdg-indicator: translations not read (${url}): ${String(error)}`);
    }
  }

  async #loadMeta(url: string): Promise<void> {
    this.metaError = undefined;
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(String(response.status));
      const text = await response.text();
      let parsed: unknown;
      if (/\.ya?ml(?:[?#].*)?$/i.test(url)) {
        const yaml = await import('js-yaml');
        parsed = yaml.load(text);
      } else parsed = JSON.parse(text);
      if (typeof parsed !== 'object' || parsed === null) throw new Error('meta');
      this.metadata = parsed as SdgIndicatorMeta;
    } catch {
      this.metadata = undefined;
      this.metaError = url;
    }
  }

  #errorMessage(): string {
    const e = this.error;
    if (!e) return '';
    if (e.code === 'no-series') return this.localize.term('sdg.error.no-series');
    return DataError.messageFor((e.code ?? 'network') as DataError['code'], {
      lang: this.currentLang,
      status: e.status,
    });
  }

  // --- What is shown --------------------------------------------------------------------------

  #inScope(s: SdgSeries): boolean {
    return (
      !s.geoCode &&
      (this.unitValue === undefined || s.unit === this.unitValue) &&
      (this.seriesValue === undefined || s.seriesName === this.seriesValue)
    );
  }

  #headline(): SdgSeries | undefined {
    return this.data?.headlines.find((s) => this.#inScope(s)) ?? this.data?.headline;
  }

  /** The series that can be compared: the total and each single-dimension breakdown. */
  get choices(): SdgSeries[] {
    return (this.data?.series ?? []).filter(
      (s) =>
        this.#inScope(s) &&
        s.points.length > 0 &&
        (s.headline || Object.values(s.disaggregation).filter((v) => v !== '').length === 1),
    );
  }

  /** The series currently drawn (up to {@link MAX_SERIES}). */
  get shownSeries(): SdgSeries[] {
    const all = this.data?.series ?? [];
    return this.keys
      .map((k) => all.find((s) => s.key === k))
      .filter((s): s is SdgSeries => !!s && this.#inScope(s));
  }

  /**
   * A dimension's label: the site's translation, else Minga's for the codes Open SDG sites use
   * (`Sex`, `AGE`, `DISABILITY_STATUS`…), else the name as in the file.
   */
  dimensionLabel(name: string): string {
    return (
      siteLabel(this.siteTranslations, this.currentLang, name) ??
      this.#codeLabel(dimensionCode(name)) ??
      name
    );
  }

  /**
   * A value's label in its dimension: the site's translation, else Minga's for the codes Open
   * SDG sites use (`female`, `F`, `disabled`, `Y15T24`, `quintile1`…), else the value as is.
   */
  valueLabel(value: string, dimension?: string): string {
    return (
      siteLabel(this.siteTranslations, this.currentLang, value, dimension) ??
      this.#codeLabel(valueCode(value, dimension)) ??
      value
    );
  }

  #codeLabel(label: CodeLabel | undefined): string | undefined {
    return label && this.localize.term(label.key, label.params);
  }

  #seriesName(s: SdgSeries): string {
    const parts = Object.entries(s.disaggregation)
      .filter(([, v]) => v !== '')
      .map(([d, v]) => this.valueLabel(v, d));
    return parts.length ? parts.join(' · ') : this.localize.term('sdg.series.total');
  }

  #numbers() {
    const m = this.metadata ?? {};
    const dir = this.direction ?? m.direction;
    // The target is set in the declared unit (else in the file's first unit): with another
    // unit chosen ("Personas" beside a target in "%"), there is no target to compare with.
    const declared = this.unit ?? m.unit;
    const shown = this.unitValue;
    const targetUnit = declared ?? this.data?.units?.[0];
    const sameAsTarget = !shown || !targetUnit || sameUnit(shown, targetUnit);
    return {
      target: !sameAsTarget
        ? undefined
        : (this.target ?? (typeof m.target_value === 'number' ? m.target_value : undefined)),
      targetYear: this.targetYear ?? m.target_year ?? 2030,
      baseYear: this.baseYear ?? m.base_year ?? 2015,
      direction: (dir === 'higher' || dir === 'positive' ? 'higher' : 'lower') as ProgressDirection,
      unit: (sameAsTarget && declared) || shown,
      override: this.status ?? m.progress_status,
    };
  }

  /** Duplicate years in the headline series (the progress measure refuses them). */
  get duplicateYears(): number[] {
    const years = (this.#headline()?.points ?? []).map((p) => p.year);
    return [...new Set(years.filter((y, i) => years.indexOf(y) !== i))];
  }

  /** The progress of the headline series. */
  get progress(): ProgressResult {
    const n = this.#numbers();
    return measureProgress({
      points: this.#headline()?.points ?? [],
      baseYear: n.baseYear,
      target: n.target,
      targetYear: n.targetYear,
      direction: n.direction,
      override: n.override,
    });
  }

  #fmt(value: number | undefined): string {
    if (value === undefined) return '';
    const unit = this.#numbers().unit;
    const text = this.localize.number(value, { maximumFractionDigits: 2 });
    return isPercentUnit(unit) ? `${text} %` : text;
  }

  #title(): string {
    const m = this.metadata;
    const name = this.label ?? m?.graph_title ?? m?.indicator_name ?? '';
    return m?.indicator_number && !this.label ? `${m.indicator_number} ${name}`.trim() : name;
  }

  #sentence(r: ProgressResult, targetYear: number): string {
    if (r.method === 'override') return this.localize.term('sdg.sentence.override');
    if (r.status === 'not_available')
      return this.localize.term(`sdg.reason.${r.reason ?? 'no-data'}` as MessageKey, {
        year: String(this.#numbers().baseYear),
      });
    if (r.status === 'target_achieved') return this.localize.term('sdg.sentence.target_achieved');
    if (r.method === 'with_target') {
      if (r.projectedYear !== undefined)
        return this.localize.term('sdg.sentence.projected', { year: String(r.projectedYear) });
      return (r.ratio ?? 0) < 0
        ? this.localize.term('sdg.sentence.wrong-way')
        : this.localize.term('sdg.sentence.not-by-target', { year: String(targetYear) });
    }
    const rate = this.localize.percent(Math.abs(r.observedCagr ?? 0), { maximumFractionDigits: 2 });
    return this.localize.term(
      (r.ratio ?? 0) >= 0 ? 'sdg.sentence.improving' : 'sdg.sentence.worsening',
      {
        rate,
      },
    );
  }

  // --- Handlers -------------------------------------------------------------------------------

  #selected(message: string): void {
    const shown = this.shownSeries;
    this.announcement =
      message ||
      this.localize.term('sdg.select.announce', {
        count: shown.length,
        names: shown.map((s) => this.#seriesName(s)).join(', '),
      });
    this.active = undefined;
    this.dispatchEvent(
      new MingaSdgSelectEvent({
        unit: this.unitValue,
        seriesName: this.seriesValue,
        keys: [...this.keys],
      }),
    );
  }

  #onUnit(event: Event): void {
    this.unitValue = (event.target as HTMLSelectElement).value;
    this.#showHeadline();
  }

  #onSeries(event: Event): void {
    this.seriesValue = (event.target as HTMLSelectElement).value;
    this.#showHeadline();
  }

  /** After another unit or series: its headline alone, announced with its progress status. */
  #showHeadline(): void {
    const head = this.#headline();
    this.keys = head ? [head.key] : [];
    this.#selected('');
    this.announcement += ` ${this.localize.term('sdg.status.now', {
      status: this.localize.term(`sdg.status.${this.progress.status}` as MessageKey),
    })}`;
  }

  #onCompare(event: Event): void {
    const input = event.target as HTMLInputElement;
    const key = input.value;
    if (input.checked) {
      if (this.shownSeries.length >= MAX_SERIES) {
        input.checked = false;
        this.announcement = this.localize.term('sdg.select.max', { max: MAX_SERIES });
        return;
      }
      this.keys = [...this.keys.filter((k) => k !== key), key];
    } else this.keys = this.keys.filter((k) => k !== key);
    this.#selected('');
  }

  /** Shows the given series keys (at most four), as if the reader had ticked them. */
  selectSeries(keys: string[]): void {
    this.keys = keys.slice(0, MAX_SERIES);
    this.#selected('');
  }

  #onComboChange(event: Event): void {
    const select = event.target as HTMLSelectElement;
    const dim = select.dataset['dim'];
    if (dim === undefined) return;
    this.combo = { ...this.combo, [dim]: select.value };
  }

  /** The in-scope series whose value in every dimension is the combination's. */
  #comboSeries(): SdgSeries | undefined {
    const dims = this.data?.dimensions ?? [];
    return (this.data?.series ?? []).find(
      (s) =>
        this.#inScope(s) &&
        s.points.length > 0 &&
        dims.every((d) => (s.disaggregation[d.name] ?? '') === (this.combo[d.name] ?? '')),
    );
  }

  #onAddCombo(): void {
    const found = this.#comboSeries();
    if (!found) {
      this.announcement = this.localize.term('sdg.select.no-combination');
      return;
    }
    if (this.keys.includes(found.key)) {
      this.announcement = this.localize.term('sdg.select.already', {
        name: this.#seriesName(found),
      });
      return;
    }
    if (this.shownSeries.length >= MAX_SERIES) {
      this.announcement = this.localize.term('sdg.select.max', { max: MAX_SERIES });
      return;
    }
    this.keys = [...this.keys, found.key];
    this.#selected('');
  }

  #onRemove(key: string): void {
    this.keys = this.keys.filter((k) => k !== key);
    this.#selected('');
    // The chip's button is gone: keep the focus in the builder.
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLButtonElement>('.combo button.add')?.focus(),
    );
  }

  #onPointKey(event: KeyboardEvent): void {
    const shown = this.shownSeries;
    if (!this.active || !shown.length) return;
    let { s, p } = this.active;
    const len = (i: number) => shown[i]!.points.length;
    switch (event.key) {
      case 'ArrowRight':
        p = Math.min(len(s) - 1, p + 1);
        break;
      case 'ArrowLeft':
        p = Math.max(0, p - 1);
        break;
      case 'ArrowDown':
      case 'ArrowUp': {
        const year = shown[s]!.points[p]!.year;
        s = (s + (event.key === 'ArrowDown' ? 1 : shown.length - 1)) % shown.length;
        const idx = shown[s]!.points.findIndex((pt) => pt.year >= year);
        p = idx < 0 ? len(s) - 1 : idx;
        break;
      }
      case 'Home':
        p = 0;
        break;
      case 'End':
        p = len(s) - 1;
        break;
      case 'Escape':
        this.active = undefined;
        return;
      default:
        return;
    }
    event.preventDefault();
    this.active = { s, p };
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<SVGElement>(`[data-point="${s}-${p}"]`)?.focus(),
    );
  }

  // --- Rendering ------------------------------------------------------------------------------

  #renderProgress(r: ProgressResult) {
    const n = this.#numbers();
    const pct = (v: number | undefined) =>
      v === undefined
        ? ''
        : this.localize.percent(v, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
    // A group, not a landmark: a page with several indicators would repeat the landmark name.
    return html`<div
      class="progress"
      part="progress"
      role="group"
      aria-label=${this.localize.term('sdg.status.label')}
    >
      <span class="status" data-status=${r.status}
        >${statusIcon(r.status)}${this.localize.term(`sdg.status.${r.status}` as MessageKey)}</span
      >
      <p class="sentence">${this.#sentence(r, n.targetYear)}</p>
      <details>
        <summary>${this.localize.term('sdg.numbers')}</summary>
        <dl>
          <dt>${this.localize.term('sdg.numbers.method')}</dt>
          <dd>
            ${this.localize.term(`sdg.method.${r.method}` as MessageKey)} ·
            ${this.localize.term(`sdg.direction.${n.direction}`)}
          </dd>
          ${
            r.baseYear !== undefined
              ? html`<dt>${this.localize.term('sdg.numbers.base')}</dt>
                  <dd>
                    ${this.localize.term('sdg.value-in-year', { value: this.#fmt(r.baseValue), year: String(r.baseYear) })}
                  </dd>`
              : nothing
          }
          ${
            r.currentYear !== undefined
              ? html`<dt>${this.localize.term('sdg.numbers.current')}</dt>
                  <dd>
                    ${this.localize.term('sdg.value-in-year', { value: this.#fmt(r.currentValue), year: String(r.currentYear) })}
                  </dd>`
              : nothing
          }
          ${
            n.target !== undefined
              ? html`<dt>${this.localize.term('sdg.numbers.target')}</dt>
                  <dd>
                    ${this.localize.term('sdg.value-in-year', { value: this.#fmt(n.target), year: String(n.targetYear) })}
                  </dd>`
              : nothing
          }
          ${
            r.observedCagr !== undefined
              ? html`<dt>${this.localize.term('sdg.numbers.observed')}</dt>
                  <dd>${pct(r.observedCagr)}</dd>`
              : nothing
          }
          ${
            r.requiredCagr !== undefined
              ? html`<dt>${this.localize.term('sdg.numbers.required')}</dt>
                  <dd>${pct(r.requiredCagr)}</dd>`
              : nothing
          }
          ${
            r.ratio !== undefined
              ? html`<dt>${this.localize.term('sdg.numbers.ratio')}</dt>
                  <dd>${this.localize.number(r.ratio, { maximumFractionDigits: 3 })}</dd>`
              : nothing
          }
        </dl>
      </details>
    </div>`;
  }

  #renderControls() {
    const data = this.data!;
    const choices = this.choices;
    const byDim = data.dimensions
      .map((d) => ({
        name: d.name,
        series: choices.filter((s) => !s.headline && s.disaggregation[d.name] !== ''),
      }))
      .filter((g) => g.series.length);
    const head = choices.find((s) => s.headline);
    const single = new Set(choices.map((s) => s.key));
    const combined = this.shownSeries.filter((s) => !single.has(s.key));
    const box = (s: SdgSeries) =>
      html`<label
        ><input
          type="checkbox"
          .value=${s.key}
          .checked=${this.keys.includes(s.key)}
        />${this.#seriesName(s)}</label
      >`;
    return html`<div class="controls" part="controls">
      ${
        data.units && data.units.length > 1
          ? html`<label class="field"
              >${this.localize.term('sdg.select.unit')}
              <select name="units" @change=${this.#onUnit}>
                ${data.units.map((u) => html`<option .value=${u} ?selected=${u === this.unitValue}>${u}</option>`)}
              </select></label
            >`
          : nothing
      }
      ${
        data.seriesNames && data.seriesNames.length > 1
          ? html`<label class="field"
              >${this.localize.term('sdg.select.series')}
              <select name="series" @change=${this.#onSeries}>
                ${data.seriesNames.map(
                  (u) =>
                    html`<option .value=${u} ?selected=${u === this.seriesValue}>${u}</option>`,
                )}
              </select></label
            >`
          : nothing
      }
      ${
        byDim.length
          ? html`<fieldset @change=${this.#onCompare}>
              <legend>${this.localize.term('sdg.select.compare', { max: MAX_SERIES })}</legend>
              ${head ? box(head) : nothing}
              ${byDim.map(
                (g) =>
                  html`<fieldset>
                    <legend>${this.dimensionLabel(g.name)}</legend>
                    ${g.series.map(box)}
                  </fieldset>`,
              )}
            </fieldset>`
          : nothing
      }
      ${data.dimensions.length > 1 ? this.#renderCombo(combined) : nothing}
    </div>`;
  }

  /** One select per dimension ("Todas" = total), "Añadir serie", and removable chips. */
  #renderCombo(combined: SdgSeries[]) {
    const dims = this.data!.dimensions;
    return html`<fieldset class="combo" @change=${this.#onComboChange}>
      <legend>${this.localize.term('sdg.select.combine')}</legend>
      <div class="combo-row">
        ${dims.map(
          (d) =>
            html`<label class="field"
              >${this.dimensionLabel(d.name)}
              <select data-dim=${d.name}>
                <option value="" ?selected=${!this.combo[d.name]}>
                  ${this.localize.term('sdg.select.all')}
                </option>
                ${d.values
                  .filter((v) => v !== '')
                  .map(
                    (v) =>
                      html`<option .value=${v} ?selected=${this.combo[d.name] === v}>
                        ${this.valueLabel(v, d.name)}
                      </option>`,
                  )}
              </select></label
            >`,
        )}
        <button type="button" class="add" @click=${this.#onAddCombo}>
          ${this.localize.term('sdg.select.add')}
        </button>
      </div>
      ${
        combined.length
          ? html`<ul class="chips" aria-label=${this.localize.term('sdg.select.combined')}>
              ${combined.map((s) => {
                const name = this.#seriesName(s);
                return html`<li>
                  <span>${name}</span>
                  <button
                    type="button"
                    class="remove"
                    aria-label=${this.localize.term('sdg.select.remove', { name })}
                    @click=${() => this.#onRemove(s.key)}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </li>`;
              })}
            </ul>`
          : nothing
      }
    </fieldset>`;
  }

  /** "Sube de 72,7 % en 2015 a 86,5 % en 2023." for one series. */
  #trend(points: SdgSeries['points']): string {
    const first = points[0]!;
    const last = points.at(-1)!;
    const trendKey =
      last.value > first.value
        ? 'sdg.chart.trend.up'
        : last.value < first.value
          ? 'sdg.chart.trend.down'
          : 'sdg.chart.trend.flat';
    return this.localize.term(trendKey, {
      from: this.#fmt(first.value),
      to: this.#fmt(last.value),
      fromYear: String(first.year),
      toYear: String(last.year),
    });
  }

  #summaryText(r: ProgressResult): string {
    const head = this.#headline();
    const pts = head?.points ?? [];
    const last = pts.at(-1);
    const n = this.#numbers();
    const title = this.#title() || this.localize.term('sdg.series.total');
    if (!last) return title;
    // The text stands for the chart: every series drawn, each by its name, once there are
    // others than the headline alone.
    const shown = this.shownSeries.filter((s) => s.points.length);
    const trend =
      shown.length === 1 && shown[0] === head
        ? this.#trend(pts)
        : shown
            .map((s) =>
              this.localize.term('sdg.chart.series-trend', {
                series: this.#seriesName(s),
                trend: this.#trend(s.points),
              }),
            )
            .join(' ');
    return this.localize.term('sdg.chart.summary', {
      title,
      trend,
      latest: this.localize.term('sdg.value-in-year', {
        value: this.#fmt(last.value),
        year: String(last.year),
      }),
      target:
        n.target !== undefined
          ? this.localize.term('sdg.chart.target', {
              value: this.#fmt(n.target),
              year: String(n.targetYear),
            })
          : this.localize.term('sdg.chart.no-target'),
      status: this.localize.term(`sdg.status.${r.status}` as MessageKey),
    });
  }

  #renderChart(r: ProgressResult) {
    const shown = this.shownSeries;
    const n = this.#numbers();
    const W = this.width;
    const years = [...new Set(shown.flatMap((s) => s.points.map((p) => p.year)))].sort(
      (a, b) => a - b,
    );
    if (!years.length) return nothing;
    const values = shown.flatMap((s) => s.points.map((p) => p.value));
    if (n.target !== undefined) values.push(n.target);
    const lo = Math.min(0, ...values);
    const hi = Math.max(...values);
    const y = scaleLinear([lo, hi], [H - M.bottom, M.top], true);
    const bars = this.chart === 'bar' || (this.chart !== 'line' && years.length <= 3);
    const showTarget = n.target !== undefined;
    const xYears = showTarget && !years.includes(n.targetYear) ? [...years, n.targetYear] : years;
    const band = scaleBand(xYears, [M.left, W - M.right], 0.2);
    const linear = scaleLinear(
      [Math.min(...xYears), Math.max(...xYears)],
      [M.left + 12, W - M.right - 12],
    );
    const x = (year: number) => (bars ? band(year) + band.bandwidth / 2 : linear(year));
    // About 64 px per year label, so four-digit years never touch at 320 px.
    const maxTicks = Math.max(2, Math.floor((W - M.left - M.right) / 64));
    const step = Math.ceil(xYears.length / maxTicks);
    const xTicks = bars
      ? xYears.filter((_, i) => i % step === 0)
      : linear.ticks(Math.min(maxTicks, xYears.length)).filter((t) => Number.isInteger(t));
    const yTicks = y.ticks(5);
    const path = (pts: ReadonlyArray<{ year: number; value: number }>) =>
      linePath(pts.map((p) => [x(p.year), y(p.value)]));
    const names = shown.map((s) => this.#seriesName(s));
    const sub = bars ? band.bandwidth / Math.max(1, shown.length) : 0;
    const active = this.active;
    const pointLabel = (si: number, p: { year: number; value: number }) =>
      this.localize.term('sdg.chart.point', {
        series: names[si]!,
        year: String(p.year),
        value: this.#fmt(p.value),
      });
    const marks: SVGTemplateResult[] = [];
    shown.forEach((s, si) => {
      const cls = `s${si}`;
      if (!bars)
        marks.push(
          svg`<path class="line ${cls}" d=${path(s.points)} stroke="currentColor" stroke-dasharray=${DASHES[si]!}></path>`,
        );
      s.points.forEach((p, pi) => {
        const focused = active ? active.s === si && active.p === pi : si === 0 && pi === 0;
        const common = {
          tab: focused ? 0 : -1,
          label: pointLabel(si, p),
          id: `${si}-${pi}`,
        };
        if (bars) {
          const bx = band(p.year) + si * sub;
          const top = y(Math.max(0, p.value));
          const h = Math.abs(y(p.value) - y(0));
          marks.push(
            svg`<rect class="point ${cls}" data-point=${common.id} tabindex=${common.tab} role="img" aria-label=${common.label} x=${bx} y=${top} width=${Math.max(1, sub - 2)} height=${Math.max(1, h)} fill=${`url(#pat-${PATTERNS[si]})`} stroke="currentColor" stroke-width="1.5" @focus=${() => (this.active = { s: si, p: pi })} @mouseenter=${() => (this.active = { s: si, p: pi })} @keydown=${this.#onPointKey}></rect>`,
          );
        } else
          marks.push(
            svg`<path class="point ${cls}" data-point=${common.id} tabindex=${common.tab} role="img" aria-label=${common.label} d=${marker(si, x(p.year), y(p.value))} fill="currentColor" @focus=${() => (this.active = { s: si, p: pi })} @mouseenter=${() => (this.active = { s: si, p: pi })} @keydown=${this.#onPointKey}></path>`,
          );
      });
    });
    const activePoint = active ? shown[active.s]?.points[active.p] : undefined;
    const tipX = activePoint
      ? x(activePoint.year) + (bars ? (active!.s - (shown.length - 1) / 2) * sub : 0)
      : 0;
    const tipY = activePoint ? y(activePoint.value) : 0;
    // The tooltip goes beside the point (never over it, nor over its focus ring): to its right
    // in the left half of the chart, to its left in the right half, so it stays on screen.
    const tipSide = tipX > W / 2 ? 'start' : 'end';
    const tipLeft = tipX + (tipSide === 'end' ? 1 : -1) * (bars ? sub / 2 : 0);
    const summary = this.#summaryText(r);
    const patterns = svg`<defs>
      <pattern id="pat-solid" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="currentColor" class="s0"></rect></pattern>
      <pattern id="pat-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)" class="s1"><rect width="6" height="6" fill="none"></rect><line x1="0" y1="0" x2="0" y2="6" stroke="currentColor" stroke-width="3"></line></pattern>
      <pattern id="pat-dots" width="6" height="6" patternUnits="userSpaceOnUse" class="s2"><circle cx="3" cy="3" r="1.8" fill="currentColor"></circle></pattern>
      <pattern id="pat-cross" width="6" height="6" patternUnits="userSpaceOnUse" class="s3"><path d="M0 0L6 6M6 0L0 6" stroke="currentColor" stroke-width="1.4"></path></pattern>
    </defs>`;
    return html`<div class="chart" part="chart">
      <div class="plot-box">
        <svg
          class="plot"
          role="group"
          aria-label=${this.localize.term('sdg.chart.label', { title: this.#title() || names[0] || '' })}
          aria-describedby="summary"
          viewBox="0 0 ${W} ${H}"
          width=${W}
          height=${H}
          @mouseleave=${() => (this.active = active)}
        >
          ${patterns}
          <g class="grid" aria-hidden="true">
            ${yTicks.map((t) => svg`<line x1=${M.left} x2=${W - M.right} y1=${y(t)} y2=${y(t)}></line>`)}
          </g>
          <g class="axis" aria-hidden="true">
            <line x1=${M.left} x2=${W - M.right} y1=${H - M.bottom} y2=${H - M.bottom}></line>
            ${yTicks.map((t) => svg`<text x=${M.left - 6} y=${y(t)} dy="0.32em" text-anchor="end">${this.localize.number(t)}</text>`)}
            ${xTicks.map((t) => svg`<text x=${x(t)} y=${H - M.bottom + 18} text-anchor="middle">${String(t)}</text>`)}
            ${n.unit ? svg`<text x=${4} y=${M.top - 8}>${n.unit}</text>` : nothing}
          </g>
          ${
            showTarget
              ? svg`<g aria-hidden="true">
              <line class="target-guide" x1=${M.left} x2=${x(n.targetYear)} y1=${y(n.target!)} y2=${y(n.target!)}></line>
              <path class="target" d=${`M${x(n.targetYear) - 7},${y(n.target!) - 7}l14,14m0,-14l-14,14`}></path>
              <text class="target-label" x=${x(n.targetYear)} y=${y(n.target!) - 12} text-anchor="end">${this.localize.term('sdg.chart.target-label', { year: String(n.targetYear) })}: ${this.#fmt(n.target)}</text>
            </g>`
              : nothing
          }
          ${marks}
        </svg>
        ${
          activePoint
            ? html`<div
                class="tooltip"
                role="presentation"
                aria-hidden="true"
                data-side=${tipSide}
                .style=${`left: ${(tipLeft / W) * 100}%; top: ${(tipY / H) * 100}%`}
              >
                ${pointLabel(active!.s, activePoint)}
              </div>`
            : nothing
        }
      </div>
      <ul class="legend" aria-label=${this.localize.term('sdg.chart.legend')}>
        ${names.map(
          (name, i) =>
            html`<li>
              <svg width="36" height="14" aria-hidden="true" class="s${i}">
                ${
                  bars
                    ? svg`${patterns}<rect x="8" y="1" width="20" height="12" fill=${`url(#pat-${PATTERNS[i]})`} stroke="currentColor"></rect>`
                    : svg`<line x1="0" x2="36" y1="7" y2="7" stroke="currentColor" stroke-width="2.5" stroke-dasharray=${DASHES[i]!}></line><path d=${marker(i, 18, 7, 4)} fill="currentColor"></path>`
                }</svg
              >${name}
            </li>`,
        )}
        ${
          showTarget
            ? html`<li>
                <svg width="20" height="14" aria-hidden="true">
                  <path class="target" d="M4,1l12,12m0,-12l-12,12"></path></svg
                >${this.localize.term('sdg.chart.target-label', { year: String(n.targetYear) })}
              </li>`
            : nothing
        }
      </ul>
      <p class="summary" id="summary">${summary}</p>
    </div>`;
  }

  #renderTable() {
    const shown = this.shownSeries;
    const years = [...new Set(shown.flatMap((s) => s.points.map((p) => p.year)))].sort(
      (a, b) => a - b,
    );
    const unit = this.#numbers().unit;
    return html`<div
      class="table-wrap"
      part="table"
      tabindex="0"
      role="region"
      aria-label=${this.localize.term('sdg.view.table')}
    >
      <table>
        <caption>
          ${this.localize.term('sdg.table.caption', { title: this.#title() || this.localize.term('sdg.series.total') })}${unit ? ` (${unit})` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.localize.term('sdg.chart.year')}</th>
            ${shown.map((s) => html`<th scope="col">${this.#seriesName(s)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${years.map(
            (year) =>
              html`<tr>
                <th scope="row">${String(year)}</th>
                ${shown.map((s) => html`<td>${this.#fmt(s.points.find((p) => p.year === year)?.value)}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  #renderMeta() {
    const m = this.metadata;
    if (!m) return nothing;
    const row = (key: MessageKey, value: string | undefined) =>
      value
        ? html`<dt>${this.localize.term(key)}</dt>
            <dd>${value}</dd>`
        : nothing;
    const reporting = m.reporting_status
      ? ['complete', 'inprogress', 'notstarted', 'notapplicable'].includes(m.reporting_status)
        ? this.localize.term(`sdg.reporting.${m.reporting_status}` as MessageKey)
        : m.reporting_status
      : undefined;
    return html`<section class="meta" part="meta">
      <h3>${this.localize.term('sdg.meta.title')}</h3>
      <dl>
        ${row('sdg.meta.indicator', [m.indicator_number, m.indicator_name].filter(Boolean).join(' '))}
        ${row('sdg.meta.target', [m.target_id, m.target].filter(Boolean).join(' '))}
        ${row('sdg.meta.source', m.source)}
        ${row(
          'sdg.meta.updated',
          m.published
            ? this.localize.date(
                /^\d{4}-\d{2}-\d{2}$/.test(String(m.published))
                  ? new Date(`${m.published}T12:00:00`)
                  : m.published,
              )
            : undefined,
        )}
        ${row('sdg.meta.reporting', reporting)}
      </dl>
    </section>`;
  }

  override render() {
    if (this.error)
      return html`<div class="error" role="alert">
        <strong>${this.localize.term('sdg.error.title')}</strong>
        <p>${this.#errorMessage()}</p>
      </div>`;
    if (!this.data) return html`<p role="status">${this.localize.term('sdg.loading')}</p>`;
    const r = this.progress;
    const dups = this.duplicateYears;
    const title = this.#title();
    return html`
      ${title ? html`<div class="header"><p class="title">${title}</p></div>` : nothing}
      ${
        dups.length
          ? html`<p class="warning" role="alert">
              ${this.localize.term('sdg.error.duplicate-years', { years: dups.map(String).join(', ') })}
            </p>`
          : nothing
      }
      ${
        this.data.skippedRows
          ? html`<p class="warning">
              ${this.localize.term('sdg.warning.skipped', { count: this.data.skippedRows })}
            </p>`
          : nothing
      }
      ${
        this.metaError
          ? html`<p class="warning">
              ${this.localize.term('sdg.error.meta', { url: this.metaError })}
            </p>`
          : nothing
      }
      ${this.#renderProgress(r)} ${this.#renderControls()}
      <div class="views" role="group" aria-label=${this.localize.term('sdg.view.label')}>
        <button
          type="button"
          aria-pressed=${this.view === 'chart'}
          @click=${() => (this.view = 'chart')}
        >
          ${this.localize.term('sdg.view.chart')}
        </button>
        <button
          type="button"
          aria-pressed=${this.view === 'table'}
          @click=${() => (this.view = 'table')}
        >
          ${this.localize.term('sdg.view.table')}
        </button>
      </div>
      ${this.view === 'table' ? this.#renderTable() : this.#renderChart(r)}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      <div class="downloads" part="downloads">
        <strong>${this.localize.term('sdg.download')}:</strong>
        ${this.src ? html`<a href=${this.src} download>${this.localize.term('sdg.download.source')}</a>` : nothing}
        ${
          this.#selectionUrl
            ? html`<a
                class="selection"
                href=${this.#selectionUrl}
                download=${this.#selectionName}
                type="text/csv"
                >${this.localize.term('sdg.download.selection')}</a
              >`
            : nothing
        }
      </div>
      ${this.#renderMeta()}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'minga-sdg-indicator': MingaSdgIndicator;
  }
}
