export type {
  Cell,
  Column,
  ColumnOverride,
  ColumnType,
  DataWarning,
  DateOrder,
  DecimalSeparator,
  LoadProgress,
  LoadedTable,
  Row,
  RowBatch,
  TableMeta,
  TableSchema,
  TableSchemaField,
  WarningCode,
} from './types.js';
export { DataError, isAbort, type DataErrorCode, type DataErrorDetails } from './errors.js';
export {
  loadTable,
  createTableLoader,
  prepareWorker,
  classifySource,
  type LoadControls,
  type LoadOptions,
  type TableSource,
} from './load.js';
export {
  ckanSource,
  ckanSortString,
  type CkanQuery,
  type CkanResult,
  type CkanSort,
  type CkanSource,
  type CkanSourceOptions,
} from './ckan.js';
export {
  parseOpenSdg,
  sdgHeadline,
  type SdgData,
  type SdgDimension,
  type SdgPoint,
  type SdgSeries,
} from './sdg.js';
export { parseCsv } from './parse.js';
export {
  parseNumber,
  parseDate,
  parseBoolean,
  isEmail,
  safeUrl,
  isPlaceholder,
  ECUADOR_OFFSET_MINUTES,
} from './values.js';
export { inferColumn, type ColumnSpec } from './infer.js';
export { typeFromCkan } from './json.js';
export { typeFromSchema } from './schema.js';
export {
  sniffDelimiter,
  guessNewline,
  findHeaderRow,
  uniqueHeaders,
  looksLikeHtml,
} from './csv.js';
export { ByteDecoder, sniffBom } from './encoding.js';
export type { DataMessages } from './locales/es.js';
export {
  fold,
  collationKey,
  isBlank,
  isoDay,
  rankColumn,
  countingSort,
  Sorter,
  SearchIndex,
  searchColumns,
  searchWords,
  computeView,
  indexTable,
  TableIndexer,
  indexTransferables,
  viewOrder,
  type ColumnRanks,
  type SortKey,
  type SearchColumn,
  type TableIndex,
  type ViewState,
} from './view/index.js';
