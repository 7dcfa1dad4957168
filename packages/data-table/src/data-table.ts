import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { baseStyles, MingaElement, registerTranslation } from '@minga/core';
import {
  ckanSource,
  createTableLoader,
  DataError,
  loadTable,
  safeUrl,
  type Cell,
  type CkanSource,
  type Column,
  type ColumnType,
  type LoadedTable,
  type LoadProgress,
  type Row,
} from '@minga/data';
import { styles } from './data-table.styles.js';
import {
  MingaDataErrorEvent,
  MingaDataLoadEvent,
  MingaFilterChangeEvent,
  MingaPageChangeEvent,
  MingaSortChangeEvent,
} from './events.js';
import { es, type DataTableMessages } from './locales/es.js';
import { matchRanges } from './model/fold.js';
import { compileFilters, isEmptyFilter, type ColumnFilter, type Filters } from './model/filter.js';
import { computeView, SearchIndex, searchWords, Sorter, type SortKey } from '@minga/data';
import { isBlank, isNumeric, plainValue, toggled } from './model/values.js';
import type { Distinct } from './model/checklist.js';
import type { PanelContext, PanelHost } from './panels.js';
import { parts } from './part.js';

registerTranslation('es', es);

declare module '@minga/core' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface MingaMessages extends DataTableMessages {}
}

/** Codes and IDs ("GADM-2025-000001") read badly when broken at their hyphens. */
function isShortWord(cell: Cell | undefined): boolean {
  return typeof cell === 'string' && cell.length <= 32 && !/\s/.test(cell);
}

/** How a column is shown; every field is optional and overrides what the data says. */
export interface ColumnConfig {
  /** The column's key (its header text in a CSV, its field name in JSON). */
  key: string;
  /** Header text. */
  label?: string;
  /** Type, which decides formatting, alignment, sorting and the kind of filter. */
  type?: ColumnType;
  /**
   * Format: `Intl` options for the type's formatter, or a function returning plain text
   * (never HTML).
   */
  format?:
    | Intl.NumberFormatOptions
    | Intl.DateTimeFormatOptions
    | ((value: Cell, row: Row, lang: string) => string);
  /** CSS width of the column (`12rem`, `20%`). */
  width?: string;
  /** Start hidden (the reader can show it from the Columns menu). */
  hidden?: boolean;
  /** Set `false` to turn off sorting by this column. */
  sortable?: boolean;
}

type Status = 'empty' | 'loading' | 'ready' | 'error';
type Panel = 'filters' | 'columns';

/** How many pages `total` rows fill (at least one, for the empty view). */
const pageCount = (total: number, size: number) => Math.max(1, Math.ceil(total / size));

const PAGE_SIZES = [10, 25, 50, 100];
/** Labels of year columns ("Año de construcción", "Ejercicio fiscal", "Year"). */
const YEAR = /(^|[^\p{L}])(año|anio|year|ejercicio)([^\p{L}]|$)/iu;
const LONG_TEXT = 300;

/** The data behind the table: like a loaded table, without `meta` for rows given directly. */
type TableData = Omit<LoadedTable, 'meta'> & { meta?: LoadedTable['meta'] };

/** An `Error` that carries a code and can say itself again in another language. */
type TableError = Error & { code?: string; status?: number };

/**
 * An accessible, Spanish-first table for open data: sort, search (accents ignored), filter,
 * page or scroll, download what you see, and share it by URL. Fast at 100,000 rows.
 *
 * @tagname minga-data-table
 * @summary Open-data table: CSV, JSON or CKAN, searchable, sortable, filterable.
 *
 * @slot - An optional `<script type="application/json">` with the data (an array of objects).
 *
 * @fires {MingaSortChangeEvent['detail']} minga-sort-change - The sort changed. `detail.sort`: `[{ column, direction }]`.
 * @fires {MingaFilterChangeEvent['detail']} minga-filter-change - Search or filters changed. `detail`: `{ query, filters, total }`.
 * @fires {MingaPageChangeEvent['detail']} minga-page-change - Page or page size changed. `detail`: `{ page, pageSize }`.
 * @fires {MingaDataLoadEvent['detail']} minga-data-load - The data loaded. `detail`: `{ columns, meta, rowCount }`.
 * @fires {MingaDataErrorEvent['detail']} minga-data-error - The data could not load. `detail.error`: `{ code, message }`.
 *
 * @csspart toolbar - The bar with search, filters, columns and downloads.
 * @csspart search - The search field's wrapper.
 * @csspart table - The `<table>`.
 * @csspart header-cell - Each column header `<th>`.
 * @csspart row - Each body row `<tr>`.
 * @csspart cell - Each body cell `<td>`.
 * @csspart pagination - The pagination bar.
 *
 * @cssprop --minga-data-table-header-background - Header background (default: surface-alt token).
 * @cssprop --minga-data-table-stripe-background - Background of even rows.
 * @cssprop --minga-data-table-border-color - Lines between rows.
 * @cssprop --minga-data-table-cell-padding-block - Vertical cell padding.
 * @cssprop --minga-data-table-cell-padding-inline - Horizontal cell padding.
 * @cssprop --minga-data-table-height - Height of the scrolling area in `virtual` mode (default 70vh).
 */
export class MingaDataTable extends MingaElement {
  static override styles = [baseStyles, styles];

  // Reactive properties are declared here rather than with decorators, whose helper would
  // ship with the element. Attributes are kebab-case.
  static override properties = {
    src: {},
    caption: {},
    rows: { attribute: false },
    columns: { attribute: false },
    ckanUrl: { attribute: 'ckan-url' },
    resourceId: { attribute: 'resource-id' },
    pageSize: { type: Number, attribute: 'page-size' },
    virtual: { type: Boolean, reflect: true },
    density: { reflect: true },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    searchDelay: { type: Number, attribute: 'search-delay' },
    downloadDelimiter: { attribute: 'download-delimiter' },
    downloadName: { attribute: 'download-name' },
    loadOptions: { attribute: false },
    // Internal state: `state` is enough for Lit; `attribute: false` tells the manifest analyzer.
    status: { state: true, attribute: false },
    error: { state: true, attribute: false },
    progress: { state: true, attribute: false },
    sort: { state: true, attribute: false },
    query: { state: true, attribute: false },
    filters: { state: true, attribute: false },
    page: { state: true, attribute: false },
    hiddenColumns: { state: true, attribute: false },
    panel: { state: true, attribute: false },
    partError: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    expanded: { state: true, attribute: false },
    scrollOffset: { state: true, attribute: false },
    viewportHeight: { state: true, attribute: false },
    scrollable: { state: true, attribute: false },
  };

  /** URL of a CSV or JSON file. */
  src?: string;

  /** The table's title, shown as its caption and used to name it for screen readers. */
  caption?: string;

  /**
   * The rows: arrays of values in column order (fastest; give `columns` with their types),
   * or objects keyed by column (typed by the loader).
   */
  rows?: ReadonlyArray<Row | Record<string, unknown>>;

  /** Column settings: label, type, format, width, hidden, sortable. */
  columns?: ColumnConfig[];

  /** Base URL of a CKAN portal, for server-side mode (with `resource-id`). */
  ckanUrl?: string;

  /** CKAN DataStore resource id, for server-side mode. */
  resourceId?: string;

  /** Rows per page (10, 25, 50 or 100). */
  pageSize = 25;

  /** Render only the rows in view while scrolling, instead of pages. */
  virtual = false;

  /** `comfortable` (default) or `compact`. */
  density: 'comfortable' | 'compact' = 'comfortable';

  /** Keep sort, filters, search and page in the address bar, so the view can be shared. */
  syncUrl = false;

  /** Milliseconds to wait after typing before searching. */
  searchDelay = 150;

  /** CSV delimiter of downloads (default `,`). */
  downloadDelimiter = ',';

  /** File name (without extension) of downloads; default from the caption. */
  downloadName?: string;

  /** Loader options for `src` (delimiter, decimal, encoding, headerRow, maxBytes…). */
  loadOptions: Record<string, unknown> = {};

  private status: Status = 'empty';
  private error?: TableError;
  private progress?: LoadProgress;
  private sort: SortKey[] = [];
  private query = '';
  private filters: Filters = {};
  private page = 1;
  private hiddenColumns = new Set<string>();
  private panel?: Panel;
  /** A download failed because the exporter could not be loaded. */
  private partError = false;
  private announcement = '';
  private expanded = new Set<string>();
  private scrollOffset = 0;
  private viewportHeight = 600;
  private scrollable = false;

  #table?: TableData;
  #columns: Column[] = [];
  #sorter?: Sorter;
  #index?: SearchIndex;
  #view: Uint32Array = new Uint32Array(0);
  #words: string[] = [];
  #loader = createTableLoader();
  #ckan?: CkanSource;
  #ckanAbort?: AbortController;
  #ckanTotal = 0;
  #searchTimer?: ReturnType<typeof setTimeout>;
  #indexTimer?: ReturnType<typeof setTimeout>;
  #rowHeight = 0;
  #measuredShape = '';
  #resizeObserver?: ResizeObserver;
  #viewDirty = true;
  #distinct = new Map<string, Distinct>();
  #urlRead = false;
  #masks = new Map<string, Uint8Array>();
  #lastAnnouncedTotal = -1;
  #loadId = 0;
  #panelStyled = false;

  get #scroller(): HTMLElement | null {
    return this.renderRoot.querySelector('.scroller');
  }

  // ——— lifecycle ———

  override connectedCallback(): void {
    super.connectedCallback();
    // Read again from the address bar on every connection (see scheduleUpdate).
    this.#urlRead = false;
    if (this.syncUrl) this.requestUpdate();
    window.addEventListener('popstate', this.#onPopState);
    if (!this.src && !this.rows && !this.ckanUrl) this.#readInlineJson();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onPopState);
    this.#loader.abort();
    this.#ckanAbort?.abort();
    clearTimeout(this.#searchTimer);
    clearTimeout(this.#indexTimer);
    this.#resizeObserver?.disconnect();
  }

  /**
   * Loads, before a render, the parts it needs that have not arrived yet (see `Part`): the
   * render, and so `updateComplete`, waits for them.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const { panels, english, urlState } = parts;
    const waits: Array<Promise<void>> = [];
    if (panels.missing && (this.panel || this.#activeFilters)) waits.push(panels.load());
    if (english.missing && /^en(-|$)/i.test(this.currentLang)) waits.push(english.load());
    if (this.syncUrl && !this.#urlRead) waits.push(urlState.load().then(() => this.#readUrl()));
    return waits.length
      ? Promise.all(waits).then(() => this.scheduleUpdate())
      : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('src') && this.src) this.#loadSrc();
    if (changed.has('rows') && this.rows) this.#loadRows();
    if ((changed.has('ckanUrl') || changed.has('resourceId')) && this.ckanUrl && this.resourceId) {
      this.#startCkan();
    }
    if (changed.has('columns') && this.#table) this.#applyColumns(this.#table.columns);
    if (changed.has('pageSize') && !PAGE_SIZES.includes(this.pageSize)) {
      this.pageSize = PAGE_SIZES.reduce((a, b) =>
        Math.abs(b - this.pageSize) < Math.abs(a - this.pageSize) ? b : a,
      );
    }
    // The panels' rules come with their chunk: added to this table's once they are here.
    if (parts.panels.value && !this.#panelStyled) {
      this.#panelStyled = true;
      parts.panels.value.adoptPanelStyles(this.renderRoot as ShadowRoot);
    }
    this.#ensureView();
  }

  protected override updated(changed: PropertyValues): void {
    if (
      this.syncUrl &&
      ['sort', 'query', 'filters', 'page', 'pageSize'].some((k) => changed.has(k))
    ) {
      this.#writeUrl();
    }
    const scroller = this.#scroller;
    if (scroller && !this.#resizeObserver) {
      this.#resizeObserver = new ResizeObserver(() => this.#measure());
      this.#resizeObserver.observe(scroller);
    }
    // Measuring sets state: do it after this update, not inside it, when what is measured
    // (row height, whether the table is wider than its box) may have changed.
    const shape = `${this.#visibleColumns.length}|${this.#table?.rows.length ?? 0}|${this.virtual}`;
    if (shape !== this.#measuredShape || (this.virtual && this.#rowHeight === 0)) {
      this.#measuredShape = shape;
      requestAnimationFrame(() => this.#measure());
    }
  }

  // ——— loading ———

  #readInlineJson(): void {
    const script = this.querySelector('script[type="application/json"]');
    if (!script?.textContent?.trim()) return;
    let data: unknown;
    try {
      data = JSON.parse(script.textContent);
    } catch (error) {
      this.#fail(new DataError('not-json', { lang: this.currentLang, cause: error }));
      return;
    }
    void this.#finishLoad(loadTable({ data }, this.#loaderOptions()));
  }

  #loaderOptions(): Record<string, unknown> {
    const overrides: Record<string, { type?: ColumnType; label?: string }> = {};
    for (const c of this.columns ?? []) {
      if (c.type || c.label) overrides[c.key] = { type: c.type, label: c.label };
    }
    return { lang: this.currentLang, columns: overrides, ...this.loadOptions };
  }

  #loadSrc(): void {
    const id = ++this.#loadId;
    this.#reset('loading');
    const streamed: Row[] = [];
    const promise = this.#loader.load(this.src!, this.#loaderOptions(), {
      onProgress: (progress) => {
        if (id === this.#loadId) this.progress = progress;
      },
      onRows: (batch) => {
        if (id !== this.#loadId) return;
        // Reading `rows` builds the batch's row arrays (they come packed by column): batch by
        // batch as they arrive, rather than all in one long task when the load ends.
        const rows = batch.rows;
        // Show the first page while the rest is still parsing.
        const room = this.pageSize * 4 - streamed.length;
        if (room > 0) {
          streamed.push(...rows.slice(0, room));
          this.#setTable({ columns: batch.columns, rows: streamed }, false);
        }
      },
    });
    void this.#finishLoad(promise, id);
  }

  #loadRows(): void {
    const rows = this.rows!;
    this.#loadId++;
    this.#ckan = undefined;
    if (rows.length === 0 || Array.isArray(rows[0])) {
      // The fast path: rows already typed, in column order.
      const columns: Column[] = (this.columns ?? []).map((c, index) => ({
        key: c.key,
        label: c.label ?? c.key,
        type: c.type ?? 'text',
        index,
      }));
      this.#setTable({ columns, rows: rows as Row[] }, true);
      this.#announceLoad();
      return;
    }
    this.#reset('loading');
    void this.#finishLoad(loadTable({ data: rows }, this.#loaderOptions()));
  }

  async #finishLoad(promise: Promise<TableData>, id = this.#loadId): Promise<void> {
    try {
      const table = await promise;
      if (id !== this.#loadId) return;
      this.#setTable(table, true);
      this.#announceLoad();
    } catch (error) {
      if (id !== this.#loadId) return;
      if ((error as TableError)?.code === 'aborted') return;
      this.#fail(error as TableError);
    }
  }

  #announceLoad(): void {
    this.dispatchEvent(
      new MingaDataLoadEvent({
        columns: this.#columns,
        meta: this.#table?.meta,
        rowCount: this.#table?.rows.length ?? 0,
      }),
    );
  }

  #fail(error: TableError): void {
    this.status = 'error';
    this.error = error;
    this.progress = undefined;
    this.dispatchEvent(new MingaDataErrorEvent(error));
  }

  #reset(status: Status): void {
    this.status = status;
    this.error = undefined;
    this.progress = undefined;
    this.#table = undefined;
    this.#columns = [];
    this.#sorter = undefined;
    this.#index = undefined;
    this.#view = new Uint32Array(0);
    this.#distinct.clear();
    clearTimeout(this.#indexTimer);
  }

  #setTable(table: TableData, complete: boolean): void {
    this.#table = table;
    this.#applyColumns(table.columns);
    // Ranks and search dictionaries come ready from the worker when it loaded the table.
    this.#sorter = new Sorter(table.rows, table.columns, table.index?.ranks);
    this.#index = new SearchIndex(table.rows, table.columns, table.index?.search);
    this.#distinct.clear();
    this.#masks.clear();
    this.#viewDirty = true;
    this.status = complete ? (table.rows.length ? 'ready' : 'empty') : 'loading';
    if (complete) {
      this.progress = undefined;
      this.#buildIndexInBackground();
    }
    this.requestUpdate();
  }

  /** Builds the search index in short slices while the page is idle, so typing never waits. */
  #buildIndexInBackground(): void {
    const index = this.#index;
    const step = () => {
      if (index !== this.#index || !index || index.buildSome(8)) return;
      this.#indexTimer = setTimeout(step, 0);
    };
    this.#indexTimer = setTimeout(step, 0);
  }

  #applyColumns(columns: readonly Column[]): void {
    this.#columns = columns.map((column) => {
      const config = this.#config(column.key);
      return config
        ? { ...column, label: config.label ?? column.label, type: config.type ?? column.type }
        : column;
    });
    const hidden = new Set(this.hiddenColumns);
    for (const config of this.columns ?? []) if (config.hidden) hidden.add(config.key);
    this.hiddenColumns = hidden;
  }

  #config(key: string): ColumnConfig | undefined {
    return this.columns?.find((c) => c.key === key);
  }

  // ——— CKAN (server-side) ———

  #startCkan(): void {
    this.#reset('loading');
    this.#loadId++;
    this.#ckan = ckanSource({
      baseUrl: this.ckanUrl!,
      resourceId: this.resourceId!,
      lang: this.currentLang,
    });
    void this.#queryCkan(true);
  }

  async #queryCkan(first = false): Promise<void> {
    const source = this.#ckan;
    if (!source) return;
    this.#ckanAbort?.abort();
    const controller = (this.#ckanAbort = new AbortController());
    // CKAN's datastore_search filters are exact matches; the search is its full-text `q`.
    const filters: Record<string, string[]> = {};
    for (const [key, filter] of Object.entries(this.filters)) {
      if (filter.kind === 'values' && filter.values.length) filters[key] = filter.values;
    }
    try {
      const result = await source.query(
        {
          q: this.query.trim() || undefined,
          filters,
          sort: this.sort.map((s) => ({ key: s.column, direction: s.direction })),
          offset: (this.page - 1) * this.pageSize,
          limit: this.pageSize,
        },
        { signal: controller.signal },
      );
      if (controller.signal.aborted || source !== this.#ckan) return;
      this.#ckanTotal = result.total;
      this.#table = { columns: result.columns, rows: result.rows };
      if (first || this.#columns.length === 0) this.#applyColumns(result.columns);
      this.#view = Uint32Array.from(result.rows.keys());
      this.status = result.total === 0 && first ? 'empty' : 'ready';
      this.error = undefined;
      if (first) this.#announceLoad();
      this.#announceResults(result.total);
      this.requestUpdate();
    } catch (error) {
      if ((error as TableError)?.code === 'aborted' || controller.signal.aborted) return;
      this.#fail(error as TableError);
    }
  }

  // ——— the view ———

  #ensureView(): void {
    if (this.#viewDirty && !this.#ckan) this.#computeView();
  }

  #computeView(): void {
    this.#viewDirty = false;
    const table = this.#table;
    if (!table || !this.#sorter) {
      this.#view = new Uint32Array(0);
      return;
    }
    const words = (this.#words = searchWords(this.query));
    const mask = words.length && this.#index ? this.#searchMask(words) : null;
    this.#view = computeView(
      table.rows,
      this.#sorter.order(this.sort),
      compileFilters(this.filters, this.#columns),
      mask,
    );
    const pages = pageCount(this.#view.length, this.pageSize);
    if (this.page > pages) this.page = pages;
    if (this.status === 'ready') this.#announceResults(this.#view.length);
  }

  /** The rows matching the search words; the last few results are kept for retyping. */
  #searchMask(words: string[]): Uint8Array {
    const key = words.join(' ');
    let mask = this.#masks.get(key);
    if (!mask) {
      mask = this.#index!.search(words);
      if (this.#masks.size >= 4) this.#masks.delete(this.#masks.keys().next().value!);
      this.#masks.set(key, mask);
    }
    return mask;
  }

  #announceResults(total: number): void {
    if (!this.query.trim() && !this.#activeFilters) {
      this.#lastAnnouncedTotal = -1;
    } else if (total !== this.#lastAnnouncedTotal) {
      this.#lastAnnouncedTotal = total;
      this.announcement = this.localize.term('table.results', { count: total });
    }
  }

  /** How many column filters filter something. */
  get #activeFilters(): number {
    return Object.values(this.filters).filter((f) => !isEmptyFilter(f)).length;
  }

  /** The rows as loaded (or, with CKAN, the page the portal sent). */
  get #rows(): readonly Row[] {
    return this.#table?.rows ?? [];
  }

  get #total(): number {
    return this.#ckan ? this.#ckanTotal : this.#view.length;
  }

  get #visibleColumns(): Column[] {
    return this.#columns.filter((c) => !this.hiddenColumns.has(c.key));
  }

  // ——— public API ———

  /** Sorts by these keys (most significant first); `[]` restores the original order. */
  setSort(sort: SortKey[]): void {
    this.sort = sort.map((s) => ({ column: s.column, direction: s.direction }));
    this.page = 1;
    this.#afterSort();
  }

  /** Searches every column (case and accents ignored) right away, without the typing delay. */
  setSearch(query: string): void {
    clearTimeout(this.#searchTimer);
    this.query = query;
    this.page = 1;
    this.#afterFilter();
  }

  /** Sets (or with `undefined`, removes) the filter of one column. */
  setFilter(column: string, filter: ColumnFilter | undefined): void {
    const filters = { ...this.filters };
    if (isEmptyFilter(filter)) delete filters[column];
    else filters[column] = filter!;
    this.filters = filters;
    this.page = 1;
    this.#afterFilter();
  }

  /** Removes every column filter and the search. */
  clearFilters(): void {
    this.filters = {};
    this.query = '';
    this.page = 1;
    this.#afterFilter();
    this.#ensureView();
    // Said as the rows now shown: "Mostrando 1–25 de 1.660".
    this.announcement = this.#showing();
  }

  /** Goes to a page (from 1). */
  setPage(page: number, pageSize = this.pageSize): void {
    const size = PAGE_SIZES.includes(pageSize) ? pageSize : this.pageSize;
    const pages = pageCount(this.#total, size);
    this.pageSize = size;
    this.page = Math.min(Math.max(1, Math.floor(page) || 1), pages);
    this.dispatchEvent(new MingaPageChangeEvent({ page: this.page, pageSize: this.pageSize }));
    if (this.#ckan) void this.#queryCkan();
    this.announcement = this.#showing();
  }

  /** "Mostrando 11–20 de 1.660": the rows of the current page. */
  #showing(): string {
    const total = this.#total;
    const n = (v: number) => this.localize.number(v);
    return this.localize.term('table.showing', {
      from: n(total && (this.page - 1) * this.pageSize + 1),
      to: n(Math.min(total, this.page * this.pageSize)),
      total: n(total),
    });
  }

  /** Shows or hides a column. */
  setColumnVisible(column: string, visible: boolean): void {
    this.hiddenColumns = toggled(this.hiddenColumns, column, !visible);
  }

  /** The rows of the current view (filtered and sorted, all pages) as objects of plain values. */
  getViewRows(): Array<Record<string, Cell>> {
    this.#ensureView();
    const rows = this.#rows;
    return Array.from(this.#view, (i) => {
      const record: Record<string, Cell> = {};
      for (const column of this.#visibleColumns)
        record[column.key] = rows[i]![column.index] ?? null;
      return record;
    });
  }

  /**
   * The current view as CSV text (UTF-8 with BOM, formula-injection safe). Asynchronous: the
   * exporter is loaded on first use. Rejects, with a localized message, when it cannot be.
   */
  exportCsv(): Promise<string> {
    return this.#export('csv');
  }

  /** The current view as JSON text (asynchronous, like `exportCsv`). */
  exportJson(): Promise<string> {
    return this.#export('json');
  }

  async #export(kind: 'csv' | 'json'): Promise<string> {
    await parts.exporter.load();
    const exporter = parts.exporter.value;
    if (!exporter) throw new Error(this.localize.term('table.part.error'));
    this.#ensureView();
    return exporter.exportView(
      kind,
      this.#visibleColumns,
      this.#rows,
      this.#view,
      this.downloadDelimiter,
    );
  }

  /** Loads the data again (after an error, for instance). */
  reload(): void {
    if (this.#ckan || (this.ckanUrl && this.resourceId)) this.#startCkan();
    else if (this.src) this.#loadSrc();
    else if (this.rows) this.#loadRows();
    else this.#readInlineJson();
  }

  #afterSort(): void {
    this.#viewDirty = true;
    this.dispatchEvent(new MingaSortChangeEvent(this.sort));
    if (this.#ckan) void this.#queryCkan();
    const names = this.sort
      .map((s) =>
        this.#sortLabel(
          this.#columns.find((c) => c.key === s.column)?.label ?? s.column,
          s.direction,
        ),
      )
      .join('; ');
    if (names) this.announcement = this.localize.term('table.sorted', { columns: names });
  }

  #sortLabel(column: string, direction: SortKey['direction']): string {
    return this.localize.term(`table.sorted.${direction}`, { column });
  }

  #afterFilter(): void {
    this.#viewDirty = true;
    if (this.#ckan) void this.#queryCkan();
    else this.#computeView();
    this.dispatchEvent(
      new MingaFilterChangeEvent({ query: this.query, filters: this.filters, total: this.#total }),
    );
  }

  // ——— URL state ———

  get #urlPrefix(): string {
    return this.id || 'tabla';
  }

  #readUrl(): void {
    this.#urlRead = true;
    // Without its module (it could not be loaded), the table shows its default view.
    const state = parts.urlState.value?.readLocation(this.#urlPrefix, PAGE_SIZES);
    if (!state) return;
    this.#viewDirty = true;
    // Its keys (query, sort, filters, page, pageSize) are this element's state.
    Object.assign(this, state);
  }

  #writeUrl(): void {
    const { query, sort, filters, page, pageSize } = this;
    parts.urlState.value?.writeLocation(
      this.#urlPrefix,
      { query, sort, filters, page, pageSize },
      { pageSize: 25 },
    );
  }

  #onPopState = (): void => {
    if (!this.syncUrl) return;
    this.query = '';
    this.sort = [];
    this.filters = {};
    this.page = 1;
    this.#readUrl();
  };

  // ——— handlers ———

  #onSortClick(event: MouseEvent, column: Column): void {
    const existing = this.sort.find((s) => s.column === column.key);
    const next: SortKey = {
      column: column.key,
      direction: existing?.direction === 'asc' ? 'desc' : 'asc',
    };
    // Shift + click sorts by several columns: adds this one, or flips it where it stands.
    this.sort = !event.shiftKey
      ? [next]
      : existing
        ? this.sort.map((s) => (s.column === column.key ? next : s))
        : [...this.sort, next];
    this.page = 1;
    this.#afterSort();
  }

  #onSearchInput(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => this.setSearch(value), this.searchDelay);
  }

  #onSearchKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter') this.setSearch((event.target as HTMLInputElement).value);
  }

  #onPageSize(event: Event): void {
    this.setPage(1, Number((event.target as HTMLSelectElement).value));
  }

  #goTo(page: number, event: Event): void {
    const button = event.currentTarget as HTMLButtonElement;
    this.setPage(page);
    // A button that becomes disabled (Next on the last page) would drop focus to <body>.
    void this.updateComplete.then(() => {
      if (button.disabled) {
        const other = this.renderRoot.querySelector<HTMLButtonElement>(
          '.pages button:not(:disabled)',
        );
        (other ?? this.renderRoot.querySelector<HTMLElement>('.page-status'))?.focus();
      }
    });
  }

  async #download(kind: 'csv' | 'json'): Promise<void> {
    let text: string;
    try {
      text = await this.#export(kind);
      this.partError = false;
    } catch {
      this.partError = true;
      return;
    }
    parts.exporter.value!.saveFile(
      this.renderRoot,
      text,
      kind,
      this.downloadName || this.caption || '',
    );
  }

  #onScroll = (): void => {
    if (this.virtual) this.scrollOffset = this.#scroller!.scrollTop;
  };

  #measure(): void {
    const scroller = this.#scroller;
    if (!scroller) return;
    this.viewportHeight = scroller.clientHeight || 600;
    this.scrollable = scroller.scrollWidth > scroller.clientWidth + 1;
    const row = scroller.querySelector<HTMLElement>('tbody tr.row');
    if (row && row.offsetHeight > 0) this.#rowHeight = row.offsetHeight;
  }

  // ——— rendering helpers ———

  #formatCell(cell: Cell | undefined, column: Column, row: Row): string {
    if (isBlank(cell)) return '';
    const format = this.#config(column.key)?.format;
    if (typeof format === 'function') return format(cell!, row, this.currentLang);
    if (typeof cell === 'string') return cell;
    const l = this.localize;
    const options = format as Intl.NumberFormatOptions & Intl.DateTimeFormatOptions;
    switch (column.type) {
      case 'currency':
        return l.money(cell as number, options);
      case 'percent':
        return l.percent(cell as number, options);
      case 'integer':
      case 'number':
        // A year is not a quantity: "1976", not "1.976".
        return l.number(cell as number, {
          ...(YEAR.test(column.label) && { useGrouping: false }),
          ...options,
        });
      case 'date':
        return l.date(cell as Date, { dateOnly: true, ...options });
      case 'datetime':
        return l.date(cell as Date, { dateStyle: 'medium', timeStyle: 'short', ...options });
      case 'boolean':
        return l.term(cell ? 'table.yes' : 'table.no');
      default:
        return plainValue(cell, column);
    }
  }

  #highlight(text: string): TemplateResult | string {
    const ranges = matchRanges(text, this.#words);
    if (ranges.length === 0) return text;
    const pieces: Array<TemplateResult | string> = [];
    let at = 0;
    for (const [start, end] of ranges) {
      pieces.push(text.slice(at, start), html`<mark>${text.slice(start, end)}</mark>`);
      at = end;
    }
    pieces.push(text.slice(at));
    // One box: in the card layout a cell is a grid, where loose pieces would each take a row.
    return html`<span>${pieces}</span>`;
  }

  #renderCellContent(cell: Cell | undefined, column: Column, row: Row, key: string) {
    const text = this.#formatCell(cell, column, row);
    if (text === '') return nothing;
    if (typeof cell === 'string' && (column.type === 'url' || column.type === 'email')) {
      const href = safeUrl(
        column.type === 'email' && !cell.startsWith('mailto:') ? `mailto:${cell}` : cell,
      );
      if (href)
        return html`<a href=${href} rel="noopener noreferrer" target="_blank"
          >${this.#highlight(text)}</a
        >`;
    }
    if (text.length > LONG_TEXT && !this.virtual) {
      const open = this.expanded.has(key);
      return html`${this.#highlight(open ? text : `${text.slice(0, LONG_TEXT)}…`)}<button
          type="button"
          class="more"
          aria-expanded=${open}
          @click=${() => (this.expanded = toggled(this.expanded, key, !open))}
        >
          ${this.localize.term(open ? 'table.cell.less' : 'table.cell.more')}
        </button>`;
    }
    return this.#highlight(text);
  }

  #renderToolbar(disabled: boolean, ctx?: PanelContext) {
    const l = this.localize;
    // Disclosures: each panel comes right after its button, in the focus order as on screen.
    const toggle = (panel: Panel, label: string) =>
      html`<button
          type="button"
          class="btn"
          aria-expanded=${this.panel === panel}
          aria-controls="${panel}-panel"
          ?disabled=${disabled}
          @pointerenter=${this.#preloadPanels}
          @focus=${this.#preloadPanels}
          @click=${() => {
            parts.panels.failed = false;
            this.panel = this.panel === panel ? undefined : panel;
          }}
        >
          ${label}
        </button>
        ${
          disabled
            ? nothing
            : html`<div id="${panel}-panel" class="panel" ?hidden=${this.panel !== panel}>
                ${
                  this.panel !== panel
                    ? nothing
                    : ctx
                      ? parts.panels.value!.renderPanel(ctx, panel)
                      : parts.panels.failed
                        ? this.#renderPartError()
                        : nothing
                }
              </div>`
        }`;
    return html`<div
      class="toolbar"
      part="toolbar"
      @keydown=${(e: KeyboardEvent) => ctx && parts.panels.value!.onKeydown(e, ctx)}
    >
      <div class="search" part="search">
        <label for="search">${l.term('table.search.label')}</label>
        <input
          id="search"
          type="search"
          autocomplete="off"
          spellcheck="false"
          .value=${this.query}
          placeholder=${l.term('table.search.placeholder')}
          ?disabled=${disabled}
          @input=${this.#onSearchInput}
          @keydown=${this.#onSearchKeydown}
        />
      </div>
      ${this.#renderSortSelect(disabled)}
      ${toggle('filters', l.term('table.filters.count', { count: this.#activeFilters }))}
      ${toggle('columns', l.term('table.columns'))}
      ${
        this.#ckan
          ? nothing
          : (['csv', 'json'] as const).map(
              (kind) =>
                html`<button
                  type="button"
                  class="btn"
                  ?disabled=${disabled}
                  title=${l.term('table.download.hint')}
                  @click=${() => this.#download(kind)}
                >
                  ${l.term(`table.download.${kind}`)}
                </button>`,
            )
      }
    </div>`;
  }

  /** Starts loading the panels when a reader points at or focuses their buttons. */
  #preloadPanels = (): void => {
    if (parts.panels.missing) void parts.panels.load();
  };

  /**
   * On small screens the rows are cards and the header is hidden: sorting is offered here,
   * as one select (shown only in the card layout).
   */
  #renderSortSelect(disabled: boolean) {
    const current = this.sort[0] ? `${this.sort[0].column}:${this.sort[0].direction}` : '';
    const onChange = (event: Event) => {
      const value = (event.target as HTMLSelectElement).value;
      const at = value.lastIndexOf(':');
      this.setSort(
        value
          ? [{ column: value.slice(0, at), direction: value.slice(at + 1) as 'asc' | 'desc' }]
          : [],
      );
    };
    return html`<div class="field sort-select">
      <label for="sort-select">${this.localize.term('table.sort.by')}</label>
      <select id="sort-select" ?disabled=${disabled} @change=${onChange}>
        <option value="" ?selected=${current === ''}>
          ${this.localize.term('table.sort.none')}
        </option>
        ${this.#visibleColumns
          .filter((c) => this.#config(c.key)?.sortable !== false)
          .map((c) =>
            (['asc', 'desc'] as const).map(
              (direction) =>
                html`<option
                  value="${c.key}:${direction}"
                  ?selected=${current === `${c.key}:${direction}`}
                >
                  ${this.#sortLabel(c.label, direction)}
                </option>`,
            ),
          )}
      </select>
    </div>`;
  }

  #panelContext(): PanelContext {
    return {
      l: this.localize,
      columns: this.#columns,
      rows: this.#rows,
      filters: this.filters,
      hidden: this.hiddenColumns,
      ckan: !!this.#ckan,
      distinct: this.#distinct,
      format: (value, column) => this.#formatCell(value, column, []),
      setFilter: (column, filter) => this.setFilter(column, filter),
      setVisible: (column, visible) => this.setColumnVisible(column, visible),
      host: this as unknown as PanelHost,
    };
  }

  /** The part could not be loaded (offline, or a site updated since the page opened). */
  #renderPartError() {
    return html`<p class="part-error" role="alert">${this.localize.term('table.part.error')}</p>`;
  }

  /** The active filters, as chips that remove them (once the panels are here), and "clear". */
  #renderChips(ctx?: PanelContext) {
    const active = this.#columns.filter((c) => !isEmptyFilter(this.filters[c.key]));
    if (active.length === 0 && !this.query) return nothing;
    return html`<ul class="chips" aria-label=${this.localize.term('table.filters.active')}>
      ${ctx ? parts.panels.value!.renderChips(ctx, active) : nothing}
      <li>${this.#renderClearButton()}</li>
    </ul>`;
  }

  #renderClearButton() {
    return html`<button
      type="button"
      class="btn"
      @click=${() => {
        this.clearFilters();
        void this.updateComplete.then(() =>
          this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus(),
        );
      }}
    >
      ${this.localize.term('table.filters.clear')}
    </button>`;
  }

  #renderHeader(columns: Column[]) {
    // Explicit table roles: the card layout for small screens changes `display`, which makes
    // some browsers (Safari) drop the table semantics; the roles keep them.
    // Chromium leaves a sticky header's button out of view when it gets focus: scroll to it.
    /* eslint-disable lit-a11y/no-redundant-role */
    return html`<thead
      role="rowgroup"
      @focusin=${(e: FocusEvent) =>
        (e.target as Element)
          .closest('th')!
          .scrollIntoView({ block: 'nearest', inline: 'nearest' })}
    >
      <tr role="row" aria-rowindex=${this.virtual ? 1 : nothing}>
        ${columns.map((column) => {
          const config = this.#config(column.key);
          const at = this.sort.findIndex((s) => s.column === column.key);
          const key = this.sort[at];
          const asc = key?.direction === 'asc';
          return html`<th
            scope="col"
            role="columnheader"
            part="header-cell"
            class=${isNumeric(column) ? 'num' : ''}
            aria-sort=${key ? (asc ? 'ascending' : 'descending') : nothing}
            .style=${config?.width ? `width: ${config.width}` : ''}
          >
            ${
              config?.sortable !== false && this.status === 'ready'
                ? html`<button
                    type="button"
                    class="sort"
                    title=${this.localize.term('table.sort.hint')}
                    @click=${(e: MouseEvent) => this.#onSortClick(e, column)}
                  >
                    <span class="label">${column.label}</span>
                    <span class="sort-icon" aria-hidden="true"
                      >${key ? (asc ? '▲' : '▼') : '↕'}${
                        key && this.sort.length > 1
                          ? html`<span class="sort-rank">${at + 1}</span>`
                          : nothing
                      }</span
                    >
                  </button>`
                : column.label
            }
          </th>`;
        })}
      </tr>
    </thead>`;
    /* eslint-enable lit-a11y/no-redundant-role */
  }

  #renderRow(row: Row, viewIndex: number, columns: Column[], rowId: number) {
    return html`<tr
      role="row"
      class="row"
      part="row"
      aria-rowindex=${this.virtual ? viewIndex + 2 : nothing}
    >
      ${columns.map(
        (column) =>
          html`<td
            role="cell"
            part="cell"
            class=${isNumeric(column) ? 'num' : isShortWord(row[column.index]) ? 'nowrap' : ''}
            data-label=${column.label}
          >
            ${this.#renderCellContent(row[column.index], column, row, `${rowId}:${column.key}`)}
          </td>`,
      )}
    </tr>`;
  }

  #renderBody(columns: Column[]) {
    const rows = this.#rows;
    const view = this.#view;
    // With CKAN the view is the one page the portal sent, numbered from that page's first row.
    let first = 0;
    let start = 0;
    let end = view.length;
    let before = 0;
    let after = 0;
    if (this.#ckan) {
      first = (this.page - 1) * this.pageSize;
    } else if (this.virtual) {
      const height = this.#rowHeight || 40;
      const overscan = 10;
      start = Math.max(0, Math.floor(this.scrollOffset / height) - overscan);
      end = Math.min(end, Math.ceil((this.scrollOffset + this.viewportHeight) / height) + overscan);
      before = start * height;
      after = (view.length - end) * height;
    } else {
      start = (this.page - 1) * this.pageSize;
      end = Math.min(end, start + this.pageSize);
    }
    const body: TemplateResult[] = [];
    for (let k = start; k < end; k++)
      body.push(this.#renderRow(rows[view[k]!]!, first + k, columns, view[k]!));
    // The spacers' heights are set as the `style` property (CSSOM), which a strict Content-
    // Security-Policy (style-src 'self') allows; a style attribute (what styleMap writes on
    // its first render) it blocks, and virtual scrolling would collapse.
    const spacer = (height: number) =>
      height > 0
        ? html`<tr class="spacer" aria-hidden="true">
            <td colspan=${columns.length} .style=${`height: ${height}px`}></td>
          </tr>`
        : nothing;
    // eslint-disable-next-line lit-a11y/no-redundant-role
    return html`<tbody role="rowgroup">
      ${spacer(before)} ${body} ${spacer(after)}
    </tbody>`;
  }

  #renderSkeleton(columns: number) {
    return html`<div aria-hidden="true" class="skeleton">
      ${Array.from(
        { length: 5 },
        () =>
          html`<div class="skeleton-row">
            ${Array.from({ length: Math.max(columns, 3) }, () => html`<span></span>`)}
          </div>`,
      )}
    </div>`;
  }

  /** "Paginación de Procesos": unique when a page has several tables (axe landmark-unique). */
  #paginationLabel(): string {
    const caption = this.caption?.trim();
    return caption
      ? this.localize.term('table.pagination.named', { caption })
      : this.localize.term('table.pagination');
  }

  #renderPagination() {
    const total = this.#total;
    const l = this.localize;
    if (this.virtual && !this.#ckan) {
      return html`<div class="pagination" part="pagination">
        <p class="page-status" tabindex="-1">${l.term('table.rows-total', { count: total })}</p>
      </div>`;
    }
    const page = this.page;
    const pages = pageCount(total, this.pageSize);
    const n = (v: number) => l.number(v);
    const arrow = (char: string) => html`<span aria-hidden="true">${char}</span>`;
    const button = (target: number, disabled: boolean, content: unknown, label?: string) =>
      html`<button
        type="button"
        class="btn"
        aria-label=${label ?? nothing}
        ?disabled=${disabled}
        @click=${(e: Event) => this.#goTo(target, e)}
      >
        ${content}
      </button>`;
    return html`<nav class="pagination" part="pagination" aria-label=${this.#paginationLabel()}>
      <p class="page-status" tabindex="-1">${this.#showing()}</p>
      <div class="page-size">
        <label for="page-size">${l.term('table.page.size')}</label>
        <select id="page-size" @change=${this.#onPageSize}>
          ${PAGE_SIZES.map((size) => html`<option value=${size} ?selected=${size === this.pageSize}>${size}</option>`)}
        </select>
      </div>
      <div class="pages">
        ${button(1, page <= 1, arrow('«'), l.term('table.page.first'))}
        ${button(page - 1, page <= 1, html`${arrow('‹')} ${l.term('table.page.previous')}`)}
        <span>${l.term('table.page.of', { page: n(page), pages: n(pages) })}</span>
        ${button(page + 1, page >= pages, html`${l.term('table.page.next')} ${arrow('›')}`)}
        ${button(pages, page >= pages, arrow('»'), l.term('table.page.last'))}
      </div>
    </nav>`;
  }

  #renderError() {
    const error = this.error!;
    const message =
      error instanceof DataError
        ? DataError.messageFor(error.code, {
            lang: this.currentLang,
            status: error.status,
            details: error.details,
          })
        : error.message || this.localize.term('core.error');
    return html`<div class="error" role="alert">
      <h2>${this.localize.term('table.error.title')}</h2>
      <p>${message}</p>
      <button type="button" class="btn btn-primary" @click=${() => this.reload()}>
        ${this.localize.term('table.retry')}
      </button>
    </div>`;
  }

  #renderLoading() {
    const l = this.localize;
    const p = this.progress;
    const rows = l.number(p?.rows ?? 0);
    const text = p?.totalBytes
      ? l.term('table.loading.bytes', {
          rows,
          loaded: l.fileSize(p.bytes),
          total: l.fileSize(p.totalBytes),
        })
      : l.term(p ? 'table.loading.progress' : 'table.loading', { rows });
    return html`<div class="state">
      <p>${text}</p>
      ${
        p?.totalBytes
          ? html`<progress
              max=${p.totalBytes}
              value=${p.bytes}
              aria-label=${l.term('table.loading')}
            ></progress>`
          : nothing
      }
    </div>`;
  }

  #renderWarnings() {
    const warnings = this.#table?.meta?.warnings ?? [];
    if (warnings.length === 0) return nothing;
    return html`<div class="warnings">
      <span>${this.localize.term('table.warnings')}:</span>
      <ul>
        ${warnings.map((w) => html`<li>${w.message}</li>`)}
      </ul>
    </div>`;
  }

  override render() {
    const status = this.status;
    const ready = status === 'ready';
    const busy = status === 'loading';
    const columns = this.#visibleColumns;
    const caption = this.caption;
    // What the panels and the chips read (built once, when the panels are here).
    const ctx = ready && parts.panels.value ? this.#panelContext() : undefined;
    return html`
      ${this.#renderToolbar(!ready, ctx)} ${this.partError ? this.#renderPartError() : nothing}
      ${ready ? this.#renderChips(ctx) : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${status === 'error' ? this.#renderError() : nothing}
      ${ready ? this.#renderWarnings() : nothing}
      ${
        // The hint's line is kept while it is not needed (invisible), so the table does not
        // move down when the rows arrive and turn out wider than the page.
        this.virtual
          ? nothing
          : html`<p class="scroll-hint" aria-hidden="true" ?data-idle=${!this.scrollable}>
              ${this.localize.term('table.scroll.hint')} →
            </p>`
      }
      <div
        class="scroller"
        tabindex="0"
        role="region"
        aria-label=${this.localize.term(caption ? 'table.region' : 'table.region.default', {
          caption,
        })}
        aria-busy=${busy}
        @scroll=${this.#onScroll}
      >
        ${
          // A table with no rows is not a table (axe: aria-required-children): while loading,
          // after an error or with no data, the caption and the state stand alone.
          this.#table?.rows.length && status !== 'error'
            ? html`<table
                part="table"
                role="table"
                aria-rowcount=${this.virtual && ready ? this.#total + 1 : nothing}
              >
                ${
                  caption
                    ? html`<caption>
                        ${caption}
                      </caption>`
                    : nothing
                }
                ${columns.length ? this.#renderHeader(columns) : nothing}
                ${this.#renderBody(columns)}
              </table>`
            : html`${caption ? html`<p class="caption">${caption}</p>` : nothing}
              ${busy ? this.#renderSkeleton(columns.length) : nothing}`
        }
        ${busy ? this.#renderLoading() : nothing}
        ${status === 'empty' ? html`<div class="state"><p>${this.localize.term('table.empty')}</p></div>` : nothing}
        ${
          ready && this.#total === 0
            ? html`<div class="state">
                <p>${this.localize.term('table.no-results')}</p>
                ${this.#renderClearButton()}
              </div>`
            : nothing
        }
      </div>
      ${ready && this.#total > 0 ? this.#renderPagination() : nothing}
    `;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'minga-sort-change': MingaSortChangeEvent;
    'minga-filter-change': MingaFilterChangeEvent;
    'minga-page-change': MingaPageChangeEvent;
    'minga-data-load': MingaDataLoadEvent;
    'minga-data-error': MingaDataErrorEvent;
  }
  interface HTMLElementTagNameMap {
    'minga-data-table': MingaDataTable;
  }
}
