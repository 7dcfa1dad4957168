import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { baseStyles, MingaElement, token, type MessageKey } from '@minga/core';
import { goalColors, isGoal } from './goals.js';
import { PROGRESS_STATUSES, type ProgressStatus } from './progress.js';
import { registerSdgMessages, statusIcon, statusStyles } from './shared.js';

registerSdgMessages();

/**
 * One Sustainable Development Goal: its number, its localized short name and its official
 * colour, with the text colour chosen by measured contrast. Optionally a progress status and
 * a headline figure; a link to the goal's page when `href` is set.
 *
 * @tagname minga-sdg-goal
 * @summary A card or tile for one SDG.
 *
 * @slot - Extra content under the name (card size only), such as a short description.
 *
 * @csspart card - The coloured box (an `<a>` when `href` is set).
 * @csspart number - The goal number.
 * @csspart name - The short name.
 * @csspart status - The status badge.
 * @csspart figure - The headline figure.
 * @csspart summary - The status summary line (`summary`).
 *
 * @cssprop --minga-sdg-goal-min-height - Minimum height of the card (default 9rem; tile 6rem).
 */
export class MingaSdgGoal extends MingaElement {
  static override styles = [
    baseStyles,
    statusStyles,
    css`
      .card {
        display: flex;
        flex-direction: column;
        gap: ${token('space-2')};
        box-sizing: border-box;
        height: 100%;
        min-height: var(--minga-sdg-goal-min-height, 9rem);
        padding: ${token('space-3')};
        border-radius: ${token('radius-md')};
        background: var(--goal-bg);
        color: var(--goal-fg);
        text-decoration: none;
      }
      :host([size='tile']) .card {
        min-height: var(--minga-sdg-goal-min-height, 6rem);
        padding: ${token('space-2')};
      }
      a.card:hover .name {
        text-decoration: underline;
      }
      .card:focus-visible {
        outline: ${token('focus-ring-width')} solid ${token('color-focus')};
        outline-offset: ${token('focus-ring-offset')};
      }
      .number {
        font-size: ${token('font-size-2xl')};
        font-weight: ${token('font-weight-bold')};
        line-height: 1;
      }
      .number-label {
        display: block;
        font-size: ${token('font-size-xs')};
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
      .name {
        font-weight: ${token('font-weight-bold')};
        line-height: ${token('line-height-tight')};
        overflow-wrap: anywhere;
      }
      :host([size='tile']) .name {
        font-size: ${token('font-size-sm')};
      }
      .figure {
        font-size: ${token('font-size-xl')};
        font-weight: ${token('font-weight-bold')};
      }
      .figure-label {
        display: block;
        font-size: ${token('font-size-sm')};
        font-weight: ${token('font-weight-normal')};
      }
      .footer {
        display: flex;
        flex-direction: column;
        align-items: flex-start;
        gap: ${token('space-1')};
        margin-top: auto;
      }
      .summary {
        font-size: ${token('font-size-sm')};
        line-height: ${token('line-height-tight')};
      }
      .error {
        padding: ${token('space-3')};
        border: 2px solid ${token('color-danger')};
        border-radius: ${token('radius-md')};
        color: ${token('color-danger')};
      }
      @media (forced-colors: active) {
        .card {
          border: 2px solid CanvasText;
        }
      }
      @media print {
        .card {
          print-color-adjust: exact;
          -webkit-print-color-adjust: exact;
        }
      }
    `,
  ];

  /** The goal number, 1 to 17. */
  @property({ type: Number, reflect: true }) goal = 0;

  /** `card` (default: number, name, status, figure, slot) or `tile` (compact, for grids). */
  @property({ reflect: true }) size: 'card' | 'tile' = 'card';

  /** A progress status to show (`moderate_progress`…); none by default. */
  @property() status?: ProgressStatus;

  /** A headline figure, already formatted ("87,4 %"). */
  @property() figure?: string;

  /** What the figure measures ("Hogares con agua segura, 2025"). */
  @property({ attribute: 'figure-label' }) figureLabel?: string;

  /** The goal's page: the card becomes a link. */
  @property() href?: string;

  /** A short line at the foot of the card or tile ("3 indicadores: 1 con progreso…"). */
  @property() summary?: string;

  /**
   * `tabindex` of the inner card, for a container's roving focus (`<minga-sdg-grid>` sets
   * 0 on one tile and -1 on the others). Unset: a link is in the tab order, a box is not.
   */
  @property({ type: Number, attribute: 'card-tabindex' }) cardTabindex?: number;

  /** Focuses the card (the link, or the box when `card-tabindex` makes it focusable). */
  override focus(options?: FocusOptions): void {
    const card = this.renderRoot.querySelector<HTMLElement>('.card');
    if (card) card.focus(options);
    else super.focus(options);
  }

  /** The localized short name of the goal, or `''` for an unknown number. */
  get goalName(): string {
    return isGoal(this.goal) ? this.localize.term(`sdg.goal.${this.goal}` as MessageKey) : '';
  }

  override render() {
    const goal = this.goal;
    if (!isGoal(goal))
      return html`<p class="error" role="alert">
        ${this.localize.term('sdg.goal.unknown', { goal: String(this.getAttribute('goal') ?? goal) })}
      </p>`;
    const colors = goalColors(goal);
    // Set as the `style` property (CSSOM), which a strict CSP allows, unlike a style attribute.
    const style = `--goal-bg: ${colors.background}; --goal-fg: ${colors.text}`;
    const status =
      this.status && PROGRESS_STATUSES.includes(this.status)
        ? html`<span class="status" part="status" data-status=${this.status}
            >${statusIcon(this.status)}${this.localize.term(`sdg.status.${this.status}`)}</span
          >`
        : nothing;
    const body = html`
      <span class="number" part="number"
        ><span class="number-label"
          >${this.localize.term('sdg.goal.number', { goal: '' }).trim()}</span
        >${goal}</span
      >
      <span class="name" part="name">${this.goalName}</span>
      ${
        this.figure && this.size !== 'tile'
          ? html`<span class="figure" part="figure"
              >${this.figure}${
                this.figureLabel
                  ? html`<span class="figure-label">${this.figureLabel}</span>`
                  : nothing
              }</span
            >`
          : nothing
      }
      ${this.size !== 'tile' ? html`<slot></slot>` : nothing}
      ${
        this.status || this.summary
          ? html`<span class="footer"
              >${status}${
                this.summary
                  ? html`<span class="summary" part="summary">${this.summary}</span>`
                  : nothing
              }</span
            >`
          : nothing
      }
    `;
    const tabindex = ifDefined(this.cardTabindex);
    return this.href
      ? html`<a class="card" part="card" .style=${style} href=${this.href} tabindex=${tabindex}
          >${body}</a
        >`
      : html`<div class="card" part="card" .style=${style} tabindex=${tabindex}>${body}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'minga-sdg-goal': MingaSdgGoal;
  }
}
