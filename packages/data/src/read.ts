/**
 * Reads a URL or a `Blob` as a stream of bytes, with a size limit: in the worker (so the
 * bytes of a big file never pass through the page) or, as a fallback, on the main thread.
 * Failures are `EngineError`s with plain data, turned into localized `DataError`s by the
 * page. DOM-free (fetch and streams exist in workers and in Node).
 */
import { EngineError } from './csv.js';

/** What to read: a URL (absolute) with request options, or a `Blob`. */
export type ByteSource =
  { url: string; request?: RequestInit; fetch?: typeof fetch } | { blob: Blob; name: string };

/** Bytes read so far, and the total when known (Content-Length, file size). */
export interface ByteProgress {
  bytes: number;
  totalBytes: number | null;
}

/**
 * Streams `source` into `push`. Throws `EngineError`s: `network` (`{ url }` or `{ source }`,
 * the page tells CORS apart), `http` (`{ url, status, statusText }`), `too-large`, `empty`.
 */
export async function readBytes(
  source: ByteSource,
  maxBytes: number,
  push: (bytes: Uint8Array) => void,
  onProgress: (progress: ByteProgress) => void,
  signal?: AbortSignal,
): Promise<ByteProgress> {
  let totalBytes: number | null = null;
  let stream: ReadableStream<Uint8Array> | null;
  const name = 'url' in source ? source.url : source.name;
  const tooLarge = (bytes: number) => new EngineError('too-large', { limit: maxBytes, bytes });
  if ('url' in source) {
    let response: Response;
    try {
      response = await (source.fetch ?? fetch)(source.url, { ...source.request, signal });
    } catch (error) {
      throw new EngineError('network', { url: source.url, message: messageOf(error) });
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new EngineError('http', {
        url: source.url,
        status: response.status,
        statusText: response.statusText,
      });
    }
    const length = Number(response.headers.get('content-length'));
    if (length > 0 && !response.headers.get('content-encoding')) totalBytes = length;
    if (totalBytes !== null && totalBytes > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw tooLarge(totalBytes);
    }
    stream = response.body;
  } else {
    totalBytes = source.blob.size;
    if (totalBytes > maxBytes) throw tooLarge(totalBytes);
    stream = source.blob.stream();
  }
  let bytes = 0;
  if (stream) {
    const reader = stream.getReader();
    try {
      for (;;) {
        let chunk: ReadableStreamReadResult<Uint8Array>;
        try {
          chunk = await reader.read();
        } catch (error) {
          if (signal?.aborted) throw error;
          // The connection dropped (or the file became unreadable) mid-way.
          throw new EngineError('network', { source: name, message: messageOf(error) });
        }
        if (chunk.done) break;
        if (signal?.aborted) throw new EngineError('aborted');
        bytes += chunk.value.byteLength;
        if (bytes > maxBytes) throw tooLarge(totalBytes ?? bytes);
        onProgress({ bytes, totalBytes });
        push(chunk.value);
      }
    } catch (error) {
      await reader.cancel().catch(() => undefined);
      throw error;
    }
  }
  if (bytes === 0) throw new EngineError('empty', { source: name });
  return { bytes, totalBytes };
}

function messageOf(error: unknown): string {
  return String((error as Error)?.message ?? error);
}

/**
 * Request options a worker can receive (plain headers, no signal or body), or `undefined`
 * when they cannot be posted: then the page fetches.
 */
export function postableRequest(request: RequestInit | undefined): RequestInit | undefined {
  if (!request) return {};
  const { signal: _signal, headers, body, window: _window, ...rest } = request;
  if (body !== undefined && body !== null) return undefined;
  const plain: RequestInit = { ...rest };
  if (headers) plain.headers = [...new Headers(headers)];
  try {
    structuredClone(plain);
  } catch {
    return undefined;
  }
  return plain;
}
