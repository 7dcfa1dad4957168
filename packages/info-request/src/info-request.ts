import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { baseStyles, MingaElement } from '@minga/core';
import { registerInfoRequestMessages } from './messages.js';
import { styles } from './info-request.styles.js';
import { formStyles } from './form.styles.js';
import {
  ATTACHMENT_TYPES,
  errorMessageKey,
  FILE_FORMATS,
  REQUEST_FIELDS,
  REQUEST_LIMITS,
  validateRequest,
  type DeliveryMethod,
  type FieldError,
  type FileFormat,
  type InfoRequest,
  type RequestAttachment,
  type RequesterType,
} from './schema.js';
import { ID_TYPES, type IdType } from './ids.js';
import { DEFAULT_TIMEOUT, submitRequest, type FailureKind, type RequestReceipt } from './client.js';
import { clearDraft, draftKey, loadDraft, newIdempotencyKey, saveDraft } from './draft.js';
import {
  MingaRequestErrorEvent,
  MingaRequestSubmitEvent,
  MingaRequestSuccessEvent,
} from './events.js';
import { hasMessage } from './text.js';
import { longDate } from './dates.js';

/** What the citizen types: every answer of the form, as the controls hold it. */
export interface FormValues {
  requesterType: RequesterType;
  name: string;
  contactName: string;
  idType: IdType;
  idNumber: string;
  email: string;
  phone: string;
  address: string;
  onBehalf: boolean;
  representedName: string;
  description: string;
  delivery: DeliveryMethod;
  format: FileFormat;
  declaration: boolean;
}

const EMPTY: Readonly<FormValues> = Object.freeze({
  requesterType: 'person',
  name: '',
  contactName: '',
  idType: 'cedula',
  idNumber: '',
  email: '',
  phone: '',
  address: '',
  onBehalf: false,
  representedName: '',
  description: '',
  delivery: 'email',
  format: 'any',
  declaration: false,
});

type Step = 'form' | 'review' | 'receipt';

interface Failure {
  kind: FailureKind | 'cancelled';
  status?: number;
  /** Seconds until the next automatic attempt. */
  retryIn?: number;
  /** Waiting for the browser to come back online. */
  waitingOnline?: boolean;
}

/** The national channel for access-to-information requests (Defensoría del Pueblo). */
export const NATIONAL_PORTAL_URL = 'https://transparencia.dpe.gob.ec/';

const chars = (text: string): number => [...text].length;

const toBase64 = (buffer: ArrayBuffer): string => {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
};

/**
 * A request for public information under LOTAIP, in plain Spanish: who asks, what
 * information, how to receive it, a declaration; then "check your answers", sending that
 * survives bad networks, and a printable receipt with the due dates.
 *
 * Every change is kept as a local draft (unless `no-draft`) until the server confirms.
 * Personal data leaves the device only in the submission.
 *
 * @tagname minga-info-request
 * @summary Form to ask an institution for public information (LOTAIP).
 *
 * @fires {MingaRequestSubmitEvent['detail']} minga-request-submit - Before each attempt to send; cancelable. `detail: { request, idempotencyKey, attempt, preview }`.
 * @fires {MingaRequestSuccessEvent['detail']} minga-request-success - The server confirmed the request. `detail: { receipt, preview }`.
 * @fires {MingaRequestErrorEvent['detail']} minga-request-error - An attempt failed; the draft is kept. `detail: { kind, status?, errors?, willRetry }`.
 *
 * @csspart form - The form step.
 * @csspart review - The "check your answers" step.
 * @csspart receipt - The receipt.
 *
 * @cssprop --minga-request-max-width - Largest width of the element (default 42rem).
 */
export class MingaInfoRequest extends MingaElement {
  static override styles = [baseStyles, formStyles, styles];

  /** Where requests are sent (`POST`) — the request service's URL. */
  @property() endpoint = '';

  /** The institution the request goes to, as the citizen knows it ("GAD Municipal de Cuenca"). */
  @property() institution = '';

  /** A page with `<minga-request-status>`; the receipt links to it with `?codigo=`. */
  @property({ attribute: 'status-url' }) statusUrl = '';

  /** The national transparency portal the receipt points to. */
  @property({ attribute: 'portal-url' }) portalUrl = NATIONAL_PORTAL_URL;

  /** Do not keep a local draft (on shared computers, for instance). */
  @property({ type: Boolean, attribute: 'no-draft' }) noDraft = false;

  /** Preview for Storybook and webmasters: sends nothing, says so, and shows a sample receipt. */
  @property({ type: Boolean, reflect: true }) preview = false;

  /** Milliseconds to wait for the server before giving up an attempt. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT;

  /** Milliseconds before the first automatic retry; doubled on each one. */
  @property({ type: Number, attribute: 'retry-delay' }) retryDelay = 2000;

  /** Automatic retries after a network failure, a timeout, a 429 or a 5xx. */
  @property({ type: Number, attribute: 'max-retries' }) maxRetries = 5;

  /** The ID number is optional (the institution accepts requests without one). */
  @property({ type: Boolean, attribute: 'id-optional' }) idOptional = false;

  /** Largest attachment, in bytes. */
  @property({ type: Number, attribute: 'max-attachment-size' }) maxAttachmentSize: number =
    REQUEST_LIMITS.attachmentMaxBytes;

  /** Days the institution has to answer, as the form tells the citizen. */
  @property({ type: Number, attribute: 'response-days' }) responseDays = 10;

  /** Days more when the deadline is extended, as the form tells the citizen. */
  @property({ type: Number, attribute: 'extension-days' }) extensionDays = 5;

  /** The `fetch` used to send (default the global one): for tests, stories or added headers. */
  @property({ attribute: false }) fetcher: typeof fetch | undefined = undefined;

  @state() private step: Step = 'form';
  @state() private values: FormValues = { ...EMPTY };
  @state() private proof: RequestAttachment | undefined = undefined;
  @state() private readingProof = false;
  @state() private errors = new Map<string, FieldError>();
  @state() private summary: FieldError[] = [];
  @state() private restored: { savedAt: string; proofName?: string } | undefined = undefined;
  @state() private announcement = '';
  @state() private sending = false;
  @state() private failure: Failure | undefined = undefined;
  @state() private receipt: (RequestReceipt & { preview?: boolean }) | undefined = undefined;

  #idempotencyKey = '';
  #inFlight = false;
  #attempt = 0;
  #autoRetries = 0;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #proofIssue: FieldError | undefined;
  #proofName = '';
  #focusAfterUpdate: string | undefined;
  #draftLoadedFor: string | undefined;

  constructor() {
    super();
    registerInfoRequestMessages();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.#onOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.#onOnline);
    this.#cancelRetry();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('endpoint') || changed.has('institution') || changed.has('noDraft')) {
      this.#restoreDraft();
    }
  }

  protected override updated(): void {
    const target = this.#focusAfterUpdate;
    if (target === undefined) return;
    this.#focusAfterUpdate = undefined;
    if (target.startsWith('field:')) this.#focusField(target.slice(6));
    else this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  get #draftEnabled(): boolean {
    return !this.noDraft && !this.preview;
  }

  get #draftKey(): string {
    return draftKey(this.endpoint, this.institution);
  }

  #restoreDraft(): void {
    if (!this.#draftEnabled || this.step === 'receipt') return;
    const key = this.#draftKey;
    if (this.#draftLoadedFor === key) return;
    this.#draftLoadedFor = key;
    const draft = loadDraft<Partial<FormValues>>(key);
    if (draft === undefined) return;
    const values = { ...EMPTY };
    for (const name of Object.keys(EMPTY) as (keyof FormValues)[]) {
      const saved = draft.values[name];
      if (typeof saved === typeof EMPTY[name]) (values as Record<string, unknown>)[name] = saved;
    }
    this.values = values;
    this.#idempotencyKey = draft.idempotencyKey;
    this.#proofName = draft.proofName ?? '';
    this.restored = {
      savedAt: draft.savedAt,
      ...(draft.proofName ? { proofName: draft.proofName } : {}),
    };
  }

  #saveDraft(): void {
    if (!this.#draftEnabled) return;
    if (this.#idempotencyKey === '') this.#idempotencyKey = newIdempotencyKey();
    this.#draftLoadedFor = this.#draftKey;
    const proofName = this.proof?.name ?? this.#proofName;
    saveDraft(this.#draftKey, {
      version: 1,
      savedAt: new Date().toISOString(),
      idempotencyKey: this.#idempotencyKey,
      values: this.values,
      ...(proofName ? { proofName } : {}),
    });
  }

  #discardDraft = (): void => {
    clearDraft(this.#draftKey);
    this.values = { ...EMPTY };
    this.proof = undefined;
    this.#proofName = '';
    this.#proofIssue = undefined;
    this.#idempotencyKey = '';
    this.errors = new Map();
    this.summary = [];
    this.restored = undefined;
    this.announcement = this.localize.term('request.draft.discarded');
    this.#focusAfterUpdate = 'field:requesterType';
  };

  /** The body to send, from the answers (only what applies to them). */
  #body(): InfoRequest {
    const v = this.values;
    const organization = v.requesterType === 'organization';
    const onBehalf = !organization && v.onBehalf;
    const body: InfoRequest = {
      requesterType: v.requesterType,
      name: v.name,
      idType: v.idType,
      idNumber: v.idNumber,
      email: v.email,
      onBehalf,
      description: v.description,
      delivery: v.delivery,
      declaration: v.declaration as true,
      lang: this.currentLang,
    };
    if (organization) body.contactName = v.contactName;
    if (v.phone.trim()) body.phone = v.phone;
    if (v.address.trim()) body.address = v.address;
    if (onBehalf) body.representedName = v.representedName;
    if ((organization || onBehalf) && this.proof) body.proof = this.proof;
    if (v.delivery === 'email') body.format = v.format;
    if (this.institution) body.institution = this.institution;
    return body;
  }

  #validate(): FieldError[] {
    const errors = validateRequest(this.#body(), this.currentLang, {
      requireId: !this.idOptional,
      maxAttachmentBytes: this.maxAttachmentSize,
    });
    const issue = this.#proofIssue;
    if (issue && this.#needsProof()) {
      const index = errors.findIndex((e) => e.field === 'proof');
      if (index >= 0) errors[index] = issue;
    }
    return errors;
  }

  #needsProof(): boolean {
    return this.values.requesterType === 'organization' || this.values.onBehalf;
  }

  #message(error: FieldError): string {
    const known =
      hasMessage(`request.error.${error.field}.${error.code}`) ||
      hasMessage(`request.error.${error.code}`);
    if (known || !error.message)
      return this.localize.term(errorMessageKey(error.field, error.code), error.params);
    return error.message;
  }

  #setValue<K extends keyof FormValues>(name: K, value: FormValues[K]): void {
    this.values = { ...this.values, [name]: value };
    if (this.errors.has(name)) this.#revalidate(name);
    this.#saveDraft();
  }

  #revalidate(field: string): void {
    const error = this.#validate().find((e) => e.field === field);
    // Unchanged (a field left as it was, as focus moves to the error summary): no update.
    if (error?.code === this.errors.get(field)?.code) return;
    const errors = new Map(this.errors);
    if (error) errors.set(field, error);
    else errors.delete(field);
    this.errors = errors;
    // The summary lists what is still wrong: a fixed field leaves it, a changed error follows.
    if (this.summary.length)
      this.summary = this.summary.flatMap((e) => (e.field !== field ? [e] : error ? [error] : []));
  }

  #onInput = (event: Event): void => {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    const name = target.name as keyof FormValues;
    if (!(name in EMPTY)) return;
    const value =
      target instanceof HTMLInputElement && target.type === 'checkbox'
        ? target.checked
        : target.value;
    this.#setValue(name, value as FormValues[typeof name]);
  };

  #onBlur = (event: FocusEvent): void => {
    const target = event.target as HTMLInputElement;
    const name = target.name as keyof FormValues;
    if (!(name in EMPTY) || target.type === 'radio' || target.type === 'checkbox') return;
    // Only judge what was typed: tabbing through an empty field is not an error yet.
    if (String(this.values[name]).trim() === '' && !this.errors.has(name)) return;
    this.#revalidate(name);
  };

  #onFile = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file === undefined) return;
    this.proof = undefined;
    this.#proofName = '';
    if (!(ATTACHMENT_TYPES as readonly string[]).includes(file.type)) {
      this.#proofIssue = { field: 'proof', code: 'file_type', message: '' };
    } else if (file.size > this.maxAttachmentSize) {
      this.#proofIssue = {
        field: 'proof',
        code: 'file_too_large',
        message: '',
        params: {
          size: this.localize.fileSize(file.size),
          max: this.localize.fileSize(this.maxAttachmentSize),
        },
      };
    } else {
      this.#proofIssue = undefined;
      this.readingProof = true;
      try {
        const data = toBase64(await file.arrayBuffer());
        this.proof = {
          name: file.name,
          type: file.type as RequestAttachment['type'],
          size: file.size,
          data,
        };
      } catch {
        this.#proofIssue = { field: 'proof', code: 'invalid', message: '' };
      } finally {
        this.readingProof = false;
      }
    }
    if (this.restored?.proofName) this.restored = { savedAt: this.restored.savedAt };
    const errors = new Map(this.errors);
    if (this.#proofIssue) errors.set('proof', this.#proofIssue);
    else errors.delete('proof');
    this.errors = errors;
    this.#saveDraft();
  };

  #removeProof = (): void => {
    this.proof = undefined;
    this.#proofName = '';
    this.#saveDraft();
    this.#focusAfterUpdate = 'field:proof';
  };

  #continue = (event: Event): void => {
    event.preventDefault();
    const errors = this.#validate();
    this.errors = new Map(errors.map((e) => [e.field, e]));
    this.summary = errors;
    if (errors.length > 0) {
      this.#focusAfterUpdate = '.error-summary';
      return;
    }
    this.#goTo('review');
  };

  #goTo(step: Step): void {
    if (step === 'form') this.#cancelRetry();
    this.step = step;
    this.announcement = '';
    this.#focusAfterUpdate = `#${step}-title`;
  }

  #change(field: string, event: Event): void {
    event.preventDefault();
    this.#cancelRetry();
    this.step = 'form';
    this.#focusAfterUpdate = `field:${field}`;
  }

  #focusField(field: string): void {
    const root = this.renderRoot;
    const target =
      root.querySelector<HTMLElement>(`[name="${field}"]:checked`) ??
      root.querySelector<HTMLElement>(`[name="${field}"]`);
    target?.focus();
    target?.scrollIntoView?.({ block: 'center' });
  }

  #onSummaryLink(field: string, event: Event): void {
    event.preventDefault();
    this.#focusField(field);
  }

  #onOnline = (): void => {
    if (this.step === 'review' && this.failure !== undefined && !this.#inFlight) {
      this.#cancelRetry();
      void this.#send(true);
    }
  };

  #cancelRetry(): void {
    clearTimeout(this.#retryTimer);
    this.#retryTimer = undefined;
  }

  #retryNow = (): void => {
    this.#autoRetries = 0;
    this.#cancelRetry();
    void this.#send();
  };

  /**
   * After a `changed` failure: an earlier attempt may have reached the institution with the
   * form as it was; the citizen chose to send this version as a request of its own.
   */
  #sendAsNew = (): void => {
    this.#idempotencyKey = newIdempotencyKey();
    this.#saveDraft();
    this.#retryNow();
  };

  #onSendClick = (): void => {
    this.#autoRetries = 0;
    void this.#send();
  };

  async #send(automatic = false): Promise<void> {
    if (this.#inFlight) return;
    this.#cancelRetry();
    const errors = this.#validate();
    if (errors.length > 0) {
      this.errors = new Map(errors.map((e) => [e.field, e]));
      this.summary = errors;
      this.step = 'form';
      this.#focusAfterUpdate = '.error-summary';
      return;
    }
    if (this.#idempotencyKey === '') this.#idempotencyKey = newIdempotencyKey();
    const request = this.#body();
    this.#attempt += 1;
    const submit = new MingaRequestSubmitEvent({
      request,
      idempotencyKey: this.#idempotencyKey,
      attempt: this.#attempt,
      preview: this.preview,
    });
    if (!this.dispatchEvent(submit)) {
      this.failure = { kind: 'cancelled' };
      this.dispatchEvent(new MingaRequestErrorEvent({ kind: 'cancelled', willRetry: false }));
      return;
    }
    if (this.preview) {
      this.#succeed(this.#sampleReceipt(), true);
      return;
    }
    this.#inFlight = true;
    this.sending = true;
    if (!automatic) this.failure = undefined;
    const result = await submitRequest(this.endpoint, request, this.#idempotencyKey, {
      timeout: this.timeout,
      ...(this.fetcher ? { fetch: this.fetcher } : {}),
    });
    this.#inFlight = false;
    this.sending = false;
    if (result.ok) {
      this.#succeed(result.data, false);
      return;
    }
    if (result.kind === 'invalid') {
      const fieldErrors = result.errors ?? [];
      this.failure = undefined;
      this.errors = new Map(fieldErrors.filter((e) => e.field).map((e) => [e.field, e]));
      const order = (f: string) => {
        const i = (REQUEST_FIELDS as readonly string[]).indexOf(f);
        return i === -1 ? REQUEST_FIELDS.length : i;
      };
      this.summary = [...fieldErrors].sort((a, b) => order(a.field) - order(b.field));
      this.step = 'form';
      this.announcement = this.localize.term('request.failure.invalid');
      this.#focusAfterUpdate = '.error-summary';
      this.dispatchEvent(
        new MingaRequestErrorEvent({
          kind: 'invalid',
          status: 422,
          errors: fieldErrors,
          willRetry: false,
        }),
      );
      return;
    }
    const retryable =
      result.kind !== 'bad-response' && result.kind !== 'not-found' && result.kind !== 'changed';
    const offline = result.kind === 'network' && navigator.onLine === false;
    const willRetry = retryable && (offline || this.#autoRetries < this.maxRetries);
    const failure: Failure = { kind: result.kind };
    if (result.status !== undefined) failure.status = result.status;
    if (willRetry && offline) {
      failure.waitingOnline = true;
    } else if (willRetry) {
      const backoff = this.retryDelay * 2 ** this.#autoRetries;
      const delay = Math.min(
        result.retryAfter !== undefined ? Math.max(result.retryAfter * 1000, backoff) : backoff,
        300_000,
      );
      this.#autoRetries += 1;
      failure.retryIn = Math.max(1, Math.round(delay / 1000));
      if (result.kind === 'network') failure.waitingOnline = true;
      this.#retryTimer = setTimeout(() => void this.#send(true), delay);
    }
    this.failure = failure;
    this.dispatchEvent(
      new MingaRequestErrorEvent({
        kind: result.kind,
        ...(result.status !== undefined ? { status: result.status } : {}),
        willRetry,
      }),
    );
  }

  #sampleReceipt(): RequestReceipt {
    // Preview only: a sample, labelled as such, with plain calendar-day arithmetic.
    const now = new Date();
    const day = 86_400_000;
    const endOf = (days: number) => {
      const d = new Date(now.getTime() + days * day);
      d.setHours(23, 59, 59, 999);
      return d.toISOString();
    };
    return {
      code: this.localize.term('request.preview.code'),
      receivedAt: now.toISOString(),
      dueAt: endOf(this.responseDays),
      extendedDueAt: endOf(this.responseDays + this.extensionDays),
      status: 'received',
    };
  }

  #succeed(receipt: RequestReceipt, preview: boolean): void {
    this.#cancelRetry();
    if (!preview) clearDraft(this.#draftKey);
    this.#idempotencyKey = '';
    this.#autoRetries = 0;
    this.#attempt = 0;
    this.failure = undefined;
    this.restored = undefined;
    this.receipt = preview ? { ...receipt, preview: true } : receipt;
    this.step = 'receipt';
    this.#focusAfterUpdate = '#receipt-title';
    this.dispatchEvent(new MingaRequestSuccessEvent({ receipt, preview }));
  }

  #newRequest = (): void => {
    this.values = { ...EMPTY };
    this.proof = undefined;
    this.#proofName = '';
    this.#proofIssue = undefined;
    this.receipt = undefined;
    this.errors = new Map();
    this.summary = [];
    this.#goTo('form');
  };

  #print = (): void => {
    window.print();
  };

  /** The receipt as plain text (what "Descargar comprobante" saves). */
  receiptText(): string {
    const r = this.receipt;
    if (r === undefined) return '';
    const t = (key: string, params?: Record<string, string>) => this.localize.term(key, params);
    const lines = [
      t('request.receipt.title'),
      this.institution,
      '',
      ...(r.preview ? [t('request.preview.receipt'), ''] : []),
      `${t('request.receipt.code')}: ${r.code}`,
      ...(r.accessKey ? [`${t('request.receipt.accessKey')}: ${r.accessKey}`] : []),
      `${t('request.receipt.received')}: ${this.localize.date(r.receivedAt, { dateStyle: 'full', timeStyle: 'short' })}`,
      `${t('request.receipt.due')}: ${t('request.receipt.until', { date: longDate(r.dueAt, this.currentLang) })}`,
      `${t('request.receipt.extended')}: ${t('request.receipt.until', { date: longDate(r.extendedDueAt, this.currentLang) })}`,
      '',
      t('request.receipt.next.title'),
      `1. ${t('request.receipt.next.1', { institution: this.#institutionName })}`,
      `2. ${t('request.receipt.next.2')}`,
      `3. ${t('request.receipt.next.3')}`,
      '',
      t('request.receipt.rights'),
      '',
      ...(this.#statusLink ? [`${t('request.receipt.status')}: ${this.#statusLink}`] : []),
      `${t('request.receipt.portal')}: ${this.portalUrl}`,
    ];
    return lines.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
  }

  #download = (): void => {
    const code = this.receipt?.code ?? '';
    const blob = new Blob([this.receiptText()], { type: 'text/plain;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = this.localize.term('request.receipt.fileName', {
      code: code.replace(/[^\w-]+/g, '_'),
    });
    a.hidden = true;
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  get #institutionName(): string {
    return this.institution || this.localize.term('request.institutionFallback');
  }

  get #statusLink(): string {
    if (!this.statusUrl || !this.receipt || this.receipt.preview) return '';
    const url = new URL(this.statusUrl, document.baseURI);
    url.searchParams.set('codigo', this.receipt.code);
    return url.href;
  }

  // ---------------------------------------------------------------- rendering helpers

  #describedBy(field: string, ...extra: (string | false | undefined)[]): string | undefined {
    const ids = [...extra.filter((x): x is string => !!x)];
    if (this.errors.has(field)) ids.push(`f-${field}-error`);
    return ids.length > 0 ? ids.join(' ') : undefined;
  }

  #errorMessage(field: string): TemplateResult | typeof nothing {
    const error = this.errors.get(field);
    if (error === undefined) return nothing;
    return html`<p class="error-message" id="f-${field}-error">
      <span class="visually-hidden">${this.localize.term('request.errorPrefix')}</span>
      ${this.#message(error)}
    </p>`;
  }

  #optional(): TemplateResult {
    // The space goes in the same text as the words: the shipped templates are minified (a
    // space before the span is dropped), and Chromium leaves a text of spaces alone out of the
    // accessible name: it read "Teléfono(opcional)".
    return html`<span class="optional">${` ${this.localize.term('request.optional')}`}</span>`;
  }

  #text(
    field: 'name' | 'contactName' | 'idNumber' | 'email' | 'phone' | 'representedName',
    label: string,
    options: {
      type?: 'text' | 'email' | 'tel';
      autocomplete?: string;
      hint?: string;
      optional?: boolean;
      inputmode?: 'numeric' | 'email' | 'tel' | 'text';
      narrow?: boolean;
    } = {},
  ): TemplateResult {
    const error = this.errors.has(field);
    return html`<div class="field ${error ? 'field--error' : ''}">
      <label for="f-${field}">${label}${options.optional ? this.#optional() : nothing}</label>
      ${options.hint ? html`<p class="hint" id="f-${field}-hint">${options.hint}</p>` : nothing}
      ${this.#errorMessage(field)}
      <input
        id="f-${field}"
        name=${field}
        type=${options.type ?? 'text'}
        class=${options.narrow ? 'width-20' : ''}
        dir="auto"
        spellcheck="false"
        autocomplete=${ifDefined(options.autocomplete)}
        inputmode=${ifDefined(options.inputmode)}
        aria-describedby=${ifDefined(this.#describedBy(field, options.hint && `f-${field}-hint`))}
        aria-invalid=${error ? 'true' : 'false'}
        ?required=${!options.optional}
        .value=${live(this.values[field])}
      />
    </div>`;
  }

  #radios<K extends 'requesterType' | 'idType' | 'delivery'>(
    field: K,
    legend: string,
    options: readonly FormValues[K][],
    label: (value: FormValues[K]) => string,
    inline = false,
  ): TemplateResult {
    const error = this.errors.has(field);
    return html`<fieldset
      class="field ${error ? 'field--error' : ''}"
      aria-describedby=${ifDefined(this.#describedBy(field))}
    >
      <legend class="group-legend">${legend}</legend>
      ${this.#errorMessage(field)}
      <div class=${inline ? 'choices-inline' : ''}>
        ${options.map(
          (value) =>
            html`<div class="choice">
              <input
                type="radio"
                id="f-${field}-${value}"
                name=${field}
                value=${value}
                .checked=${live(this.values[field] === value)}
              />
              <label for="f-${field}-${value}">${label(value)}</label>
            </div>`,
        )}
      </div>
    </fieldset>`;
  }

  #renderWho(): TemplateResult {
    const t = (key: string) => this.localize.term(key);
    const v = this.values;
    const organization = v.requesterType === 'organization';
    const needsProof = organization || v.onBehalf;
    return html`<fieldset class="section">
      <legend><h3>${t('request.who.legend')}</h3></legend>
      ${this.#radios(
        'requesterType',
        t('request.requesterType.legend'),
        ['person', 'organization'],
        (x) => t(`request.requesterType.${x}`),
      )}
      ${this.#text(
        'name',
        organization ? t('request.name.labelOrganization') : t('request.name.label'),
        { autocomplete: organization ? 'organization' : 'name' },
      )}
      ${
        organization
          ? this.#text('contactName', t('request.contactName.label'), {
              autocomplete: 'name',
              hint: t('request.contactName.hint'),
            })
          : nothing
      }
      ${this.#radios('idType', t('request.idType.legend'), ID_TYPES, (x) => t(`request.idType.${x}`), true)}
      ${this.#text('idNumber', t('request.idNumber.label'), {
        hint: t(`request.idNumber.hint.${v.idType}`),
        optional: this.idOptional,
        inputmode: v.idType === 'passport' ? 'text' : 'numeric',
        narrow: true,
      })}
      ${this.#text('email', t('request.email.label'), {
        type: 'email',
        autocomplete: 'email',
        hint: t('request.email.hint'),
      })}
      ${this.#text('phone', t('request.phone.label'), {
        type: 'tel',
        autocomplete: 'tel',
        hint: t('request.phone.hint'),
        optional: true,
        narrow: true,
      })}
      <div class="field ${this.errors.has('address') ? 'field--error' : ''}">
        <label for="f-address">${t('request.address.label')}${this.#optional()}</label>
        ${this.#errorMessage('address')}
        <textarea
          id="f-address"
          name="address"
          rows="2"
          dir="auto"
          autocomplete="street-address"
          aria-describedby=${ifDefined(this.#describedBy('address'))}
          aria-invalid=${this.errors.has('address') ? 'true' : 'false'}
          .value=${live(v.address)}
        ></textarea>
      </div>
      ${
        organization
          ? nothing
          : html`<div class="choice">
              <input type="checkbox" id="f-onBehalf" name="onBehalf" .checked=${live(v.onBehalf)} />
              <label for="f-onBehalf">${t('request.onBehalf.label')}</label>
            </div>`
      }
      ${
        needsProof
          ? html`<div class="conditional">
              ${
                organization
                  ? nothing
                  : this.#text('representedName', t('request.representedName.label'))
              }
              ${this.#renderProof(organization)}
            </div>`
          : nothing
      }
    </fieldset>`;
  }

  #renderProof(organization: boolean): TemplateResult {
    const error = this.errors.has('proof');
    const proof = this.proof;
    const max = this.localize.fileSize(this.maxAttachmentSize);
    return html`<div class="field ${error ? 'field--error' : ''}">
      <label for="f-proof"
        >${this.localize.term(
          organization ? 'request.proof.labelOrganization' : 'request.proof.label',
        )}</label
      >
      <p class="hint" id="f-proof-hint">${this.localize.term('request.proof.hint', { max })}</p>
      ${this.#errorMessage('proof')}
      <input
        id="f-proof"
        name="proof"
        type="file"
        accept=".pdf,.jpg,.jpeg,.png,${ATTACHMENT_TYPES.join(',')}"
        aria-describedby=${ifDefined(this.#describedBy('proof', 'f-proof-hint', proof && 'f-proof-file'))}
        aria-invalid=${error ? 'true' : 'false'}
        @change=${this.#onFile}
      />
      ${
        this.readingProof
          ? html`<p role="status" class="hint">${this.localize.term('request.proof.reading')}</p>`
          : nothing
      }
      ${
        proof
          ? html`<p class="file" id="f-proof-file">
              <span dir="auto"
                >${this.localize.term('request.proof.attached', {
                  name: proof.name,
                  size: this.localize.fileSize(proof.size),
                })}</span
              >
              <button type="button" class="link-button" @click=${this.#removeProof}>
                ${this.localize.term('request.proof.remove')}
              </button>
            </p>`
          : nothing
      }
    </div>`;
  }

  #renderWhat(): TemplateResult {
    const t = (key: string) => this.localize.term(key);
    const count = chars(this.values.description);
    const max = REQUEST_LIMITS.descriptionMax;
    const over = count - max;
    const error = this.errors.has('description');
    return html`<fieldset class="section">
      <legend><h3>${t('request.what.legend')}</h3></legend>
      <div class="field ${error ? 'field--error' : ''}">
        <label for="f-description">${t('request.description.label')}</label>
        <p class="hint" id="f-description-hint">${t('request.description.hint')}</p>
        <details class="examples">
          <summary>${t('request.description.examples')}</summary>
          <ul>
            <li>${t('request.description.example1')}</li>
            <li>${t('request.description.example2')}</li>
            <li>${t('request.description.example3')}</li>
          </ul>
        </details>
        ${this.#errorMessage('description')}
        <textarea
          id="f-description"
          name="description"
          rows="8"
          dir="auto"
          aria-describedby=${ifDefined(
            this.#describedBy('description', 'f-description-hint', 'f-description-count'),
          )}
          aria-invalid=${error ? 'true' : 'false'}
          required
          .value=${live(this.values.description)}
        ></textarea>
        <p class="count ${over > 0 ? 'count--over' : ''}" id="f-description-count">
          ${
            over > 0
              ? this.localize.term('request.description.over', { count: over })
              : this.localize.term('request.description.count', { count, max })
          }
        </p>
      </div>
    </fieldset>`;
  }

  #renderHow(): TemplateResult {
    const t = (key: string) => this.localize.term(key);
    return html`<fieldset class="section">
      <legend><h3>${t('request.how.legend')}</h3></legend>
      ${this.#radios('delivery', t('request.delivery.legend'), ['email', 'pickup'], (x) =>
        t(`request.delivery.${x}`),
      )}
      ${
        this.values.delivery === 'email'
          ? html`<div class="field ${this.errors.has('format') ? 'field--error' : ''}">
              <label for="f-format">${t('request.format.label')}</label>
              <p class="hint" id="f-format-hint">${t('request.format.hint')}</p>
              ${this.#errorMessage('format')}
              <select
                id="f-format"
                name="format"
                class="width-20"
                aria-describedby=${ifDefined(this.#describedBy('format', 'f-format-hint'))}
              >
                ${FILE_FORMATS.map(
                  (f) =>
                    html`<option value=${f} ?selected=${this.values.format === f}>
                      ${t(`request.format.${f}`)}
                    </option>`,
                )}
              </select>
            </div>`
          : nothing
      }
    </fieldset>`;
  }

  #renderDeclaration(): TemplateResult {
    const t = (key: string) => this.localize.term(key);
    const error = this.errors.has('declaration');
    return html`<fieldset class="section">
      <legend><h3>${t('request.declaration.legend')}</h3></legend>
      <p id="privacy">${t('request.privacy')}</p>
      ${this.#draftEnabled ? html`<p>${t('request.privacy.draft')}</p>` : nothing}
      <div class="field ${error ? 'field--error' : ''}">
        ${this.#errorMessage('declaration')}
        <div class="choice">
          <input
            type="checkbox"
            id="f-declaration"
            name="declaration"
            aria-describedby=${ifDefined(this.#describedBy('declaration'))}
            aria-invalid=${error ? 'true' : 'false'}
            required
            .checked=${live(this.values.declaration)}
          />
          <label for="f-declaration">${t('request.declaration.label')}</label>
        </div>
      </div>
    </fieldset>`;
  }

  #renderSummary(): TemplateResult | typeof nothing {
    if (this.summary.length === 0) return nothing;
    // A section named by its heading (a div may not be named); the alert inside announces it.
    return html`<section class="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
      <div role="alert">
        <h3 id="error-summary-title">${this.localize.term('request.errorSummary.title')}</h3>
        <ul>
          ${this.summary.map((error) => {
            const linkable = (REQUEST_FIELDS as readonly string[]).includes(error.field);
            return html`<li>
              ${
                linkable
                  ? html`<a
                      href="#f-${error.field}"
                      @click=${(e: Event) => this.#onSummaryLink(error.field, e)}
                      >${this.#message(error)}</a
                    >`
                  : this.#message(error)
              }
            </li>`;
          })}
        </ul>
      </div>
    </section>`;
  }

  #renderIntro(): TemplateResult {
    return html`${
        this.preview
          ? html`<p class="notice notice--warning preview-banner">
              ${this.localize.term('request.preview.banner')}
            </p>`
          : nothing
      }
      <p role="status" class="visually-hidden">${this.announcement}</p>`;
  }

  #renderForm(): TemplateResult {
    const restored = this.restored;
    return html`<section part="form" aria-labelledby="form-title">
      ${this.#renderIntro()}
      <h2 id="form-title" tabindex="-1">${this.localize.term('request.title')}</h2>
      <p>${this.localize.term('request.intro', { institution: this.#institutionName })}</p>
      <p>
        ${this.localize.term('request.introDeadline', {
          days: this.responseDays,
          extensionDays: this.extensionDays,
        })}
      </p>
      ${
        restored
          ? html`<div class="notice draft-notice">
              <p>
                ${this.localize.term('request.draft.restored', {
                  date: this.localize.date(restored.savedAt, {
                    dateStyle: 'long',
                    timeStyle: 'short',
                  }),
                })}
                ${
                  restored.proofName
                    ? this.localize.term('request.draft.reattach', { name: restored.proofName })
                    : nothing
                }
              </p>
              <button type="button" class="button-secondary" @click=${this.#discardDraft}>
                ${this.localize.term('request.draft.discard')}
              </button>
            </div>`
          : nothing
      }
      ${this.#renderSummary()}
      <form novalidate @submit=${this.#continue} @input=${this.#onInput} @focusout=${this.#onBlur}>
        <p class="hint">${this.localize.term('request.requiredNote')}</p>
        ${this.#renderWho()} ${this.#renderWhat()} ${this.#renderHow()} ${this.#renderDeclaration()}
        <div class="actions">
          <button type="submit" class="button-primary">
            ${this.localize.term('request.continue')}
          </button>
        </div>
      </form>
    </section>`;
  }

  #row(label: string, value: unknown, field: string): TemplateResult {
    return html`<div>
      <dt>${label}</dt>
      <dd class="value" dir="auto">${value}</dd>
      <dd class="no-print">
        <a href="#f-${field}" @click=${(e: Event) => this.#change(field, e)}
          >${this.localize.term('request.review.change')}<span class="visually-hidden">
            ${label}</span
          ></a
        >
      </dd>
    </div>`;
  }

  #renderReview(): TemplateResult {
    const t = (key: string) => this.localize.term(key);
    const v = this.values;
    const organization = v.requesterType === 'organization';
    const notGiven = html`<span class="optional">${t('request.review.notGiven')}</span>`;
    const failure = this.failure;
    return html`<section part="review" aria-labelledby="review-title">
      ${this.#renderIntro()}
      <h2 id="review-title" tabindex="-1">${t('request.review.title')}</h2>
      ${failure ? this.#renderFailure(failure) : nothing}
      <h3>${t('request.who.legend')}</h3>
      <dl class="summary-list">
        ${this.#row(t('request.requesterType.legend'), t(`request.requesterType.${v.requesterType}`), 'requesterType')}
        ${this.#row(organization ? t('request.name.labelOrganization') : t('request.name.label'), v.name, 'name')}
        ${organization ? this.#row(t('request.contactName.label'), v.contactName, 'contactName') : nothing}
        ${this.#row(
          t('request.review.id'),
          v.idNumber.trim() ? `${t(`request.idType.${v.idType}`)} ${v.idNumber.trim()}` : notGiven,
          'idNumber',
        )}
        ${this.#row(t('request.email.label'), v.email, 'email')}
        ${this.#row(t('request.phone.label'), v.phone.trim() || notGiven, 'phone')}
        ${this.#row(t('request.address.label'), v.address.trim() || notGiven, 'address')}
        ${
          !organization && v.onBehalf
            ? this.#row(t('request.review.onBehalf'), v.representedName, 'representedName')
            : nothing
        }
        ${
          (organization || v.onBehalf) && this.proof
            ? this.#row(
                t('request.review.proof'),
                `${this.proof.name} (${this.localize.fileSize(this.proof.size)})`,
                'proof',
              )
            : nothing
        }
      </dl>
      <h3>${t('request.what.legend')}</h3>
      <dl class="summary-list">
        ${this.#row(t('request.description.label'), v.description.trim(), 'description')}
      </dl>
      <h3>${t('request.how.legend')}</h3>
      <dl class="summary-list">
        ${this.#row(t('request.delivery.legend'), t(`request.delivery.${v.delivery}`), 'delivery')}
        ${
          v.delivery === 'email'
            ? this.#row(t('request.format.label'), t(`request.format.${v.format}`), 'format')
            : nothing
        }
      </dl>
      <p>${t('request.review.declaration')}</p>
      ${
        this.sending
          ? html`<p role="status" class="spinner-text">${t('request.sending')}</p>`
          : html`<p role="status" class="visually-hidden"></p>`
      }
      <div class="actions">
        <button
          type="button"
          class="button-primary"
          aria-disabled=${this.sending ? 'true' : 'false'}
          @click=${this.#onSendClick}
        >
          ${t('request.send')}
        </button>
        <button type="button" class="button-secondary" @click=${() => this.#goTo('form')}>
          ${t('request.back')}
        </button>
      </div>
    </section>`;
  }

  #renderFailure(failure: Failure): TemplateResult {
    const t = (key: string, params?: Record<string, string | number>) =>
      this.localize.term(key, params);
    const changed = failure.kind === 'changed';
    const reason = changed
      ? t('request.failure.changed')
      : failure.kind === 'timeout'
        ? t('request.failure.timeout')
        : failure.kind === 'rate-limited'
          ? t('request.failure.rateLimited')
          : failure.kind === 'server'
            ? t('request.failure.server', { status: String(failure.status ?? 500) })
            : failure.kind === 'bad-response' || failure.kind === 'not-found'
              ? t('request.failure.badResponse')
              : failure.kind === 'cancelled'
                ? t('request.failure.cancelled')
                : t('request.failure.network');
    const next =
      failure.retryIn !== undefined
        ? t('request.failure.autoRetry', { count: failure.retryIn })
        : failure.waitingOnline
          ? t('request.failure.whenOnline')
          : '';
    return html`<div class="notice notice--danger failure" role="alert">
      <p class="notice-title">
        ${changed ? t('request.failure.changedTitle') : t('request.failure.title')}
      </p>
      <p>${reason}</p>
      <p>
        ${this.#draftEnabled ? t('request.failure.kept') : t('request.failure.keptNoDraft')} ${next}
      </p>
      <p>${changed ? t('request.failure.changedNext') : t('request.failure.noDuplicate')}</p>
      <button
        type="button"
        class="button-primary"
        @click=${changed ? this.#sendAsNew : this.#retryNow}
      >
        ${changed ? t('request.failure.sendAsNew') : t('request.failure.retry')}
      </button>
    </div>`;
  }

  #renderReceipt(receipt: RequestReceipt & { preview?: boolean }): TemplateResult {
    const t = (key: string, params?: Record<string, string>) => this.localize.term(key, params);
    const lang = this.currentLang;
    const statusLink = this.#statusLink;
    return html`<section part="receipt" class="receipt" aria-labelledby="receipt-title">
      ${this.#renderIntro()}
      ${
        receipt.preview
          ? html`<p class="notice notice--warning">${t('request.preview.receipt')}</p>`
          : nothing
      }
      <div class="receipt-panel">
        <h2 id="receipt-title" tabindex="-1">${t('request.receipt.title')}</h2>
        ${this.institution ? html`<p class="institution">${this.institution}</p>` : nothing}
        <p class="code-label">${t('request.receipt.code')}</p>
        <p class="code">${receipt.code}</p>
      </div>
      <dl class="summary-list receipt-list">
        ${
          receipt.accessKey
            ? html`<div>
                <dt>${t('request.receipt.accessKey')}</dt>
                <dd>
                  <span class="access-key">${receipt.accessKey}</span>
                  <span class="hint access-key-hint">${t('request.receipt.accessKeyHint')}</span>
                </dd>
              </div>`
            : nothing
        }
        <div>
          <dt>${t('request.receipt.received')}</dt>
          <dd>
            ${this.localize.date(receipt.receivedAt, { dateStyle: 'full', timeStyle: 'short' })}
          </dd>
        </div>
        <div>
          <dt>${t('request.receipt.due')}</dt>
          <dd class="due">
            ${t('request.receipt.until', { date: longDate(receipt.dueAt, lang) })}
          </dd>
        </div>
        <div>
          <dt>${t('request.receipt.extended')}</dt>
          <dd class="extended-due">
            ${t('request.receipt.until', { date: longDate(receipt.extendedDueAt, lang) })}
          </dd>
        </div>
      </dl>
      <h3>${t('request.receipt.next.title')}</h3>
      <ol>
        <li>${t('request.receipt.next.1', { institution: this.#institutionName })}</li>
        <li>${t('request.receipt.next.2')}</li>
        <li>${t('request.receipt.next.3')}</li>
      </ol>
      <p>${t('request.receipt.rights')}</p>
      <ul class="links">
        ${
          statusLink
            ? html`<li>
                <a class="status-link" href=${statusLink}>${t('request.receipt.status')}</a>
              </li>`
            : nothing
        }
        <li>
          <a href=${this.portalUrl} rel="noopener">${t('request.receipt.portal')}</a>
        </li>
      </ul>
      <div class="actions no-print">
        <button type="button" class="button-primary" @click=${this.#print}>
          ${t('request.receipt.print')}
        </button>
        <button type="button" class="button-secondary" @click=${this.#download}>
          ${t('request.receipt.download')}
        </button>
        <button type="button" class="button-secondary" @click=${this.#newRequest}>
          ${t('request.receipt.new')}
        </button>
      </div>
    </section>`;
  }

  override render() {
    if (this.step === 'receipt' && this.receipt) return this.#renderReceipt(this.receipt);
    if (this.step === 'review') return this.#renderReview();
    return this.#renderForm();
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'minga-request-submit': MingaRequestSubmitEvent;
    'minga-request-success': MingaRequestSuccessEvent;
    'minga-request-error': MingaRequestErrorEvent;
  }
  interface HTMLElementTagNameMap {
    'minga-info-request': MingaInfoRequest;
  }
}
