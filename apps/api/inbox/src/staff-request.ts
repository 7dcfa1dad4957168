import { css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { MingaElement, baseStyles, token } from '@minga/core';
import '@minga/plain/define.js';
import { api, ApiError, type Detail, type FieldError, type Status } from './api.js';
import { errorKey, registerStaffMessages, staffStyles } from './shared.js';
import { StaffSessionEndedEvent } from './staff-inbox.js';

registerStaffMessages();

const ANSWERS: Status[] = ['answered', 'partially_answered'];
const ZONE = { timeZone: 'America/Guayaquil' };
/** The file formats a citizen can ask for (@minga/info-request), 'any' aside. */
const FORMATS = ['csv', 'xlsx', 'pdf', 'docx'];

/**
 * @summary One request for staff: its data (personal data included), its history, and the
 * form to change its state with a note (an extension needs the reason; an answer a link or
 * a file), with a confirmation step.
 */
export class MingaStaffRequest extends MingaElement {
  static override styles = [
    baseStyles,
    staffStyles,
    css`
      dl {
        display: grid;
        grid-template-columns: minmax(8rem, max-content) 1fr;
        gap: ${token('space-2')} ${token('space-4')};
        margin: 0 0 ${token('space-4')};
      }
      dt {
        font-weight: ${token('font-weight-bold')};
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .description {
        white-space: pre-wrap;
      }
      @media (max-width: 40rem) {
        dl {
          grid-template-columns: 1fr;
          gap: 0;
        }
        dd {
          margin-block-end: ${token('space-2')};
        }
      }
      section {
        margin-block: ${token('space-5')};
      }
      ol.history {
        padding-inline-start: ${token('space-5')};
      }
      ol.history li {
        margin-block-end: ${token('space-3')};
      }
      .note {
        white-space: pre-wrap;
        margin: ${token('space-1')} 0 0;
        overflow-wrap: anywhere;
      }
      form.change {
        border: 1px solid ${token('color-border')};
        border-radius: ${token('radius-md')};
        padding: ${token('space-4')};
      }
      .confirm {
        border: 2px solid ${token('color-primary')};
        border-radius: ${token('radius-md')};
        padding: ${token('space-4')};
        margin-block-start: ${token('space-3')};
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: ${token('space-2')};
      }
      .badges {
        display: flex;
        flex-wrap: wrap;
        gap: ${token('space-2')};
        margin-block-end: ${token('space-3')};
      }
    `,
  ];

  /** The request's public code. */
  @property({ attribute: 'code' }) code = '';

  @query('h1') heading!: HTMLElement;
  @state() private request: Detail | null = null;
  @state() private loadError = '';
  @state() private to: Status | '' = '';
  @state() private note = '';
  @state() private answerUrl = '';
  @state() private reservedIndexRef = '';
  @state() private file: File | null = null;
  @state() private errors: FieldError[] = [];
  @state() private confirming = false;
  @state() private busy = false;
  @state() private saveError = '';
  @state() private done = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  /** Loads the request. */
  async load(): Promise<void> {
    this.loadError = '';
    try {
      this.request = await api.get(this.code);
    } catch (error) {
      const code = error instanceof ApiError ? error.code : 'server';
      if (code === 'unauthenticated') this.dispatchEvent(new StaffSessionEndedEvent());
      else this.loadError = code;
    }
  }

  #fieldError(field: string): FieldError | undefined {
    return this.errors.find((e) => e.field === field);
  }

  #errorText(error: FieldError): string {
    const key = `staff.field.${error.code}`;
    const text = this.localize.term(key);
    return text || this.localize.term('staff.field.other');
  }

  /** The same checks as the server, so most mistakes are caught before sending. */
  #check(): FieldError[] {
    const errors: FieldError[] = [];
    const note = this.note.trim();
    if (!this.to) errors.push({ field: 'status', code: 'required', message: '' });
    if (this.to === 'extended' && note.length < 10)
      errors.push({ field: 'note', code: 'reason_required', message: '' });
    if (this.to === 'refused' && note.length < 10)
      errors.push({ field: 'note', code: 'legal_reason_required', message: '' });
    if (ANSWERS.includes(this.to as Status)) {
      const url = this.answerUrl.trim();
      if (url && !/^https?:\/\/\S+$/i.test(url))
        errors.push({ field: 'answerUrl', code: 'url', message: '' });
      else if (!url && !this.file)
        errors.push({ field: 'answerUrl', code: 'answer_required', message: '' });
    }
    if (this.file && this.file.size > 20 * 1024 * 1024)
      errors.push({ field: 'file', code: 'too_large', message: '' });
    return errors;
  }

  async #review(event: SubmitEvent) {
    event.preventDefault();
    this.done = '';
    this.saveError = '';
    this.errors = this.#check();
    await this.updateComplete;
    if (this.errors.length > 0) {
      (this.renderRoot.querySelector('[aria-invalid="true"]') as HTMLElement | null)?.focus();
      return;
    }
    this.confirming = true;
    await this.updateComplete;
    (this.renderRoot.querySelector('#confirm-yes') as HTMLElement | null)?.focus();
  }

  async #cancel() {
    this.confirming = false;
    await this.updateComplete;
    (this.renderRoot.querySelector('#to') as HTMLElement | null)?.focus();
  }

  async #save() {
    if (!this.request || !this.to) return;
    this.busy = true;
    this.saveError = '';
    const status = this.to;
    try {
      this.request = await api.changeStatus(
        this.request.code,
        {
          status,
          note: this.note,
          answerUrl: ANSWERS.includes(status) ? this.answerUrl : '',
          reservedIndexRef: status === 'refused' ? this.reservedIndexRef : '',
        },
        ANSWERS.includes(status) ? this.file : null,
      );
      this.to = '';
      this.note = '';
      this.answerUrl = '';
      this.reservedIndexRef = '';
      this.file = null;
      this.errors = [];
      this.confirming = false;
      this.done = this.localize.term('staff.change.done', {
        status: this.localize.term(`staff.status.${status}`),
      });
    } catch (error) {
      const e = error instanceof ApiError ? error : new ApiError('server');
      this.confirming = false;
      if (e.code === 'unauthenticated') {
        this.dispatchEvent(new StaffSessionEndedEvent());
      } else if (e.errors.length > 0) {
        this.errors = e.errors;
      } else {
        this.saveError = e.code === 'file_too_large' ? 'file_too_large' : e.code;
      }
    } finally {
      this.busy = false;
    }
    await this.updateComplete;
    (
      this.renderRoot.querySelector('[aria-invalid="true"], #save-message') as HTMLElement | null
    )?.focus();
  }

  #date(value: string | null | undefined, withTime = false): string {
    if (!value) return '';
    return this.localize.date(value, {
      ...ZONE,
      dateStyle: 'long',
      ...(withTime ? { timeStyle: 'short' } : {}),
    });
  }

  #described(field: string) {
    const error = this.#fieldError(field);
    return error ? `${field}-error` : nothing;
  }

  #errorLine(field: string) {
    const error = this.#fieldError(field);
    return error
      ? html`<p class="field-error" id="${field}-error">${this.#errorText(error)}</p>`
      : nothing;
  }

  #renderForm(r: Detail) {
    if (r.next.length === 0) return html`<p>${this.localize.term('staff.request.final')}</p>`;
    const answering = ANSWERS.includes(this.to as Status);
    const noteKey =
      this.to === 'extended'
        ? 'staff.change.note.extended'
        : this.to === 'refused'
          ? 'staff.change.note.refused'
          : 'staff.change.note';
    return html`
      <form class="change" novalidate @submit=${this.#review}>
        ${
          this.errors.length > 0
            ? html`<div class="alert" role="alert">
                <p>${this.localize.term('staff.change.errorsTitle')}</p>
                <ul>
                  ${this.errors.map((e) => html`<li>${this.#errorText(e)}</li>`)}
                </ul>
              </div>`
            : nothing
        }
        <div class="field">
          <label for="to">${this.localize.term('staff.change.to')}</label>
          <select
            id="to"
            aria-invalid=${this.#fieldError('status') ? 'true' : 'false'}
            aria-describedby=${this.#described('status')}
            ?disabled=${this.confirming}
            @change=${(e: Event) => {
              this.to = (e.target as HTMLSelectElement).value as Status;
              this.confirming = false;
            }}
          >
            <option value="" ?selected=${this.to === ''}>
              ${this.localize.term('staff.change.choose')}
            </option>
            ${r.next.map(
              (s) =>
                html`<option value=${s} ?selected=${this.to === s}>
                  ${this.localize.term(`staff.status.${s}`)}
                </option>`,
            )}
          </select>
          ${this.#errorLine('status')}
          ${
            this.to === 'extended'
              ? html`<p class="hint">
                  ${this.localize.term('staff.change.extendHint', { date: this.#date(r.extendedDueAt) })}
                </p>`
              : nothing
          }
        </div>
        <div class="field">
          <label for="note">${this.localize.term(noteKey)}</label>
          <textarea
            id="note"
            maxlength="5000"
            .value=${this.note}
            ?readonly=${this.confirming}
            aria-invalid=${this.#fieldError('note') ? 'true' : 'false'}
            aria-describedby=${this.#described('note')}
            @input=${(e: Event) => (this.note = (e.target as HTMLTextAreaElement).value)}
          ></textarea>
          ${this.#errorLine('note')}
          ${
            // Plain-language advice on what the citizen will read; it never blocks the change.
            answering || this.to === 'extended'
              ? html`<minga-plain-check for="note"></minga-plain-check>`
              : nothing
          }
        </div>
        ${
          answering
            ? html`
                <p class="hint" id="answer-hint">
                  ${this.localize.term('staff.change.answerHint')}
                </p>
                <div class="field">
                  <label for="answerUrl">${this.localize.term('staff.change.answerUrl')}</label>
                  <input
                    id="answerUrl"
                    type="url"
                    inputmode="url"
                    spellcheck="false"
                    .value=${this.answerUrl}
                    ?readonly=${this.confirming}
                    aria-invalid=${this.#fieldError('answerUrl') ? 'true' : 'false'}
                    aria-describedby=${this.#fieldError('answerUrl') ? 'answerUrl-error answer-hint' : 'answer-hint'}
                    @input=${(e: Event) => (this.answerUrl = (e.target as HTMLInputElement).value)}
                  />
                  ${this.#errorLine('answerUrl')}
                </div>
                <div class="field">
                  <label for="file">${this.localize.term('staff.change.file')}</label>
                  <input
                    id="file"
                    type="file"
                    accept=".pdf,.csv,.xlsx,.docx,.zip,.png,.jpg,.jpeg,.gif,.webp"
                    ?disabled=${this.confirming}
                    aria-invalid=${this.#fieldError('file') ? 'true' : 'false'}
                    aria-describedby=${this.#described('file')}
                    @change=${(e: Event) => (this.file = (e.target as HTMLInputElement).files?.[0] ?? null)}
                  />
                  ${this.#errorLine('file')}
                </div>
              `
            : nothing
        }
        ${
          this.to === 'refused'
            ? html`<div class="field">
                <label for="reservedIndexRef"
                  >${this.localize.term('staff.change.reservedIndexRef')}</label
                >
                <input
                  id="reservedIndexRef"
                  type="text"
                  maxlength="200"
                  .value=${this.reservedIndexRef}
                  ?readonly=${this.confirming}
                  @input=${(e: Event) => (this.reservedIndexRef = (e.target as HTMLInputElement).value)}
                />
              </div>`
            : nothing
        }
        ${
          this.confirming
            ? html`<div class="confirm" role="group" aria-labelledby="confirm-title">
                <h3 id="confirm-title">${this.localize.term('staff.change.confirmTitle')}</h3>
                <p>
                  ${this.localize.term('staff.change.confirmText', {
                    status: this.localize.term(`staff.status.${this.to}`),
                  })}
                </p>
                <div class="actions">
                  <button
                    id="confirm-yes"
                    type="button"
                    ?disabled=${this.busy}
                    @click=${this.#save}
                  >
                    ${this.localize.term(this.busy ? 'staff.change.busy' : 'staff.change.confirm')}
                  </button>
                  <button
                    type="button"
                    class="secondary"
                    ?disabled=${this.busy}
                    @click=${this.#cancel}
                  >
                    ${this.localize.term('staff.change.cancel')}
                  </button>
                </div>
              </div>`
            : html`<button type="submit">${this.localize.term('staff.change.submit')}</button>`
        }
      </form>
    `;
  }

  #renderRequester(r: Detail) {
    const p = r.payload as Record<string, string | boolean | undefined>;
    const rows: [string, string][] = [[this.localize.term('staff.request.requester'), r.name]];
    if (p.requesterType)
      rows.push([
        this.localize.term('staff.request.requesterType'),
        this.localize.term(`staff.request.requesterType.${String(p.requesterType)}`) ||
          String(p.requesterType),
      ]);
    if (p.contactName)
      rows.push([this.localize.term('staff.request.contactName'), String(p.contactName)]);
    if (p.idNumber)
      rows.push([
        this.localize.term('staff.request.id'),
        `${this.localize.term(`staff.request.idType.${String(p.idType)}`)} ${String(p.idNumber)}`.trim(),
      ]);
    rows.push([this.localize.term('staff.request.email'), r.email]);
    if (p.phone) rows.push([this.localize.term('staff.request.phone'), String(p.phone)]);
    if (p.address) rows.push([this.localize.term('staff.request.address'), String(p.address)]);
    if (p.representedName)
      rows.push([this.localize.term('staff.request.onBehalf'), String(p.representedName)]);
    if (p.delivery)
      rows.push([
        this.localize.term('staff.request.delivery'),
        p.delivery === 'pickup'
          ? this.localize.term('staff.request.delivery.pickup')
          : !p.format || p.format === 'any'
            ? this.localize.term('staff.request.delivery.email.any')
            : this.localize.term('staff.request.delivery.email', {
                format: FORMATS.includes(String(p.format))
                  ? this.localize.term(`staff.request.format.${String(p.format)}`)
                  : String(p.format),
              }),
      ]);
    return rows.map(
      ([k, v]) =>
        html`<dt>${k}</dt>
          <dd>${v}</dd>`,
    );
  }

  override render() {
    // One heading for loading, error and loaded views: the same element throughout, so the
    // focus put on it when the view opens stays there when the request arrives (a heading
    // of its own per template was replaced, and focus fell to <body>).
    return html`<p><a href="#/">${this.localize.term('staff.request.back')}</a></p>
      <h1 tabindex="-1">
        ${this.localize.term('staff.request.title', { code: this.request?.code ?? this.code })}
      </h1>
      ${this.#renderBody()}`;
  }

  #renderBody() {
    if (this.loadError)
      return html`<div class="alert" role="alert">
        <p>${this.localize.term(errorKey(this.loadError), { status: this.loadError })}</p>
        ${
          this.loadError !== 'not_found'
            ? html`<button type="button" class="secondary" @click=${() => this.load()}>
                ${this.localize.term('staff.error.retry')}
              </button>`
            : nothing
        }
      </div>`;
    const r = this.request;
    if (!r) return html`<p role="status">${this.localize.term('staff.app.loading')}</p>`;
    return html`
      <div class="badges">
        <span class="badge">${this.localize.term(`staff.status.${r.status}`)}</span>
        ${r.overdue ? html`<span class="badge overdue">${this.localize.term('staff.badge.overdue')}</span>` : nothing}
        ${r.dueThisWeek ? html`<span class="badge week">${this.localize.term('staff.badge.week')}</span>` : nothing}
        ${
          r.daysLeft !== null
            ? html`<span
                >${
                  r.daysLeft < 0
                    ? this.localize.term('staff.days.late', { count: -r.daysLeft })
                    : this.localize.term('staff.days.left', { count: r.daysLeft })
                }</span
              >`
            : nothing
        }
      </div>
      <div id="save-message" tabindex="-1" role="status">
        ${this.done ? html`<div class="alert ok"><p>${this.done}</p></div>` : nothing}
        ${
          this.saveError
            ? html`<div class="alert">
                <p>
                  ${
                    this.saveError === 'file_too_large'
                      ? this.localize.term('staff.field.too_large')
                      : this.localize.term(errorKey(this.saveError), { status: this.saveError })
                  }
                </p>
              </div>`
            : nothing
        }
      </div>
      <dl>
        <dt>${this.localize.term('staff.request.received')}</dt>
        <dd>${this.#date(r.receivedAt, true)}</dd>
        <dt>${this.localize.term('staff.request.deadline')}</dt>
        <dd>${this.#date(r.dueAt)}</dd>
        <dt>${this.localize.term('staff.request.extendedDeadline')}</dt>
        <dd>${this.#date(r.extendedDueAt)}</dd>
        ${this.#renderRequester(r)}
        ${
          r.proof
            ? html`<dt>${this.localize.term('staff.request.proof')}</dt>
                <dd>
                  <a href=${r.proof.url} download>
                    ${this.localize.term('staff.request.download', {
                      name: r.proof.name,
                      size: this.localize.fileSize(r.proof.size),
                    })}
                  </a>
                </dd>`
            : nothing
        }
      </dl>
      <h2>${this.localize.term('staff.request.description')}</h2>
      <p class="description">${String(r.payload.description ?? '')}</p>

      <section aria-labelledby="change-title">
        <h2 id="change-title">${this.localize.term('staff.change.title')}</h2>
        ${this.#renderForm(r)}
      </section>

      <section aria-labelledby="history-title">
        <h2 id="history-title">${this.localize.term('staff.request.history')}</h2>
        <ol class="history">
          ${r.history.map(
            (h) =>
              html`<li>
                <strong>${this.localize.term(`staff.status.${h.status}`)}</strong>
                · <time datetime=${h.at}>${this.#date(h.at, true)}</time>
                ${h.note ? html`<p class="note">${h.note}</p>` : nothing}
                ${
                  h.answerUrl && /^https?:/i.test(h.answerUrl)
                    ? html`<p class="note">
                        ${this.localize.term('staff.request.answerLink')}:
                        <a href=${h.answerUrl} rel="noopener noreferrer" target="_blank"
                          >${h.answerUrl}</a
                        >
                      </p>`
                    : nothing
                }
                ${
                  h.answerFile
                    ? html`<p class="note">
                        ${this.localize.term('staff.request.answerFile')}:
                        <a href=${h.answerFile.url} download>
                          ${this.localize.term('staff.request.download', {
                            name: h.answerFile.name,
                            size: this.localize.fileSize(h.answerFile.size),
                          })}
                        </a>
                      </p>`
                    : nothing
                }
                ${
                  h.status === 'refused' && r.reservedIndexRef
                    ? html`<p class="note">
                        ${this.localize.term('staff.request.reservedIndex')}: ${r.reservedIndexRef}
                      </p>`
                    : nothing
                }
              </li>`,
          )}
        </ol>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'minga-staff-request': MingaStaffRequest;
  }
}
