import { MingaEvent } from '@minga/core';
import type { LoadedTable, SortKey } from '@minga/data';
import type { Filters } from './model/filter.js';

/** The sort changed (by the user or a method): `detail.sort`, most significant first. */
export class MingaSortChangeEvent extends MingaEvent<{ sort: SortKey[] }> {
  constructor(sort: SortKey[]) {
    super('minga-sort-change', { sort });
  }
}

/** The search or the column filters changed; `detail.total` is the number of matching rows. */
export class MingaFilterChangeEvent extends MingaEvent<{
  query: string;
  filters: Filters;
  total: number;
}> {
  constructor(detail: { query: string; filters: Filters; total: number }) {
    super('minga-filter-change', detail);
  }
}

/** The page or the page size changed. */
export class MingaPageChangeEvent extends MingaEvent<{ page: number; pageSize: number }> {
  constructor(detail: { page: number; pageSize: number }) {
    super('minga-page-change', detail);
  }
}

/** The data finished loading: `detail.columns`, `detail.meta` (warnings, encoding…), row count. */
export class MingaDataLoadEvent extends MingaEvent<{
  columns: LoadedTable['columns'];
  meta: LoadedTable['meta'] | undefined;
  rowCount: number;
}> {
  constructor(detail: {
    columns: LoadedTable['columns'];
    meta: LoadedTable['meta'] | undefined;
    rowCount: number;
  }) {
    super('minga-data-load', detail);
  }
}

/** The data could not be loaded: `detail.error` has a `code` and a localized `message`. */
export class MingaDataErrorEvent extends MingaEvent<{ error: Error & { code?: string } }> {
  constructor(error: Error & { code?: string }) {
    super('minga-data-error', { error });
  }
}

// The events are declared in GlobalEventHandlersEventMap next to the element that fires them,
// so importing only the define file types `addEventListener` too.
