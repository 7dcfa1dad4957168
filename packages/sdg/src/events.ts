import { MingaEvent } from '@minga/core';
import type { ProgressStatus } from './progress.js';

/** The reader changed the series shown by `<minga-sdg-indicator>`. */
export class MingaSdgSelectEvent extends MingaEvent<{
  unit?: string;
  seriesName?: string;
  keys: string[];
}> {
  static readonly eventName = 'minga-sdg-select';
  constructor(detail: { unit?: string; seriesName?: string; keys: string[] }) {
    super(MingaSdgSelectEvent.eventName, detail);
  }
}

/** The reader changed the status filter of `<minga-sdg-grid>`. */
export class MingaSdgFilterEvent extends MingaEvent<{ filter: GridFilter; count: number }> {
  static readonly eventName = 'minga-sdg-filter';
  constructor(detail: { filter: GridFilter; count: number }) {
    super(MingaSdgFilterEvent.eventName, detail);
  }
}

/** An indicator loaded and its status was computed. */
export class MingaSdgLoadEvent extends MingaEvent<{ status: ProgressStatus; rows: number }> {
  static readonly eventName = 'minga-sdg-load';
  constructor(detail: { status: ProgressStatus; rows: number }) {
    super(MingaSdgLoadEvent.eventName, detail);
  }
}

/** Data or an index could not be loaded: `detail.error` has a localized `message`. */
export class MingaSdgErrorEvent extends MingaEvent<{ error: Error & { code?: string } }> {
  static readonly eventName = 'minga-sdg-error';
  constructor(error: Error & { code?: string }) {
    super(MingaSdgErrorEvent.eventName, { error });
  }
}

/** Status groups the grid can filter by. */
export type GridFilter = 'all' | 'on-track' | 'limited' | 'deterioration' | 'no-data';

declare global {
  interface GlobalEventHandlersEventMap {
    'minga-sdg-select': MingaSdgSelectEvent;
    'minga-sdg-filter': MingaSdgFilterEvent;
    'minga-sdg-load': MingaSdgLoadEvent;
    'minga-sdg-error': MingaSdgErrorEvent;
  }
}
