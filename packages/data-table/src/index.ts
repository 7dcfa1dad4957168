export { MingaDataTable, type ColumnConfig } from './data-table.js';
export {
  MingaSortChangeEvent,
  MingaFilterChangeEvent,
  MingaPageChangeEvent,
  MingaDataLoadEvent,
  MingaDataErrorEvent,
} from './events.js';
export type { SortKey } from '@minga/data';
export type { ColumnFilter, Filters } from './model/filter.js';
export { toCsv, toJson, neutralizeFormula, type CsvOptions } from './model/export.js';
export { fold, collationKey } from './model/fold.js';
export type { DataTableMessages } from './locales/es.js';
