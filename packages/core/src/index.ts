export { MingaElement } from './minga-element.js';
export { defineElement } from './registry.js';
export { isDevMode, devWarn } from './dev-mode.js';
export { DEFAULT_LANG, resolveLang, watchLang, unwatchLang, type LangListener } from './lang.js';
export { MingaEvent } from './events.js';
export {
  registerTranslation,
  registeredLocales,
  onTranslationChange,
  translate,
  type Message,
  type MessageKey,
  type MessageParams,
  type Messages,
  type MingaMessages,
  type PluralMessage,
  type RegisterOptions,
} from './localize/messages.js';
export { LocalizeController, type LocalizedHost } from './localize/controller.js';
export type { CoreMessages } from './locales/es.js';
export {
  DEFAULT_TIME_ZONE,
  formatLocale,
  numberFormat,
  dateTimeFormat,
  formatNumber,
  formatMoney,
  formatPercent,
  formatDate,
  formatDateRange,
  formatRelativeTime,
  formatFileSize,
  type DateFormatOptions,
} from './format.js';
export {
  baseTokens,
  themes,
  colorSchemes,
  contrastPairs,
  minimumContrast,
  type BaseTokenName,
  type ColorTokenName,
  type ColorTokens,
  type ContrastUse,
  type ThemeName,
  type TokenName,
} from './theme/tokens.js';
export { contrastRatio, relativeLuminance, readableTextOn } from './theme/contrast.js';
export { token, themeCss, themeDeclarations, baseStyles } from './theme/styles.js';
