import { html } from 'lit';
import { query, state } from 'lit/decorators.js';
import { MingaElement, baseStyles } from '@minga/core';
import { api, ApiError, type Me } from './api.js';
import { errorKey, registerStaffMessages, staffStyles } from './shared.js';

registerStaffMessages();

/** The session started: `detail` is what `/staff/api/me` returns. */
export class StaffLoginEvent extends Event {
  constructor(readonly me: Me) {
    super('minga-staff-login', { bubbles: true, composed: true });
  }
}

/**
 * @summary The staff login form: email and password, with plain errors. What was typed
 * stays when the network fails.
 * @fires minga-staff-login - The session started.
 */
export class MingaStaffLogin extends MingaElement {
  static override styles = [baseStyles, staffStyles];

  @query('h1') heading!: HTMLElement;
  @query('#email') emailInput!: HTMLInputElement;
  @state() private busy = false;
  @state() private error = '';
  @state() private retryAfter = 0;
  /** A notice above the form (for example: the session ended). */
  @state() notice = '';

  async #submit(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const email = String(data.get('email') ?? '').trim();
    const password = String(data.get('password') ?? '');
    if (email === '' || password === '') {
      this.error = 'missing';
      await this.updateComplete;
      (email === ''
        ? this.emailInput
        : (this.renderRoot.querySelector('#password') as HTMLElement)
      ).focus();
      return;
    }
    this.busy = true;
    this.error = '';
    try {
      const me = await api.login(email, password);
      this.dispatchEvent(new StaffLoginEvent(me));
    } catch (error) {
      const e = error instanceof ApiError ? error : new ApiError('server');
      this.error = e.code;
      this.retryAfter = e.retryAfter;
    } finally {
      this.busy = false;
    }
  }

  #errorText(): string {
    if (this.error === 'missing') return this.localize.term('staff.login.missing');
    return this.localize.term(errorKey(this.error), {
      minutes: Math.max(1, Math.ceil(this.retryAfter / 60)),
      status: 'error',
    });
  }

  override render() {
    return html`
      <h1 tabindex="-1">${this.localize.term('staff.login.title')}</h1>
      <p>${this.localize.term('staff.login.intro')}</p>
      ${this.notice ? html`<div class="alert" role="status"><p>${this.notice}</p></div>` : ''}
      <div role="alert">
        ${
          this.error
            ? html`<div class="alert"><p id="login-error">${this.#errorText()}</p></div>`
            : ''
        }
      </div>
      <form method="post" action="/staff/login" novalidate @submit=${this.#submit}>
        <div class="field">
          <label for="email">${this.localize.term('staff.login.email')}</label>
          <input
            id="email"
            name="email"
            type="email"
            autocomplete="username"
            spellcheck="false"
            required
            aria-describedby=${this.error ? 'login-error' : ''}
          />
        </div>
        <div class="field">
          <label for="password">${this.localize.term('staff.login.password')}</label>
          <input
            id="password"
            name="password"
            type="password"
            autocomplete="current-password"
            required
          />
        </div>
        <button type="submit" ?disabled=${this.busy}>
          ${this.localize.term(this.busy ? 'staff.login.busy' : 'staff.login.submit')}
        </button>
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'minga-staff-login': MingaStaffLogin;
  }
  interface GlobalEventHandlersEventMap {
    'minga-staff-login': StaffLoginEvent;
  }
}
