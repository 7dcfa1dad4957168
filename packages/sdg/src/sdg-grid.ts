import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { baseStyles, MingaElement, token, type MessageKey } from '@minga/core';
import { DataError } from '@minga/data';
import { MingaSdgErrorEvent, MingaSdgFilterEvent, type GridFilter } from './events.js';
import { GOALS, goalColors } from './goals.js';
import {
  summarize,
  validateSdgIndex,
  type SdgIndex,
  type SdgIndexGoal,
  type SdgIndexIssue,
  type StatusGroup,
} from './sdg-index.js';
import { registerSdgMessages } from './shared.js';

registerSdgMessages();

const FILTERS: GridFilter[] = ['all', 'on-track', 'limited', 'deterioration', 'no-data'];
const GROUPS: StatusGroup[] = ['on-track', 'limited', 'deterioration', 'no-data'];

type GridError = { message?: string; code?: string; status?: number; issues?: SdgIndexIssue[] };

/**
 * The 17 goals as a responsive grid, each with how many of its indicators are on track,
 * limited, deteriorating or without data, read from a small JSON index the municipality
 * maintains (schema in the README). A filter by status; the number of goals shown is
 * announced politely.
 *
 * @tagname minga-sdg-grid
 * @summary The 17 SDGs with their status summary, filterable.
 *
 * @fires minga-sdg-filter - The reader changed the filter. `detail`: `{ filter, count }`.
 * @fires minga-sdg-error - The index could not be loaded or is invalid. `detail.error`.
 *
 * @csspart filter - The filter's fieldset.
 * @csspart list - The `<ul>` of goals.
 * @csspart goal - Each goal's box.
 *
 * @cssprop --minga-sdg-grid-min-column - Minimum width of a column (default 10rem).
 */
export class MingaSdgGrid extends MingaElement {
  static override styles = [
    baseStyles,
    css`
      fieldset {
        display: flex;
        flex-wrap: wrap;
        gap: ${token('space-2')} ${token('space-4')};
        margin: 0 0 ${token('space-3')};
        padding: ${token('space-2')} ${token('space-3')};
        border: 1px solid ${token('color-border')};
        border-radius: ${token('radius-md')};
      }
      legend {
        font-weight: ${token('font-weight-bold')};
        padding: 0 ${token('space-1')};
      }
      label {
        display: inline-flex;
        align-items: center;
        gap: ${token('space-1')};
        min-height: 24px;
        cursor: pointer;
      }
      input:focus-visible {
        outline: ${token('focus-ring-width')} solid ${token('color-focus')};
        outline-offset: ${token('focus-ring-offset')};
      }
      ul {
        display: grid;
        grid-template-columns: repeat(
          auto-fill,
          minmax(min(100%, var(--minga-sdg-grid-min-column, 10rem)), 1fr)
        );
        gap: ${token('space-3')};
        margin: 0;
        padding: 0;
        list-style: none;
      }
      li {
        display: flex;
      }
      .goal {
        display: flex;
        flex: 1;
        flex-direction: column;
        gap: ${token('space-1')};
        min-height: 8rem;
        padding: ${token('space-3')};
        border-radius: ${token('radius-md')};
        background: var(--goal-bg);
        color: var(--goal-fg);
        text-decoration: none;
      }
      a.goal:hover .name {
        text-decoration: underline;
      }
      a.goal:focus-visible {
        outline: ${token('focus-ring-width')} solid ${token('color-focus')};
        outline-offset: ${token('focus-ring-offset')};
      }
      .number {
        font-size: ${token('font-size-2xl')};
        font-weight: ${token('font-weight-bold')};
        line-height: 1;
      }
      .name {
        font-weight: ${token('font-weight-bold')};
        line-height: ${token('line-height-tight')};
      }
      .summary {
        margin-top: auto;
        font-size: ${token('font-size-sm')};
      }
      .meta {
        color: ${token('color-text-muted')};
        font-size: ${token('font-size-sm')};
        margin: ${token('space-2')} 0 0;
      }
      .count {
        margin: 0 0 ${token('space-2')};
      }
      .error {
        padding: ${token('space-3')};
        border: 2px solid ${token('color-danger')};
        border-radius: ${token('radius-md')};
      }
      .error strong {
        color: ${token('color-danger')};
      }
      @media (forced-colors: active) {
        .goal {
          border: 2px solid CanvasText;
        }
      }
      @media print {
        fieldset {
          display: none;
        }
        .goal {
          print-color-adjust: exact;
          -webkit-print-color-adjust: exact;
        }
      }
    `,
  ];

  /** URL of the JSON index (see the README for its schema). */
  @property() src?: string;

  /** The index as an object (instead of `src`). */
  @property({ attribute: false }) index?: SdgIndex;

  /** The status filter. */
  @property({ reflect: true }) filter: GridFilter = 'all';

  /** Accessible name of the list (default: "Objetivos de Desarrollo Sostenible"). */
  @property() label?: string;

  @state() private loaded?: SdgIndex;
  @state() private error?: GridError;
  @state() private announcement = '';

  #request = 0;

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('index') && this.index) this.#accept(this.index);
    if (changed.has('src') && this.src) void this.#load(this.src);
  }

  async #load(src: string): Promise<void> {
    const request = ++this.#request;
    try {
      const response = await fetch(src);
      if (!response.ok) throw new DataError('http', { status: response.status });
      let json: unknown;
      try {
        json = await response.json();
      } catch {
        throw { code: 'json' };
      }
      if (request === this.#request) this.#accept(json);
    } catch (error) {
      if (request !== this.#request) return;
      this.#fail(
        error instanceof DataError
          ? error
          : (error as GridError).code
            ? (error as GridError)
            : new DataError('network'),
      );
    }
  }

  #accept(json: unknown): void {
    const issues = validateSdgIndex(json);
    if (issues.length) {
      this.loaded = undefined;
      this.#fail({ code: 'invalid', issues });
      return;
    }
    this.error = undefined;
    this.loaded = json as SdgIndex;
  }

  #fail(error: GridError): void {
    this.error = error;
    const e = Object.assign(new Error(this.#errorMessages(error).join(' ')), { code: error.code });
    this.dispatchEvent(new MingaSdgErrorEvent(e));
  }

  #errorMessages(error: GridError): string[] {
    if (error.issues)
      return error.issues.map((i) =>
        this.localize.term(`sdg.index.${i.code}` as MessageKey, {
          path: i.path,
          value: i.value ?? '',
        }),
      );
    if (error.code === 'json') return [this.localize.term('sdg.index.json')];
    return [
      DataError.messageFor((error.code ?? 'network') as DataError['code'], {
        lang: this.currentLang,
        status: error.status,
      }),
    ];
  }

  #goal(goal: number): SdgIndexGoal | undefined {
    return this.loaded?.goals.find((g) => g.goal === goal);
  }

  #matches(goal: number, filter: GridFilter): boolean {
    if (filter === 'all') return true;
    const entry = this.#goal(goal);
    const counts = summarize(entry);
    if (filter === 'no-data') return counts['no-data'] > 0 || !entry?.indicators.length;
    return counts[filter] > 0;
  }

  /** The goals the current filter shows. */
  get visibleGoals(): number[] {
    return GOALS.filter((g) => this.#matches(g, this.filter));
  }

  #onFilter(event: Event): void {
    this.filter = (event.target as HTMLInputElement).value as GridFilter;
    const count = this.visibleGoals.length;
    this.announcement = this.localize.term('sdg.grid.count', { count });
    this.dispatchEvent(new MingaSdgFilterEvent({ filter: this.filter, count }));
  }

  #summary(goal: number) {
    const entry = this.#goal(goal);
    if (!entry?.indicators.length) return this.localize.term('sdg.grid.summary.none');
    const counts = summarize(entry);
    const parts = GROUPS.filter((g) => counts[g] > 0).map((g) =>
      this.localize.term(`sdg.grid.summary.${g}` as MessageKey, { count: counts[g] }),
    );
    return `${this.localize.term('sdg.grid.indicators', { count: entry.indicators.length })}: ${parts.join(', ')}`;
  }

  override render() {
    if (this.error)
      return html`<div class="error" role="alert">
        <strong>${this.localize.term('sdg.error.title')}</strong>
        <ul class="issues">
          ${this.#errorMessages(this.error).map((m) => html`<li>${m}</li>`)}
        </ul>
      </div>`;
    if (!this.loaded && this.src)
      return html`<p role="status">${this.localize.term('sdg.loading')}</p>`;
    const visible = this.visibleGoals;
    const label = this.label ?? this.localize.term('sdg.grid.label');
    return html`
      <fieldset part="filter" @change=${this.#onFilter}>
        <legend>${this.localize.term('sdg.grid.filter')}</legend>
        ${FILTERS.map(
          (f) =>
            html`<label
              ><input
                type="radio"
                name="filter"
                .value=${f}
                .checked=${this.filter === f}
              />${this.localize.term(`sdg.grid.filter.${f}` as MessageKey)}</label
            >`,
        )}
      </fieldset>
      <p class="count visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      <ul part="list" aria-label=${label}>
        ${visible.map((goal) => {
          const colors = goalColors(goal);
          const style = styleMap({ '--goal-bg': colors.background, '--goal-fg': colors.text });
          const href = this.#goal(goal)?.href;
          const body = html`<span class="number">${goal}</span>
            <span class="name"
              ><span class="visually-hidden"
                >${this.localize.term('sdg.goal.number', { goal: String(goal) })}: </span
              >${this.localize.term(`sdg.goal.${goal}` as MessageKey)}</span
            >
            <span class="summary">${this.#summary(goal)}</span>`;
          return html`<li>
            ${
              href
                ? html`<a class="goal" part="goal" style=${style} href=${href}>${body}</a>`
                : html`<div class="goal" part="goal" style=${style}>${body}</div>`
            }
          </li>`;
        })}
      </ul>
      ${
        visible.length === 0
          ? html`<p>${this.localize.term('sdg.grid.count', { count: 0 })}</p>`
          : nothing
      }
      ${
        this.loaded?.updated || this.loaded?.institution
          ? html`<p class="meta">
              ${this.loaded.institution ?? ''}${this.loaded.institution && this.loaded.updated ? ' · ' : ''}${
                this.loaded.updated
                  ? this.localize.term('sdg.grid.updated', {
                      date: this.localize.date(new Date(`${this.loaded.updated}T12:00:00`)),
                    })
                  : ''
              }
            </p>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'minga-sdg-grid': MingaSdgGrid;
  }
}
