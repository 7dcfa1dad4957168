import { css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { MingaElement, baseStyles, token } from '@minga/core';
import { api, ApiError, setCsrfToken, type Me } from './api.js';
import { errorKey, registerStaffMessages, staffStyles } from './shared.js';
import type { StaffLoginEvent } from './staff-login.js';

registerStaffMessages();

type Route = { view: 'list' } | { view: 'request'; code: string };

function route(): Route {
  const match = /^#\/requests\/([^/?#]+)$/.exec(location.hash);
  return match ? { view: 'request', code: decodeURIComponent(match[1]!) } : { view: 'list' };
}

/**
 * @summary The staff inbox page: login when there is no session, else the list or one
 * request (hash routes `#/` and `#/requests/<code>`), with the language switch and logout.
 */
export class MingaStaffApp extends MingaElement {
  static override styles = [
    baseStyles,
    staffStyles,
    css`
      :host {
        min-height: 100vh;
      }
      header {
        background: ${token('color-primary')};
        color: ${token('color-on-primary')};
        padding: ${token('space-3')} ${token('space-4')};
        display: flex;
        flex-wrap: wrap;
        gap: ${token('space-2')} ${token('space-4')};
        align-items: center;
        justify-content: space-between;
      }
      header p {
        margin: 0;
      }
      .brand {
        font-weight: ${token('font-weight-bold')};
        font-size: ${token('font-size-lg')};
      }
      .tools {
        display: flex;
        flex-wrap: wrap;
        gap: ${token('space-2')};
        align-items: center;
      }
      header button {
        border-color: ${token('color-on-primary')};
        background: transparent;
        color: ${token('color-on-primary')};
      }
      main {
        max-width: 80rem;
        margin: 0 auto;
        padding: ${token('space-4')};
      }
      .skip {
        position: absolute;
        inset-inline-start: ${token('space-2')};
        top: -10rem;
        background: ${token('color-surface')};
        color: ${token('color-link')};
        padding: ${token('space-2')};
        z-index: 10;
      }
      .skip:focus {
        top: ${token('space-2')};
      }
    `,
  ];

  @state() private me: Me | null = null;
  @state() private checking = true;
  @state() private error = '';
  @state() private notice = '';
  @state() private route: Route = route();
  #firstRender = true;

  #onHash = () => {
    this.route = route();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHash);
    void this.#checkSession();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHash);
  }

  async #checkSession() {
    this.checking = true;
    this.error = '';
    try {
      this.me = await api.me();
      setCsrfToken(this.me.csrfToken);
    } catch (error) {
      const code = error instanceof ApiError ? error.code : 'server';
      if (code !== 'unauthenticated') this.error = code;
      this.me = null;
    } finally {
      this.checking = false;
    }
  }

  #onLogin = (event: StaffLoginEvent) => {
    this.me = event.me;
    this.notice = '';
    setCsrfToken(event.me.csrfToken);
  };

  #onSessionEnded = () => {
    this.me = null;
    this.notice = this.localize.term('staff.app.sessionEnded');
  };

  async #logout() {
    try {
      await api.logout();
    } catch {
      // The cookie expires anyway; show the login form.
    }
    this.me = null;
    location.hash = '#/';
  }

  #toggleLang() {
    const next = this.currentLang.startsWith('en') ? 'es' : 'en';
    document.documentElement.lang = next;
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    // Each view its own title; a request's names it ("Solicitud SAIP-2026-… · …").
    const view =
      this.me && this.route.view === 'request'
        ? this.localize.term('staff.request.title', { code: this.route.code })
        : this.localize.term(this.me ? 'staff.app.subtitle' : 'staff.login.title');
    document.title = `${view} · ${this.localize.term('staff.app.title')}`;
    // Move focus to the new view's heading when the view changes (not on first load).
    if (changed.has('route') || changed.has('me')) {
      if (this.#firstRender && !changed.has('me')) return;
      const view = this.renderRoot.querySelector(
        'minga-staff-login, minga-staff-inbox, minga-staff-request',
      );
      if (view && (changed.get('route') !== undefined || changed.get('me') !== undefined)) {
        void (view as MingaElement).updateComplete.then(() => {
          (view.shadowRoot?.querySelector('h1') as HTMLElement | null)?.focus();
        });
      }
    }
    if (!this.checking) this.#firstRender = false;
  }

  #renderMain() {
    if (this.checking) return html`<p role="status">${this.localize.term('staff.app.loading')}</p>`;
    if (this.error)
      return html`<div class="alert" role="alert">
        <p>${this.localize.term(errorKey(this.error), { status: this.error })}</p>
        <button type="button" class="secondary" @click=${() => this.#checkSession()}>
          ${this.localize.term('staff.error.retry')}
        </button>
      </div>`;
    if (!this.me)
      return html`<minga-staff-login
        .notice=${this.notice}
        @minga-staff-login=${this.#onLogin}
      ></minga-staff-login>`;
    return this.route.view === 'request'
      ? html`<minga-staff-request
          .code=${this.route.code}
          @minga-staff-session-ended=${this.#onSessionEnded}
        ></minga-staff-request>`
      : html`<minga-staff-inbox
          @minga-staff-session-ended=${this.#onSessionEnded}
        ></minga-staff-inbox>`;
  }

  override render() {
    return html`
      <a
        class="skip"
        href="#main"
        @click=${(e: Event) => {
          e.preventDefault();
          (this.renderRoot.querySelector('main') as HTMLElement).focus();
        }}
        >${this.localize.term('staff.app.skip')}</a
      >
      <header>
        <div>
          <p class="brand">${this.localize.term('staff.app.title')}</p>
          <p>${this.localize.term('staff.app.subtitle')}</p>
        </div>
        <div class="tools">
          ${
            this.me
              ? html`<p>
                  ${this.localize.term('staff.app.signedIn', { name: this.me.staff.name })}
                </p>`
              : nothing
          }
          <button
            type="button"
            lang=${this.currentLang.startsWith('en') ? 'es' : 'en'}
            @click=${this.#toggleLang}
          >
            ${this.localize.term('staff.app.language')}
          </button>
          ${
            this.me
              ? html`<button type="button" @click=${this.#logout}>
                  ${this.localize.term('staff.app.logout')}
                </button>`
              : nothing
          }
        </div>
      </header>
      <main id="main" tabindex="-1">${this.#renderMain()}</main>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'minga-staff-app': MingaStaffApp;
  }
}
