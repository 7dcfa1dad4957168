import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  formatDate,
  formatDateRange,
  formatFileSize,
  formatMoney,
  formatNumber,
  formatPercent,
  formatRelativeTime,
  type DateFormatOptions,
} from '../format.js';
import { onTranslationChange, translate, type MessageKey, type MessageParams } from './messages.js';

/** A host that knows which language it renders in (every `MingaElement` does). */
export interface LocalizedHost extends ReactiveControllerHost {
  readonly currentLang: string;
}

/**
 * Gives an element its messages and formats in its current language, and re-renders it when
 * a translation is registered. `MingaElement` creates one as `this.localize`.
 */
export class LocalizeController implements ReactiveController {
  readonly #host: LocalizedHost;
  #unsubscribe: (() => void) | undefined;

  constructor(host: LocalizedHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#unsubscribe = onTranslationChange(() => this.#host.requestUpdate());
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /** The host's language. */
  get lang(): string {
    return this.#host.currentLang;
  }

  /** A message in the host's language. */
  term(key: MessageKey, params?: MessageParams): string {
    return translate(this.lang, key, params);
  }

  number(value: number | null | undefined, options?: Intl.NumberFormatOptions): string {
    return formatNumber(value, this.lang, options);
  }

  money(value: number | null | undefined, options?: Intl.NumberFormatOptions): string {
    return formatMoney(value, this.lang, options);
  }

  percent(value: number | null | undefined, options?: Intl.NumberFormatOptions): string {
    return formatPercent(value, this.lang, options);
  }

  date(value: Date | number | string | null | undefined, options?: DateFormatOptions): string {
    return formatDate(value, this.lang, options);
  }

  dateRange(
    start: Date | number | string | null | undefined,
    end: Date | number | string | null | undefined,
    options?: DateFormatOptions,
  ): string {
    return formatDateRange(start, end, this.lang, options);
  }

  relativeTime(value: Date | number | string | null | undefined, now?: Date | number): string {
    return formatRelativeTime(value, this.lang, now === undefined ? {} : { now });
  }

  fileSize(bytes: number | null | undefined): string {
    return formatFileSize(bytes, this.lang);
  }
}
