import { css, html, type PropertyValues } from 'lit';
import { query, state } from 'lit/decorators.js';
import { MingaElement, baseStyles, token } from '@minga/core';
import '@minga/data-table/define.js';
import type { ColumnConfig, MingaDataTable } from '@minga/data-table';
import { api, ApiError, STATUSES, type Summary } from './api.js';
import { errorKey, registerStaffMessages, staffStyles } from './shared.js';

registerStaffMessages();

/** The filters of the list, kept while the user opens requests and comes back. */
export interface InboxFilters {
  status: string;
  year: string;
  overdue: boolean;
  q: string;
}

const EMPTY: InboxFilters = { status: '', year: '', overdue: false, q: '' };
let remembered: InboxFilters = { ...EMPTY };

/** The session ended while using the inbox. */
export class StaffSessionEndedEvent extends Event {
  constructor() {
    super('minga-staff-session-ended', { bubbles: true, composed: true });
  }
}

/**
 * @summary The list of requests with filters (status, year, overdue only, search), overdue
 * and due-this-week first, and the report downloads.
 */
export class MingaStaffInbox extends MingaElement {
  static override styles = [
    baseStyles,
    staffStyles,
    css`
      form.filters {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
        gap: ${token('space-3')} ${token('space-4')};
        align-items: end;
        margin-block-end: ${token('space-4')};
        border: 1px solid ${token('color-border')};
        border-radius: ${token('radius-md')};
        padding: ${token('space-3')};
      }
      fieldset {
        border: 0;
        padding: 0;
        margin: 0;
        min-width: 0;
      }
      legend {
        font-weight: ${token('font-weight-bold')};
        padding: 0;
      }
      .check {
        display: flex;
        gap: ${token('space-2')};
        align-items: center;
        min-height: 2.75rem;
        font-weight: ${token('font-weight-bold')};
      }
      .check input {
        width: 1.5rem;
        height: 1.5rem;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: ${token('space-2')};
      }
      .summary {
        display: flex;
        flex-wrap: wrap;
        gap: ${token('space-2')};
        align-items: center;
      }
      section.reports {
        margin-block-start: ${token('space-5')};
        border-top: 1px solid ${token('color-border')};
        padding-block-start: ${token('space-4')};
      }
      .reports ul {
        list-style: none;
        padding: 0;
        display: flex;
        flex-wrap: wrap;
        gap: ${token('space-2')};
      }
      .reports .field {
        max-width: 12rem;
      }
    `,
  ];

  @query('h1') heading!: HTMLElement;
  @state() private filters: InboxFilters = { ...remembered };
  @state() private rows: Summary[] = [];
  @state() private total = 0;
  @state() private loading = true;
  @state() private error = '';
  @state() private reportYear = String(new Date().getFullYear());

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  /** Loads the list with the current filters. */
  async load(): Promise<void> {
    this.loading = true;
    this.error = '';
    const params = new URLSearchParams({ order: 'deadline', limit: '500' });
    const f = this.filters;
    if (f.status === 'open') params.set('status', 'received,in_progress,extended');
    else if (f.status) params.set('status', f.status);
    if (f.year) params.set('year', f.year);
    if (f.overdue) params.set('overdue', '1');
    if (f.q.trim()) params.set('q', f.q.trim());
    try {
      const result = await api.list(params);
      this.rows = result.rows;
      this.total = result.total;
    } catch (error) {
      const code = error instanceof ApiError ? error.code : 'server';
      if (code === 'unauthenticated') this.dispatchEvent(new StaffSessionEndedEvent());
      else this.error = code;
    } finally {
      this.loading = false;
    }
  }

  #apply(event: SubmitEvent) {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    this.filters = {
      status: String(data.get('status') ?? ''),
      year: String(data.get('year') ?? ''),
      overdue: data.get('overdue') === '1',
      q: String(data.get('q') ?? ''),
    };
    remembered = { ...this.filters };
    void this.load();
  }

  #clear() {
    this.filters = { ...EMPTY };
    remembered = { ...EMPTY };
    void this.load();
  }

  #openRow(event: MouseEvent) {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.ctrlKey ||
      event.metaKey ||
      event.shiftKey
    )
      return;
    const link = event
      .composedPath()
      .find((el): el is HTMLAnchorElement => el instanceof HTMLAnchorElement);
    if (!link || !link.hash.startsWith('#/requests/')) return;
    event.preventDefault();
    location.hash = link.hash;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const table = this.renderRoot.querySelector<MingaDataTable>('minga-data-table');
    if (table && (changed.has('rows' as keyof MingaStaffInbox) || changed.has('currentLang'))) {
      table.columns = this.#columns();
      table.rows = this.rows.map((r) => this.#row(r));
    }
  }

  #deadlineText(r: Summary): string {
    const date = this.localize.date(r.effectiveDueAt, {
      dateStyle: 'medium',
      timeZone: 'America/Guayaquil',
    });
    if (r.daysLeft === null) return date;
    const parts: string[] = [];
    if (r.overdue) parts.push(this.localize.term('staff.badge.overdue'));
    else if (r.dueThisWeek) parts.push(this.localize.term('staff.badge.week'));
    parts.push(date);
    parts.push(
      r.daysLeft < 0
        ? this.localize.term('staff.days.late', { count: -r.daysLeft })
        : this.localize.term('staff.days.left', { count: r.daysLeft }),
    );
    return parts.join(' · ');
  }

  #columns(): ColumnConfig[] {
    const t = (key: string) => this.localize.term(`staff.inbox.col.${key}`);
    return [
      {
        key: 'code',
        label: t('code'),
        type: 'url' as const,
        width: '11rem',
        format: (v: unknown) => String(v).split('/').pop() ?? '',
      },
      { key: 'deadline', label: t('deadline'), type: 'text' as const },
      { key: 'status', label: t('status'), type: 'text' as const },
      { key: 'received', label: t('received'), type: 'text' as const },
      { key: 'name', label: t('name'), type: 'text' as const },
      { key: 'subject', label: t('subject'), type: 'text' as const },
    ];
  }

  #row(r: Summary): string[] {
    return [
      new URL(`#/requests/${encodeURIComponent(r.code)}`, location.href).href,
      this.#deadlineText(r),
      this.localize.term(`staff.status.${r.status}`),
      this.localize.date(r.receivedAt, { dateStyle: 'medium', timeZone: 'America/Guayaquil' }),
      r.name,
      r.subject,
    ];
  }

  override render() {
    const f = this.filters;
    const thisYear = new Date().getFullYear();
    const years = Array.from({ length: 6 }, (_, i) => String(thisYear - i));
    const overdue = this.rows.filter((r) => r.overdue).length;
    const week = this.rows.filter((r) => r.dueThisWeek).length;
    const yearParam = encodeURIComponent(this.reportYear);
    return html`
      <h1 tabindex="-1">${this.localize.term('staff.inbox.title')}</h1>
      <form
        class="filters"
        role="search"
        aria-label=${this.localize.term('staff.inbox.filters')}
        @submit=${this.#apply}
      >
        <div>
          <label for="status">${this.localize.term('staff.inbox.status')}</label>
          <select id="status" name="status">
            <option value="" ?selected=${f.status === ''}>
              ${this.localize.term('staff.inbox.status.all')}
            </option>
            <option value="open" ?selected=${f.status === 'open'}>
              ${this.localize.term('staff.inbox.status.open')}
            </option>
            ${STATUSES.map(
              (s) =>
                html`<option value=${s} ?selected=${f.status === s}>
                  ${this.localize.term(`staff.status.${s}`)}
                </option>`,
            )}
          </select>
        </div>
        <div>
          <label for="year">${this.localize.term('staff.inbox.year')}</label>
          <select id="year" name="year">
            <option value="" ?selected=${f.year === ''}>
              ${this.localize.term('staff.inbox.year.all')}
            </option>
            ${years.map((y) => html`<option value=${y} ?selected=${f.year === y}>${y}</option>`)}
          </select>
        </div>
        <div>
          <label for="q">${this.localize.term('staff.inbox.search')}</label>
          <input id="q" name="q" type="search" .value=${f.q} />
        </div>
        <div class="check">
          <input id="overdue" name="overdue" type="checkbox" value="1" .checked=${f.overdue} />
          <label for="overdue">${this.localize.term('staff.inbox.overdue')}</label>
        </div>
        <div class="actions">
          <button type="submit">${this.localize.term('staff.inbox.apply')}</button>
          <button type="button" class="secondary" @click=${this.#clear}>
            ${this.localize.term('staff.inbox.clear')}
          </button>
        </div>
      </form>
      <div role="status" aria-live="polite">
        ${
          this.loading
            ? html`<p>${this.localize.term('staff.app.loading')}</p>`
            : this.error
              ? ''
              : html`<p class="summary">
                  ${this.localize.term('staff.inbox.summary', { total: this.total, overdue, week })}
                </p>`
        }
      </div>
      ${
        this.error
          ? html`<div class="alert" role="alert">
              <p>${this.localize.term(errorKey(this.error), { status: this.error })}</p>
              <button type="button" class="secondary" @click=${() => this.load()}>
                ${this.localize.term('staff.error.retry')}
              </button>
            </div>`
          : ''
      }
      ${
        !this.loading && !this.error && this.rows.length === 0
          ? html`<p>${this.localize.term('staff.inbox.empty')}</p>`
          : html`<minga-data-table
              caption=${this.localize.term('staff.inbox.caption')}
              page-size="25"
              download-name="solicitudes"
              ?hidden=${this.rows.length === 0}
              @click=${this.#openRow}
            ></minga-data-table>`
      }
      ${
        this.total > this.rows.length
          ? html`<p>
              ${this.localize.term('staff.inbox.more', { shown: this.rows.length, total: this.total })}
            </p>`
          : ''
      }
      <section class="reports" aria-labelledby="reports-title">
        <h2 id="reports-title">${this.localize.term('staff.inbox.reports')}</h2>
        <div class="field">
          <label for="report-year">${this.localize.term('staff.inbox.reportYear')}</label>
          <input
            id="report-year"
            type="number"
            inputmode="numeric"
            min="2000"
            max="2100"
            .value=${this.reportYear}
            @input=${(e: Event) => (this.reportYear = (e.target as HTMLInputElement).value)}
          />
        </div>
        <ul>
          <li>
            <a class="button" href="/staff/api/reports/annual.csv?year=${yearParam}" download>
              ${this.localize.term('staff.inbox.annual')}
            </a>
          </li>
          <li>
            <a
              class="button secondary"
              href="/staff/api/reports/monthly.csv?year=${yearParam}"
              download
            >
              ${this.localize.term('staff.inbox.monthlyCsv')}
            </a>
          </li>
          <li>
            <a
              class="button secondary"
              href="/staff/api/reports/monthly.json?year=${yearParam}"
              download
            >
              ${this.localize.term('staff.inbox.monthlyJson')}
            </a>
          </li>
        </ul>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'minga-staff-inbox': MingaStaffInbox;
  }
  interface GlobalEventHandlersEventMap {
    'minga-staff-session-ended': StaffSessionEndedEvent;
  }
}
