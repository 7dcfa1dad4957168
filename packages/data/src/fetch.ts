/** `fetch` with failures turned into `DataError`s (network, CORS, HTTP status, abort). */
import { DataError } from './errors.js';

/** A `fetch`-compatible function (the global one, or one given in options). */
export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** The page's URL, when there is one (not in Node). */
function pageHref(): string | undefined {
  const location = (globalThis as { location?: { href?: string } }).location;
  return location?.href;
}

/** An absolute URL for `url`, relative to the page. */
export function absoluteUrl(url: string | URL): URL {
  return new URL(String(url), pageHref());
}

/** True when `url` is on another origin than the page. */
export function isCrossOrigin(url: URL): boolean {
  const href = pageHref();
  if (!href) return false;
  try {
    return new URL(href).origin !== url.origin;
  } catch {
    return false;
  }
}

/**
 * The code of a fetch that failed without an answer: the browser does not say why, and across
 * origins CORS is the likely reason.
 */
export function failedFetchCode(url: URL): 'cors' | 'network' {
  return isCrossOrigin(url) ? 'cors' : 'network';
}

/** The `aborted` error. */
export function abortError(lang?: string): DataError {
  return new DataError('aborted', { lang });
}

/** Fetches `url`; network failures, CORS refusals and aborts become `DataError`s. */
export async function fetchOrFail(
  url: URL,
  init: RequestInit & { fetch?: FetchLike; lang?: string } = {},
): Promise<Response> {
  const { fetch: fetchFn = globalThis.fetch.bind(globalThis), lang, ...rest } = init;
  try {
    return await fetchFn(url.href, rest);
  } catch (error) {
    if (rest.signal?.aborted) throw abortError(lang);
    const details = { url: url.href, message: String((error as Error)?.message ?? error) };
    throw new DataError(failedFetchCode(url), { lang, details, cause: error });
  }
}

/** Throws `http` for a non-2xx response (after discarding its body). */
export async function failOnStatus(response: Response, url: URL, lang?: string): Promise<void> {
  if (response.ok) return;
  await response.body?.cancel().catch(() => undefined);
  throw new DataError('http', {
    lang,
    status: response.status,
    details: { url: url.href, statusText: response.statusText },
  });
}
