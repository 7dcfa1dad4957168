/**
 * The query strings of the staff JSON API, validated with valibot like the request body
 * (`@minga/info-request/shared`): every parameter at most once and as text (`?q=a&q=b` is an
 * array to the parser), numbers as plain digits. Bad input gets `400` with the field and a
 * message, never a `500`.
 */
import {
  check,
  getDotPath,
  looseObject,
  optional,
  picklist,
  pipe,
  safeParse,
  string,
  transform,
  type InferOutput,
} from 'valibot';
import { isRequestStatus, type RequestStatus } from '@minga/info-request/shared';

/** One field of a refused query string. */
export interface QueryError {
  field: string;
  code: 'invalid';
  message: string;
}

const ONCE = 'Give this parameter once, as text.';
const YEAR = 'Give a year between 2000 and 2100.';

/** A parameter given at most once, as text; `''` counts as absent. */
const once = (valid: (text: string) => boolean, message: string) =>
  optional(
    pipe(
      string(ONCE),
      check((text) => text === '' || valid(text), message),
    ),
  );

const year = pipe(
  once((text) => /^\d{4}$/.test(text) && Number(text) >= 2000 && Number(text) <= 2100, YEAR),
  transform((text) => (text ? Number(text) : undefined)),
);

/** `GET /staff/api/requests`. */
export const ListQuerySchema = looseObject({
  q: pipe(
    optional(string(ONCE)),
    transform((text) => text?.slice(0, 200) || undefined),
  ),
  status: pipe(
    once(
      (text) =>
        text
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '')
          .every(isRequestStatus),
      'Give states from the list (received, in_progress, extended, answered, …), separated by commas.',
    ),
    transform((text) =>
      (text ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '')
        .map((s) => s as RequestStatus),
    ),
  ),
  year,
  limit: pipe(
    once((text) => /^\d{1,6}$/.test(text), 'Give the page size as a whole number (1 to 500).'),
    transform((text) => Math.min(Math.max(Number(text) || 100, 1), 500)),
  ),
  offset: pipe(
    once((text) => /^\d{1,9}$/.test(text), 'Give the offset as a whole number from 0.'),
    transform((text) => Number(text ?? 0)),
  ),
  overdue: pipe(
    optional(picklist(['', '0', '1', 'false', 'true'], 'Give overdue as 1 or 0.')),
    transform((text) => text === '1' || text === 'true'),
  ),
  order: pipe(
    optional(picklist(['', 'deadline', 'received'], 'Give order as deadline or received.')),
    transform((text) => (text === 'received' ? ('received' as const) : ('deadline' as const))),
  ),
});

/** The reports: `?year=` (default: this year). */
export const ReportQuerySchema = looseObject({ year });

/** The error code of a refused query: `bad_status`, `bad_year`, else `bad_query`. */
function errorCode(field: string): string {
  return field === 'status' ? 'bad_status' : field === 'year' ? 'bad_year' : 'bad_query';
}

/** The query as the schema's output, or the error code and the fields that are wrong. */
export function parseQuery<S extends typeof ListQuerySchema | typeof ReportQuerySchema>(
  schema: S,
  query: unknown,
):
  | { success: true; output: InferOutput<S> }
  | { success: false; error: string; errors: QueryError[] } {
  const result = safeParse(schema, query ?? {});
  if (result.success) return { success: true, output: result.output };
  const errors = result.issues.map((issue) => ({
    field: getDotPath(issue) ?? 'query',
    code: 'invalid' as const,
    message: issue.message,
  }));
  return { success: false, error: errorCode(errors[0]!.field), errors };
}
