import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { baseStyles, MingaElement, token, type MessageKey } from '@minga/core';
import { DataError } from '@minga/data/errors.js';
import { MingaSdgErrorEvent, MingaSdgFilterEvent, type GridFilter } from './events.js';
import { GOALS } from './goals.js';
import { MingaSdgGoal } from './sdg-goal.js';
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
 * announced politely. Each goal is a `<minga-sdg-goal size="tile">` (defined on first use
 * when it is not yet). The tiles are one tab stop: arrow keys move between them (up and
 * down by row), Home and End go to the first and the last.
 *
 * @tagname minga-sdg-grid
 * @summary The 17 SDGs with their status summary, filterable.
 *
 * @fires minga-sdg-filter - The reader changed the filter. `detail`: `{ filter, count }`.
 * @fires minga-sdg-error - The index could not be loaded or is invalid. `detail.error`.
 *
 * @csspart filter - The filter's fieldset.
 * @csspart list - The `<ul>` of goals.
 * @csspart goal - Each goal's `<minga-sdg-goal>` tile (style inside it with its own parts).
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
      minga-sdg-goal {
        flex: 1;
        min-width: 0;
        --minga-sdg-goal-min-height: 8rem;
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
      @media print {
        fieldset {
          display: none;
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
  /** Index, among the visible goals, of the tile in the tab order. */
  @state() private focusIndex = 0;

  #request = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    // The tiles are <minga-sdg-goal>: define it when the page has not.
    if (!customElements.get('minga-sdg-goal')) MingaSdgGoal.define('minga-sdg-goal');
  }

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
    if (filter === 'no-data') return counts['no-data'] > 0 || !entry?.indicators?.length;
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

  #tiles(): MingaSdgGoal[] {
    return [...this.renderRoot.querySelectorAll<MingaSdgGoal>('ul[part="list"] minga-sdg-goal')];
  }

  #onFocusIn(event: FocusEvent): void {
    const i = this.#tiles().indexOf(event.target as MingaSdgGoal);
    if (i >= 0 && i !== this.focusIndex) this.focusIndex = i;
  }

  #columns(): number {
    const list = this.renderRoot.querySelector('ul[part="list"]');
    if (!list) return 1;
    const cols = getComputedStyle(list).gridTemplateColumns.split(' ').filter(Boolean).length;
    return Math.max(1, cols);
  }

  #onKey(event: KeyboardEvent): void {
    const tiles = this.#tiles();
    const from = tiles.indexOf(event.target as MingaSdgGoal);
    if (from < 0) return;
    const last = tiles.length - 1;
    const cols = this.#columns();
    let to: number;
    switch (event.key) {
      case 'ArrowRight':
        to = Math.min(last, from + 1);
        break;
      case 'ArrowLeft':
        to = Math.max(0, from - 1);
        break;
      case 'ArrowDown':
        to = from + cols <= last ? from + cols : from;
        break;
      case 'ArrowUp':
        to = from - cols >= 0 ? from - cols : from;
        break;
      case 'Home':
        to = 0;
        break;
      case 'End':
        to = last;
        break;
      default:
        return;
    }
    event.preventDefault();
    this.focusIndex = to;
    tiles[to]!.focus();
  }

  #summary(goal: number) {
    const entry = this.#goal(goal);
    if (!entry?.indicators?.length) return this.localize.term('sdg.grid.summary.none');
    const counts = summarize(entry);
    const parts = GROUPS.filter((g) => counts[g] > 0).map((g) =>
      this.localize.term(`sdg.grid.summary.${g}` as MessageKey, { count: counts[g] }),
    );
    return `${this.localize.term('sdg.grid.indicators', { count: entry.indicators?.length ?? 0 })}: ${parts.join(', ')}`;
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
      <ul part="list" aria-label=${label} @keydown=${this.#onKey} @focusin=${this.#onFocusIn}>
        ${visible.map(
          (goal, i) =>
            html`<li>
              <minga-sdg-goal
                part="goal"
                size="tile"
                lang=${this.currentLang}
                .goal=${goal}
                .href=${this.#goal(goal)?.href}
                .summary=${this.#summary(goal)}
                .cardTabindex=${i === Math.min(this.focusIndex, visible.length - 1) ? 0 : -1}
              ></minga-sdg-goal>
            </li>`,
        )}
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
