/**
 * `DataError`: every failure of @minga/data, with a machine `code` and a localized,
 * plain-language `message` (Spanish by default).
 */
import { dataMessage, formatLimit } from './messages.js';

/** Machine codes of {@link DataError}. */
export type DataErrorCode =
  | 'network'
  | 'http'
  | 'cors'
  | 'not-csv'
  | 'not-json'
  | 'not-table'
  | 'empty'
  | 'too-large'
  | 'too-many-rows'
  | 'ckan'
  | 'no-datastore'
  | 'aborted'
  | 'encoding'
  | 'not-sdg'
  | 'unsupported'
  | 'parse';

/** Extra facts about an error (the URL, CKAN's message and `__type`, the limit…). */
export type DataErrorDetails = Record<string, unknown>;

/** A failure to load data: `code` for programs, `message` for people. */
export class DataError extends Error {
  /** What went wrong, for programs. */
  readonly code: DataErrorCode;
  /** The HTTP status, for `http` (and `ckan` answers with an error status). */
  readonly status?: number;
  /** Extra facts (never shown as HTML). */
  readonly details?: DataErrorDetails;

  constructor(
    code: DataErrorCode,
    options: { lang?: string; status?: number; details?: DataErrorDetails; cause?: unknown } = {},
  ) {
    super(DataError.messageFor(code, options), { cause: options.cause });
    this.name = 'DataError';
    this.code = code;
    if (options.status !== undefined) this.status = options.status;
    if (options.details !== undefined) this.details = options.details;
  }

  /** The localized message for a code. */
  static messageFor(
    code: DataErrorCode,
    { lang, status, details }: { lang?: string; status?: number; details?: DataErrorDetails } = {},
  ): string {
    if (code === 'http' && status === 404) return dataMessage(lang, 'data.error.http-404');
    const params: Record<string, string | number> = {};
    if (status !== undefined) params.status = status;
    if (typeof details?.message === 'string') params.message = details.message;
    if (typeof details?.encoding === 'string') params.encoding = details.encoding;
    if (typeof details?.count === 'number') params.count = details.count;
    if (typeof details?.limit === 'number') params.limit = formatLimit(details.limit, lang);
    return dataMessage(lang, `data.error.${code}`, params);
  }
}

/** True for a `DataError` with code `aborted`, or a DOM `AbortError`. */
export function isAbort(error: unknown): boolean {
  return (
    (error instanceof DataError && error.code === 'aborted') ||
    (typeof error === 'object' &&
      error !== null &&
      (error as { name?: string }).name === 'AbortError')
  );
}
