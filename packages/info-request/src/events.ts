import { MingaEvent } from '@minga/core';
import type { FailureKind, RequestReceipt } from './client.js';
import type { FieldError, InfoRequest } from './schema.js';

/** Detail of {@link MingaRequestSubmitEvent}. */
export interface RequestSubmitDetail {
  /** The body about to be sent (it holds personal data: keep it on the page). */
  request: InfoRequest;
  /** The draft's Idempotency-Key: the same on every attempt. */
  idempotencyKey: string;
  /** 1 for the first attempt, then 2, 3… */
  attempt: number;
  /** True in `preview` mode: nothing will be sent. */
  preview: boolean;
}

/**
 * Fired before each attempt to send. Cancelable: `preventDefault()` stops the attempt (the
 * draft stays).
 */
export class MingaRequestSubmitEvent extends MingaEvent<RequestSubmitDetail> {
  static readonly eventName = 'minga-request-submit';
  constructor(detail: RequestSubmitDetail) {
    super(MingaRequestSubmitEvent.eventName, detail, { cancelable: true });
  }
}

/** Detail of {@link MingaRequestSuccessEvent}. */
export interface RequestSuccessDetail {
  /** The server's receipt (a sample one in `preview` mode). */
  receipt: RequestReceipt;
  preview: boolean;
}

/** Fired when the server confirmed the request (`201`), after the draft was cleared. */
export class MingaRequestSuccessEvent extends MingaEvent<RequestSuccessDetail> {
  static readonly eventName = 'minga-request-success';
  constructor(detail: RequestSuccessDetail) {
    super(MingaRequestSuccessEvent.eventName, detail);
  }
}

/** Detail of {@link MingaRequestErrorEvent}. */
export interface RequestErrorDetail {
  /** What went wrong: `invalid` (422), `changed` (422: this draft's key was used with another body), `rate-limited`, `server`, `bad-response`, `timeout`, `network`, `cancelled`. */
  kind: FailureKind | 'cancelled';
  /** HTTP status, when there was a response. */
  status?: number;
  /** Field errors of a 422. */
  errors?: FieldError[];
  /** Whether the element will try again by itself. */
  willRetry: boolean;
}

/** Fired when an attempt to send failed. The draft is kept. */
export class MingaRequestErrorEvent extends MingaEvent<RequestErrorDetail> {
  static readonly eventName = 'minga-request-error';
  constructor(detail: RequestErrorDetail) {
    super(MingaRequestErrorEvent.eventName, detail);
  }
}

// The events are declared in GlobalEventHandlersEventMap next to the element that fires them,
// so importing only the define file types `addEventListener` too.
