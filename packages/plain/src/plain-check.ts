import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { baseStyles, MingaElement, registerTranslation } from '@minga/core';
import { analyze, type Analysis } from './analyze.js';
import { MingaPlainAnalyzeEvent } from './events.js';
import type { Finding, FindingOptions } from './findings.js';
import { en } from './locales/en.js';
import { es, type PlainMessages } from './locales/es.js';
import { findingKey } from './messages.js';
import type { PlainPhrase } from './phrases.js';
import { plainCheckStyles } from './plain-check.styles.js';
import {
  clearHighlights,
  highlightIn,
  removalRange,
  replaceIn,
  selectIn,
  textOf,
  type TextBox,
} from './target.js';

declare module '@minga/core' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface MingaMessages extends PlainMessages {}
}

registerTranslation('es', es);
registerTranslation('en', en);

/** Findings listed at most (the count says how many there are). */
const LISTED = 50;
/** Quiet time after typing before the score is announced. */
const ANNOUNCE_DELAY = 1500;

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

/**
 * A plain-language check for Spanish text where it is written: the readability score and its
 * band (INFLESZ), the findings listed and highlighted in place, and one-click suggestions.
 * Either its own text box (`label`, `value`, `name`: it takes part in forms), or, with
 * `for="id"`, any `<textarea>` or `contenteditable` element on the page. Advice only: it
 * never blocks anything.
 *
 * The analysis is of Spanish text; with `text-lang` set to another language it says so and
 * does not analyse.
 *
 * @tagname minga-plain-check
 * @summary Readability score, findings and plain alternatives for a Spanish text box.
 *
 * @fires minga-plain-analyze - After each analysis. `detail`: `{ analysis }` (see `analyze()`).
 * @fires input - Its own text box changed (also when a suggestion is applied).
 *
 * @csspart textarea - Its own text box.
 * @csspart scores - The score, its band and the note on what formulas measure.
 * @csspart findings - The list of findings.
 * @csspart finding - Each finding.
 * @csspart apply - Each "change to…" button.
 *
 * @cssprop --minga-plain-check-min-height - Height of its own text box (default 10rem).
 * @cssprop --minga-color-highlight-bg - Background of the highlighted findings.
 * @cssprop --minga-color-warning - Underline of the highlighted findings.
 */
export class MingaPlainCheck extends MingaElement {
  static override styles = [baseStyles, plainCheckStyles];
  static formAssociated = true;

  readonly #internals = this.attachInternals();
  #target?: TextBox;
  #announceTimer?: ReturnType<typeof setTimeout>;
  #focusAfterRender?: number;

  @query('textarea') private textarea?: HTMLTextAreaElement;

  @state() private analysis?: Analysis;
  @state() private announcement = '';
  @state() private missing = false;

  /** The id of a `<textarea>` or `contenteditable` element in the same document to check. */
  @property({ attribute: 'for' }) htmlFor?: string;

  /** The text of its own text box (without `for`). */
  @property() value = '';

  /** The label of its own text box (default "Texto"). */
  @property() label?: string;

  /** The form field name of its own text box. */
  @property() name?: string;

  /** The language of the text (default: the target's `lang`, else Spanish). Only Spanish is analysed. */
  @property({ attribute: 'text-lang' }) textLang?: string;

  /** Longest sentence, in words, before it is reported (default 30). */
  @property({ type: Number, attribute: 'max-sentence-words' }) maxSentenceWords?: number;

  /** The site's own phrases to flag, added to the built-in list. */
  @property({ attribute: false }) phrases?: PlainPhrase[];

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#detach();
    clearTimeout(this.#announceTimer);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('htmlFor') || (this.htmlFor && !this.#target)) this.#attach();
    if (
      changed.has('value') ||
      changed.has('htmlFor') ||
      changed.has('textLang') ||
      changed.has('maxSentenceWords') ||
      changed.has('phrases')
    )
      this.#analyze();
    if (changed.has('value') && !this.htmlFor) this.#internals.setFormValue(this.value);
  }

  override updated(): void {
    if (this.#focusAfterRender === undefined) return;
    const index = this.#focusAfterRender;
    this.#focusAfterRender = undefined;
    const items = this.renderRoot.querySelectorAll<HTMLElement>('li');
    const item = items[Math.min(index, items.length - 1)];
    const button =
      item?.querySelector<HTMLButtonElement>('button.apply') ?? item?.querySelector('button');
    (button ?? this.renderRoot.querySelector<HTMLElement>('.title'))?.focus();
  }

  /** The text being checked. */
  get text(): string {
    return this.htmlFor ? (this.#target ? textOf(this.#target) : '') : this.value;
  }

  #attach(): void {
    this.#detach();
    if (!this.htmlFor) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    const target = root.getElementById?.(this.htmlFor) ?? undefined;
    this.missing = !target;
    if (!target) return;
    this.#target = target;
    target.addEventListener('input', this.#onTargetInput);
  }

  #detach(): void {
    this.#target?.removeEventListener('input', this.#onTargetInput);
    if (this.#target && !(this.#target instanceof HTMLTextAreaElement)) clearHighlights();
    this.#target = undefined;
  }

  readonly #onTargetInput = () => {
    this.#analyze();
    this.#scheduleAnnouncement();
  };

  #isSpanish(): boolean {
    const lang =
      this.textLang ?? (this.#target?.closest('[lang]')?.getAttribute('lang') || undefined) ?? 'es';
    return lang.toLowerCase().startsWith('es');
  }

  #analyze(): void {
    if (!this.#isSpanish()) {
      this.analysis = undefined;
      return;
    }
    const options: FindingOptions = {};
    if (this.maxSentenceWords) options.maxSentenceWords = this.maxSentenceWords;
    if (this.phrases) options.phrases = this.phrases;
    this.analysis = analyze(this.text, options);
    const box = this.#target;
    if (box && !(box instanceof HTMLTextAreaElement) && !(box instanceof HTMLInputElement))
      highlightIn(
        box,
        this.analysis.findings.map((f) => [f.start, f.end]),
      );
    this.dispatchEvent(new MingaPlainAnalyzeEvent({ analysis: this.analysis }));
  }

  #summary(): string {
    const a = this.analysis;
    if (!a) return '';
    const score = a.scores.inflesz;
    const parts = [];
    if (score.score !== null && score.band)
      parts.push(
        this.localize.term('plain.check.score', {
          score: this.localize.number(score.score, { maximumFractionDigits: 1 }),
          band: this.localize.term(`plain.band.${score.band}`),
        }),
      );
    parts.push(this.localize.term('plain.check.count', { count: a.findings.length }));
    return parts.join(' ');
  }

  #scheduleAnnouncement(): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      this.announcement = this.#summary();
    }, ANNOUNCE_DELAY);
  }

  #onInput(event: Event): void {
    this.value = (event.target as HTMLTextAreaElement).value;
    this.#scheduleAnnouncement();
  }

  #syncScroll(): void {
    const backdrop = this.renderRoot.querySelector<HTMLElement>('.backdrop');
    if (backdrop && this.textarea) backdrop.scrollTop = this.textarea.scrollTop;
  }

  #box(): TextBox | undefined {
    return this.htmlFor ? this.#target : this.textarea;
  }

  #show(finding: Finding): void {
    const box = this.#box();
    if (box) selectIn(box, finding.start, finding.end);
  }

  #apply(finding: Finding, index: number): void {
    const box = this.#box();
    if (!box || finding.suggestion === undefined) return;
    const [start, end] =
      finding.suggestion === ''
        ? removalRange(this.text, finding.start, finding.end)
        : [finding.start, finding.end];
    replaceIn(box, start, end, finding.suggestion);
    if (box === this.textarea) this.value = this.textarea.value;
    this.#analyze();
    clearTimeout(this.#announceTimer);
    this.announcement = this.localize.term('plain.check.applied', { summary: this.#summary() });
    this.#focusAfterRender = index;
  }

  #renderBackdrop() {
    const text = this.value;
    const findings = this.analysis?.findings ?? [];
    // Highlights never overlap: merge overlapping ranges.
    const merged: Array<[number, number]> = [];
    for (const f of findings) {
      const last = merged.at(-1);
      if (last && f.start <= last[1]) last[1] = Math.max(last[1], f.end);
      else merged.push([f.start, f.end]);
    }
    const parts = [];
    let at = 0;
    for (const [s, e] of merged) {
      parts.push(text.slice(at, s), html`<mark>${text.slice(s, e)}</mark>`);
      at = e;
    }
    // A final line break needs a character after it to take up its line.
    parts.push(`${text.slice(at)} `);
    return html`<div class="backdrop" aria-hidden="true">${parts}</div>`;
  }

  #renderFinding(f: Finding, index: number) {
    const term = this.localize.term.bind(this.localize);
    const quote = short(f.text);
    return html`<li part="finding">
      <q>${quote}</q>
      <span class="explain">${term(findingKey(f), f.params)}</span>
      <span class="actions">
        <button type="button" @click=${() => this.#show(f)}>
          ${term('plain.check.show')}<span class="visually-hidden">: ${quote}</span>
        </button>
        ${
          f.suggestion === undefined
            ? nothing
            : html`<button
                type="button"
                class="apply"
                part="apply"
                @click=${() => this.#apply(f, index)}
              >
                ${
                  f.suggestion === ''
                    ? html`${term('plain.check.remove')}<span class="visually-hidden"
                          >: ${quote}</span
                        >`
                    : term('plain.check.apply', { suggestion: f.suggestion })
                }
              </button>`
        }
      </span>
    </li>`;
  }

  #renderResults() {
    const term = this.localize.term.bind(this.localize);
    const spanishUi = this.currentLang.toLowerCase().startsWith('es');
    if (!this.#isSpanish())
      return html`<p class="note" part="scores">${term('plain.check.spanish-only')}</p>`;
    const a = this.analysis;
    if (!a) return nothing;
    const { inflesz, fernandezHuerta, mu } = a.scores;
    const num = (n: number | null) =>
      n === null ? '—' : this.localize.number(n, { maximumFractionDigits: 1 });
    const band = (b: string | null) => term(`plain.band.${b ?? 'none'}`);
    return html`
      <div class="scores" part="scores">
        <p class="score">
          ${
            inflesz.score === null
              ? `${term('plain.score.inflesz')}: ${band(null)}`
              : term('plain.check.score', { score: num(inflesz.score), band: band(inflesz.band) })
          }
        </p>
        <p class="others">
          ${term('plain.check.other-scores', {
            fh: num(fernandezHuerta.score),
            fhBand: band(fernandezHuerta.band),
            mu: num(mu.score),
            muBand: band(mu.band),
          })}
        </p>
        <p class="note">
          ${term('plain.check.limits')} ${term('plain.check.advice')}
          ${spanishUi ? nothing : term('plain.check.spanish-only')}
        </p>
      </div>
      <section part="findings" aria-labelledby="findings-title">
        <p class="title" id="findings-title" tabindex="-1">
          ${term('plain.check.findings-title')}:
          ${term('plain.check.count', { count: a.findings.length })}
        </p>
        ${
          a.findings.length
            ? html`<ol>
                ${a.findings.slice(0, LISTED).map((f, i) => this.#renderFinding(f, i))}
              </ol>`
            : nothing
        }
      </section>
    `;
  }

  override render() {
    const term = this.localize.term.bind(this.localize);
    return html`
      ${
        this.htmlFor
          ? this.missing
            ? html`<p class="error" role="alert">
                ${term('plain.check.no-target', { id: this.htmlFor })}
              </p>`
            : nothing
          : html`<label for="text">${this.label ?? term('plain.check.label')}</label>
              <div class="editor">
                ${this.#renderBackdrop()}
                <textarea
                  id="text"
                  part="textarea"
                  lang=${this.textLang ?? 'es'}
                  .value=${this.value}
                  @input=${this.#onInput}
                  @scroll=${this.#syncScroll}
                ></textarea>
              </div>`
      }
      ${this.#renderResults()}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'minga-plain-check': MingaPlainCheck;
  }
}
