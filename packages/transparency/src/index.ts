export { MingaTransparency } from './transparency.js';
export { MingaTransparencyChangeEvent } from './events.js';
export {
  validateIndex,
  numeralsOf,
  issueMessage,
  isDate,
  isMonth,
  isSafeUrl,
  DEFAULT_DEADLINE_DAY,
  ENTRY_STATES,
  FILE_FORMATS,
  type EntryState,
  type FileFormat,
  type IndexEntry,
  type IndexFile,
  type IndexIssue,
  type IndexMonth,
  type NumeralDefinition,
  type TransparencyIndex,
  type ValidateOptions,
  type ValidationResult,
} from './index-format.js';
export {
  LOTAIP_NUMERALS,
  mergeNumerals,
  pick,
  type LocalizedText,
  type Numeral,
} from './numerals.js';
export {
  deadlineDay,
  deadlineOf,
  itemStatus,
  latestMonth,
  monthSummary,
  monthsOf,
  publishedOn,
  searchItems,
  fold,
  yearMatrix,
  yearsOf,
  type ItemStatus,
  type MonthItem,
  type MonthSummary,
  type YearColumn,
} from './months.js';
export type { TransparencyMessages } from './locales/es.js';
