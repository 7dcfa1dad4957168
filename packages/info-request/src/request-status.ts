import { css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { baseStyles, MingaElement, token } from '@minga/core';
import { registerInfoRequestMessages } from './messages.js';
import { formStyles } from './form.styles.js';
import {
  DEFAULT_TIMEOUT,
  lookupRequest,
  type FailureKind,
  type LookupSecret,
  type RequestRecord,
} from './client.js';
import { isFinalStatus, isOverdue } from './status.js';
import { longDate } from './dates.js';

type Field = 'code' | 'secret';

/**
 * Lets a citizen see how their request is going: the code of the receipt plus their email
 * (or the receipt's access key). Shows the states as a timeline, the due date, whether the
 * institution is late (derived from the deadline, never stored) and the answer's link.
 *
 * Reads `?codigo=` from the page's URL, so the receipt's link opens it ready to check.
 * The email or key travels in a request header, never in a URL.
 *
 * @tagname minga-request-status
 * @summary Look up the status of an access-to-information request.
 *
 * @csspart lookup - The lookup form.
 * @csspart result - The request's status and timeline.
 */
export class MingaRequestStatus extends MingaElement {
  static override styles = [
    baseStyles,
    formStyles,
    css`
      .status-badge {
        display: inline-block;
        padding: ${token('space-1')} ${token('space-3')};
        border-radius: ${token('radius-pill')};
        border: 2px solid currentColor;
        font-weight: ${token('font-weight-bold')};
      }

      .overdue {
        color: ${token('color-danger')};
      }

      .timeline {
        list-style: none;
        margin: 0 0 ${token('space-5')};
        padding: 0;
      }

      .timeline li {
        position: relative;
        padding: 0 0 ${token('space-4')} ${token('space-6')};
        border-left: 3px solid ${token('color-border')};
        margin-left: ${token('space-2')};
      }

      .timeline li:last-child {
        border-left-color: transparent;
      }

      .timeline li::before {
        content: '';
        position: absolute;
        left: calc(-0.5rem - 1.5px);
        top: 0.25rem;
        width: 1rem;
        height: 1rem;
        border-radius: 50%;
        background: ${token('color-primary')};
      }

      .timeline .when {
        display: block;
        color: ${token('color-text-muted')};
        font-size: ${token('font-size-sm')};
      }

      .timeline .what {
        font-weight: ${token('font-weight-bold')};
      }
    `,
  ];

  /** The request service's URL; requests are read at `{endpoint}/{code}`. */
  @property() endpoint = '';

  /** The request code to look up (also read from `?codigo=` in the page URL). */
  @property() code = '';

  /** Milliseconds to wait for the server. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT;

  /** The `fetch` used (default the global one): for tests and stories. */
  @property({ attribute: false }) fetcher: typeof fetch | undefined = undefined;

  /** What "now" is when judging whether a request is overdue (default: the current time). */
  @property({ attribute: false }) now: Date | undefined = undefined;

  @state() private secret = '';
  @state() private errors = new Map<Field, string>();
  @state() private loading = false;
  @state() private failure: { kind: FailureKind; status?: number } | undefined = undefined;
  @state() private record: RequestRecord | undefined = undefined;

  #focusAfterUpdate: string | undefined;

  constructor() {
    super();
    registerInfoRequestMessages();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.code) {
      const fromUrl = new URLSearchParams(window.location.search).get('codigo');
      if (fromUrl) this.code = fromUrl.trim().slice(0, 100);
    }
  }

  protected override updated(): void {
    const target = this.#focusAfterUpdate;
    if (target === undefined) return;
    this.#focusAfterUpdate = undefined;
    this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  #onInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    if (input.name === 'code') this.code = input.value;
    if (input.name === 'secret') this.secret = input.value;
    if (this.errors.has(input.name as Field) && input.value.trim()) {
      const errors = new Map(this.errors);
      errors.delete(input.name as Field);
      this.errors = errors;
    }
  };

  #submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.loading) return;
    const errors = new Map<Field, string>();
    if (!this.code.trim()) errors.set('code', this.localize.term('status.error.code.required'));
    if (!this.secret.trim())
      errors.set('secret', this.localize.term('status.error.secret.required'));
    this.errors = errors;
    if (errors.size > 0) {
      this.#focusAfterUpdate = `#s-${[...errors.keys()][0]}`;
      return;
    }
    const secret = this.secret.trim();
    const lookup: LookupSecret = secret.includes('@') ? { email: secret } : { accessKey: secret };
    this.loading = true;
    this.failure = undefined;
    this.record = undefined;
    const result = await lookupRequest(this.endpoint, this.code.trim(), lookup, {
      timeout: this.timeout,
      ...(this.fetcher ? { fetch: this.fetcher } : {}),
    });
    this.loading = false;
    if (result.ok) {
      this.record = result.data;
      this.#focusAfterUpdate = '#result-title';
    } else {
      this.failure = {
        kind: result.kind,
        ...(result.status !== undefined ? { status: result.status } : {}),
      };
      this.#focusAfterUpdate = '.failure';
    }
  };

  #field(field: Field, label: string, hint: string, autocomplete?: string): TemplateResult {
    const error = this.errors.get(field);
    const describedBy = [`s-${field}-hint`, error ? `s-${field}-error` : ''].join(' ').trim();
    return html`<div class="field ${error ? 'field--error' : ''}">
      <label for="s-${field}">${label}</label>
      <p class="hint" id="s-${field}-hint">${hint}</p>
      ${
        error
          ? html`<p class="error-message" id="s-${field}-error">
              <span class="visually-hidden">${this.localize.term('request.errorPrefix')}</span>
              ${error}
            </p>`
          : nothing
      }
      <input
        id="s-${field}"
        name=${field}
        type="text"
        spellcheck="false"
        autocapitalize="off"
        autocomplete=${ifDefined(autocomplete)}
        aria-describedby=${describedBy}
        aria-invalid=${error ? 'true' : 'false'}
        .value=${live(field === 'code' ? this.code : this.secret)}
      />
    </div>`;
  }

  #failureText(kind: FailureKind, status?: number): string {
    const t = (key: string, params?: Record<string, string>) => this.localize.term(key, params);
    switch (kind) {
      case 'not-found':
        return t('status.notFound');
      case 'timeout':
        return t('request.failure.timeout');
      case 'rate-limited':
        return t('request.failure.rateLimited');
      case 'server':
        return t('request.failure.server', { status: String(status ?? 500) });
      case 'network':
        return t('request.failure.network');
      default:
        return t('request.failure.badResponse');
    }
  }

  #renderRecord(record: RequestRecord): TemplateResult {
    const t = (key: string, params?: Record<string, string>) => this.localize.term(key, params);
    const lang = this.currentLang;
    const extended = record.history.some((h) => h.status === 'extended');
    const overdue = isOverdue({ ...record, extended }, this.now ?? Date.now());
    const deadline = extended ? record.extendedDueAt : record.dueAt;
    const final = isFinalStatus(record.status);
    return html`<section part="result" aria-labelledby="result-title">
      <h2 id="result-title" tabindex="-1">${t('status.result', { code: record.code })}</h2>
      <dl class="summary-list">
        <div>
          <dt>${t('status.current')}</dt>
          <dd>
            <span class="status-badge ${overdue ? 'overdue' : ''}"
              >${t(`status.label.${record.status}`)}</span
            >
          </dd>
        </div>
        ${
          final
            ? nothing
            : html`<div>
                <dt>${extended ? t('status.extendedDue') : t('status.due')}</dt>
                <dd>
                  ${t('request.receipt.until', { date: longDate(deadline, lang) })}
                  ${
                    overdue
                      ? html`<strong class="overdue overdue-note"
                          >${t('status.overdue', { date: longDate(deadline, lang) })}</strong
                        >`
                      : html`<span class="hint on-time">(${t('status.onTime')})</span>`
                  }
                </dd>
              </div>`
        }
      </dl>
      ${
        record.answer?.url || record.answer?.note
          ? html`<div class="notice notice--success answer">
              ${record.answer.note ? html`<p dir="auto">${record.answer.note}</p>` : nothing}
              ${
                record.answer.url && /^https?:/i.test(record.answer.url)
                  ? html`<p>
                      <a href=${record.answer.url} rel="noopener">${t('status.answer')}</a>
                    </p>`
                  : nothing
              }
            </div>`
          : nothing
      }
      <h3>${t('status.history')}</h3>
      <ol class="timeline">
        ${record.history.map(
          (entry) =>
            html`<li>
              <span class="what">${t(`status.label.${entry.status}`)}</span>
              <span class="when"
                >${this.localize.date(entry.at, { dateStyle: 'long', timeStyle: 'short' })}</span
              >
              ${
                entry.note
                  ? html`<span class="note" dir="auto"
                      >${t('status.note', { note: entry.note })}</span
                    >`
                  : nothing
              }
            </li>`,
        )}
      </ol>
    </section>`;
  }

  override render() {
    const t = (key: string) => this.localize.term(key);
    return html`<section part="lookup" aria-labelledby="status-title">
        <h2 id="status-title">${t('status.title')}</h2>
        <p>${t('status.intro')}</p>
        <form novalidate @submit=${this.#submit} @input=${this.#onInput}>
          ${this.#field('code', t('status.code.label'), t('status.code.hint'))}
          ${this.#field('secret', t('status.secret.label'), t('status.secret.hint'), 'email')}
          <div class="actions">
            <button
              type="submit"
              class="button-primary"
              aria-disabled=${this.loading ? 'true' : 'false'}
            >
              ${t('status.submit')}
            </button>
          </div>
        </form>
        ${
          this.loading
            ? html`<p role="status" class="spinner-text">${t('status.loading')}</p>`
            : html`<p role="status" class="visually-hidden"></p>`
        }
        ${
          this.failure
            ? html`<div class="notice notice--danger failure" role="alert" tabindex="-1">
                <p>${this.#failureText(this.failure.kind, this.failure.status)}</p>
              </div>`
            : nothing
        }
      </section>
      ${this.record ? this.#renderRecord(this.record) : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'minga-request-status': MingaRequestStatus;
  }
}
