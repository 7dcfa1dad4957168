import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { baseStyles, MingaElement, token } from '@minga/core';
import type { ProgressDirection } from './progress.js';
import { registerSdgMessages } from './shared.js';

registerSdgMessages();

/**
 * A compact bar for one value against a target, for home pages and dashboards. The numbers
 * are in the text (value, target, baseline, share of the way); the bar only repeats them.
 *
 * @tagname minga-sdg-progress
 * @summary One value against its target, in words and as a bar.
 *
 * @csspart label - The label.
 * @csspart bar - The bar's track.
 * @csspart fill - The filled part.
 * @csspart numbers - The numbers in text.
 *
 * @cssprop --minga-sdg-progress-color - Fill colour (default: primary token).
 * @cssprop --minga-sdg-progress-height - Bar height (default 0.75rem).
 */
export class MingaSdgProgress extends MingaElement {
  static override styles = [
    baseStyles,
    css`
      .label {
        font-weight: ${token('font-weight-bold')};
        margin: 0 0 ${token('space-1')};
      }
      .bar {
        position: relative;
        height: var(--minga-sdg-progress-height, 0.75rem);
        border: 1px solid ${token('color-border-strong')};
        border-radius: ${token('radius-pill')};
        background: ${token('color-surface-alt')};
        overflow: hidden;
      }
      .fill {
        height: 100%;
        background: var(--minga-sdg-progress-color, ${token('color-primary')});
        background-image: repeating-linear-gradient(
          135deg,
          transparent 0 6px,
          rgb(255 255 255 / 0.25) 6px 9px
        );
      }
      .numbers {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        gap: 0 ${token('space-3')};
        margin: ${token('space-1')} 0 0;
        font-size: ${token('font-size-sm')};
      }
      .value {
        font-weight: ${token('font-weight-bold')};
      }
      .muted {
        color: ${token('color-text-muted')};
      }
      @media (forced-colors: active) {
        .fill {
          background: Highlight;
        }
      }
      @media print {
        .fill {
          print-color-adjust: exact;
          -webkit-print-color-adjust: exact;
        }
      }
    `,
  ];

  /** The current value. */
  @property({ type: Number }) value?: number;

  /** The target value. */
  @property({ type: Number }) target?: number;

  /** The starting value (default 0; for lower-is-better, the value the reduction starts from). */
  @property({ type: Number }) baseline?: number;

  /** What is measured ("Hogares con agua segura"). */
  @property() label?: string;

  /** Unit written after each number ("%", "hab."). */
  @property() unit?: string;

  /** `higher` (default here: a bar fills up) or `lower` (lower is better). */
  @property() direction: ProgressDirection = 'higher';

  /** Share of the way from baseline to target, 0–1 (clamped), or undefined. */
  get share(): number | undefined {
    const { value, target } = this;
    if (value === undefined || target === undefined || Number.isNaN(value) || Number.isNaN(target))
      return undefined;
    const baseline = this.baseline ?? (this.direction === 'lower' ? undefined : 0);
    if (baseline === undefined || baseline === target) return value === target ? 1 : undefined;
    return Math.min(1, Math.max(0, (value - baseline) / (target - baseline)));
  }

  #fmt(n: number): string {
    const text = this.localize.number(n, { maximumFractionDigits: 2 });
    if (!this.unit) return text;
    return this.unit === '%' ? `${text} %` : `${text} ${this.unit}`;
  }

  override render() {
    const share = this.share;
    const { value, target } = this;
    const hasNumbers =
      value !== undefined && target !== undefined && !Number.isNaN(value) && !Number.isNaN(target);
    return html`
      ${this.label ? html`<p class="label" part="label">${this.label}</p>` : nothing}
      ${
        share !== undefined
          ? html`<div class="bar" part="bar" aria-hidden="true">
              <div class="fill" part="fill" .style=${`width: ${share * 100}%`}></div>
            </div>`
          : nothing
      }
      <p class="numbers" part="numbers">
        ${
          hasNumbers
            ? html`<span class="value"
                  >${this.localize.term('sdg.progress.of', {
                    value: this.#fmt(value),
                    target: this.#fmt(target),
                  })}</span
                >
                ${
                  share !== undefined
                    ? html`<span
                        >${this.localize.term('sdg.progress.percent', {
                          percent: this.localize.percent(share, { maximumFractionDigits: 0 }),
                        })}</span
                      >`
                    : nothing
                }
                ${
                  this.baseline !== undefined
                    ? html`<span class="muted"
                        >${this.localize.term('sdg.progress.baseline', {
                          value: this.#fmt(this.baseline),
                        })}</span
                      >`
                    : nothing
                }`
            : html`<span>${this.localize.term('sdg.progress.missing')}</span>`
        }
      </p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'minga-sdg-progress': MingaSdgProgress;
  }
}
