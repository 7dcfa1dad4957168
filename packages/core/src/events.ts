/**
 * Base class for Minga's typed events. Every Minga event bubbles and is composed, so a page
 * can listen on `document` or on any ancestor, across shadow roots.
 *
 * Declare each event in `GlobalEventHandlersEventMap` so `addEventListener` is typed:
 *
 * ```ts
 * export class MingaSortChangeEvent extends MingaEvent<{ sort: SortKey[] }> {
 *   static readonly eventName = 'minga-sort-change';
 *   constructor(detail: { sort: SortKey[] }) { super(MingaSortChangeEvent.eventName, detail); }
 * }
 * declare global {
 *   interface GlobalEventHandlersEventMap { 'minga-sort-change': MingaSortChangeEvent }
 * }
 * ```
 */
export class MingaEvent<D = undefined> extends Event {
  /** The event's payload; read-only by convention. */
  readonly detail: D;

  constructor(type: string, detail: D, init: Omit<EventInit, 'bubbles' | 'composed'> = {}) {
    super(type, { bubbles: true, composed: true, ...init });
    this.detail = detail;
  }
}
