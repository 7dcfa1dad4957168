// The filter and column panels and the active-filter chips, with their styles and Spanish
// messages. The element loads this module only when a reader opens a panel or a filter is set
// (by the URL or the API), so a page that only shows, sorts and searches a table does not
// download it.
import { adoptStyles, html, nothing, supportsAdoptingStyleSheets, type TemplateResult } from 'lit';
import type { LocalizeController, MessageKey } from '@minga/core';
import type { Cell, Column, Row } from '@minga/data';
import { distinctValues, filterKind, type Distinct } from './model/checklist.js';
import type { ColumnFilter, Filters } from './model/filter.js';
import { toggled } from './model/values.js';
import { panelStyles } from './panels.styles.js';

// Registered by the loader in part.ts when this module arrives.
export { esPanels } from './locales/es-panels.js';

/** Adds the panels' rules (they come with this chunk) to a table's shadow root. */
export function adoptPanelStyles(root: ShadowRoot): void {
  if (supportsAdoptingStyleSheets)
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, panelStyles.styleSheet!];
  else adoptStyles(root, [panelStyles]);
}

/** What the panels read from the element and how they change it. */
export interface PanelContext {
  l: LocalizeController;
  /** Every column, hidden ones included. */
  columns: readonly Column[];
  rows: readonly Row[];
  filters: Filters;
  hidden: ReadonlySet<string>;
  /** Server-side (CKAN) mode: filters are exact values. */
  ckan: boolean;
  /** Distinct values by column key, kept by the element until the data changes. */
  distinct: Map<string, Distinct>;
  format(value: Cell, column: Column): string;
  setFilter(column: string, filter: ColumnFilter | undefined): void;
  setVisible(column: string, visible: boolean): void;
  /** The element: its open panel, its live region's text and its rendering. */
  host: PanelHost;
}

/** What the panels change on the element (its internal state, open to this module only). */
export interface PanelHost {
  panel?: 'filters' | 'columns';
  announcement: string;
  renderRoot: ParentNode;
  updateComplete: Promise<unknown>;
}

/** Once the table has rendered, focuses what `pick` finds in its shadow root. */
function focusAfterUpdate(host: PanelHost, pick: (root: ParentNode) => HTMLElement | null) {
  void host.updateComplete.then(() => pick(host.renderRoot)?.focus());
}

function distinctOf(ctx: PanelContext, column: Column): Distinct {
  let values = ctx.distinct.get(column.key);
  if (!values) {
    values = distinctValues(ctx.rows, column);
    ctx.distinct.set(column.key, values);
  }
  return values;
}

function renderCheck(id: string, checked: boolean, label: unknown, toggle: (on: boolean) => void) {
  return html`<div class="check">
    <input
      id=${id}
      type="checkbox"
      .checked=${checked}
      @change=${(e: Event) => toggle((e.target as HTMLInputElement).checked)}
    />
    <label for=${id}>${label}</label>
  </div>`;
}

/** One text field: the words a column contains, or (CKAN) its exact value. */
function renderTextFilter(
  ctx: PanelContext,
  column: Column,
  id: string,
  label: MessageKey,
  value: string,
  toFilter: (text: string) => ColumnFilter,
) {
  return html`<div class="field">
    <label for=${id}>${column.label}: ${ctx.l.term(label)}</label>
    <input
      id=${id}
      type="text"
      .value=${value}
      @change=${(e: Event) =>
        ctx.setFilter(column.key, toFilter((e.target as HTMLInputElement).value))}
    />
  </div>`;
}

/** Two fields, from and to, for a range of numbers or dates. */
function renderPair(
  ctx: PanelContext,
  column: Column,
  id: string,
  type: 'number' | 'date',
  labels: [MessageKey, MessageKey],
  values: [string, string],
  update: (first: boolean, value: string) => void,
) {
  return html`<fieldset>
    <legend>${column.label}</legend>
    <div class="range">
      ${([0, 1] as const).map(
        (i) =>
          html`<div class="field">
            <label for="${id}-${i}">${ctx.l.term(labels[i])}</label>
            <input
              id="${id}-${i}"
              type=${type}
              inputmode=${type === 'number' ? 'decimal' : nothing}
              step=${type === 'number' ? 'any' : nothing}
              .value=${values[i]}
              @change=${(e: Event) => update(i === 0, (e.target as HTMLInputElement).value)}
            />
          </div>`,
      )}
    </div>
  </fieldset>`;
}

function valueLabel(ctx: PanelContext, value: string, column: Column): string {
  if (value === '') return ctx.l.term('table.filter.blank');
  if (column.type === 'boolean') return ctx.l.term(value === 'true' ? 'table.yes' : 'table.no');
  return value;
}

function renderFilter(ctx: PanelContext, column: Column) {
  const id = `f-${column.index}`;
  const filter = ctx.filters[column.key];
  const set = (next: ColumnFilter) => ctx.setFilter(column.key, next);
  // Server-side (CKAN) filters are exact values: one text field per column.
  if (ctx.ckan) {
    return renderTextFilter(
      ctx,
      column,
      id,
      'table.filter.equals',
      filter?.kind === 'values' ? (filter.values[0] ?? '') : '',
      (text) => ({ kind: 'values', values: text.trim() ? [text.trim()] : [] }),
    );
  }
  switch (filterKind(column, distinctOf(ctx, column).length)) {
    case 'text':
      return renderTextFilter(
        ctx,
        column,
        id,
        'table.filter.contains',
        filter?.kind === 'text' ? filter.contains : '',
        (contains) => ({ kind: 'text', contains }),
      );
    case 'range': {
      const { min = null, max = null } = filter?.kind === 'range' ? filter : {};
      const scale = column.type === 'percent' ? 100 : 1;
      const show = (v: number | null) => (v === null ? '' : String(+(v * scale).toFixed(6)));
      const parse = (v: string) => (v === '' ? null : Number(v) / scale);
      return renderPair(
        ctx,
        column,
        id,
        'number',
        ['table.filter.min', 'table.filter.max'],
        [show(min), show(max)],
        (first, value) =>
          set({
            kind: 'range',
            min: first ? parse(value) : min,
            max: first ? max : parse(value),
          }),
      );
    }
    case 'dates': {
      const { from = null, to = null } = filter?.kind === 'dates' ? filter : {};
      return renderPair(
        ctx,
        column,
        id,
        'date',
        ['table.filter.from', 'table.filter.to'],
        [from ?? '', to ?? ''],
        (first, value) =>
          set({
            kind: 'dates',
            from: first ? value || null : from,
            to: first ? to : value || null,
          }),
      );
    }
    case 'values': {
      const chosen = filter?.kind === 'values' ? filter.values : [];
      return html`<fieldset>
        <legend>${column.label}</legend>
        ${distinctOf(ctx, column).map(({ value, count }, i) =>
          renderCheck(
            `${id}-${i}`,
            chosen.includes(value),
            html`${valueLabel(ctx, value, column)}
              <span class="count">(${ctx.l.number(count)})</span>`,
            (on) => set({ kind: 'values', values: [...toggled(chosen, value, on)] }),
          ),
        )}
      </fieldset>`;
    }
  }
}

/** The content of the filters or columns panel. */
export function renderPanel(ctx: PanelContext, panel: 'filters' | 'columns'): TemplateResult {
  return panel === 'filters'
    ? html`<div class="filters">${ctx.columns.map((c) => renderFilter(ctx, c))}</div>`
    : html`<fieldset>
        <legend>${ctx.l.term('table.columns.legend')}</legend>
        <div class="columns-list">
          ${ctx.columns.map((c) =>
            renderCheck(`col-${c.index}`, !ctx.hidden.has(c.key), c.label, (on) => {
              ctx.setVisible(c.key, on);
              ctx.host.announcement = ctx.l.term(
                on ? 'table.column.shown' : 'table.column.hidden',
                { column: c.label },
              );
            }),
          )}
        </div>
      </fieldset>`;
}

/** Escape, in an open panel or on its button, closes it and returns to the button. */
export function onKeydown(event: KeyboardEvent, { host }: PanelContext): void {
  const button = `[aria-controls=${host.panel}-panel]`;
  if (
    event.key === 'Escape' &&
    (event.target as Element).closest(`#${host.panel}-panel,${button}`)
  ) {
    host.panel = undefined;
    focusAfterUpdate(host, (root) => root.querySelector(button));
  }
}

/** The active filters, as list items with a button that removes each. */
export function renderChips(ctx: PanelContext, active: readonly Column[]): TemplateResult[] {
  return active.map((column, at) => {
    const label = filterLabel(ctx, column, ctx.filters[column.key]!);
    return html`<li>
      <button
        type="button"
        class="btn chip"
        aria-label=${ctx.l.term('table.filters.remove', { filter: label })}
        @click=${() => {
          ctx.setFilter(column.key, undefined);
          // The removed chip's button is gone: on to the next chip, else to "Filtros".
          focusAfterUpdate(
            ctx.host,
            (root) =>
              root.querySelectorAll<HTMLElement>('.chip')[at] ??
              root.querySelector<HTMLElement>('[aria-controls=filters-panel]'),
          );
        }}
      >
        ${label} <span aria-hidden="true">✕</span>
      </button>
    </li>`;
  });
}

/** What an active filter does, in words ("Monto: de $ 1.000,00 a $ 5.000,00"). */
export function filterLabel(ctx: PanelContext, column: Column, filter: ColumnFilter): string {
  const l = ctx.l;
  switch (filter.kind) {
    case 'text':
      return l.term('table.filter.text', { column: column.label, text: filter.contains });
    case 'values':
      return l.term('table.filter.values', {
        column: column.label,
        values: filter.values.map((v) => valueLabel(ctx, v, column)).join(', '),
      });
    default: {
      const [min, max] =
        filter.kind === 'range'
          ? [filter.min, filter.max].map((v) => ctx.format(v ?? null, column))
          : [filter.from, filter.to].map((day) =>
              day ? l.date(`${day}T00:00:00Z`, { dateOnly: true }) : '',
            );
      return l.term(
        min && max ? 'table.filter.range' : min ? 'table.filter.min-only' : 'table.filter.max-only',
        { column: column.label, min, max },
      );
    }
  }
}
