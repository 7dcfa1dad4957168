/**
 * The module worker of `loadTable`: receives bytes or text, runs the same pipeline as the
 * main-thread fallback, and posts typed rows back in batches. No DOM, no Lit.
 *
 * Protocol (page → worker): `{ type: 'start', options }`, then either
 * `{ type: 'read', source, maxBytes }` (the worker fetches the URL or reads the Blob itself), or
 * `{ type: 'bytes', bytes }` / `{ type: 'text', text }` any number of times and `{ type: 'end' }`.
 * Worker → page: `{ type: 'rows', packed, columns?, rowCount, bytes }` (a
 * `PackedBatch`), `{ type: 'progress', bytes, totalBytes }` while reading, then `{ type: 'done', summary }`
 * (with `summary.index`, the ranks and search dictionaries, its buffers transferred) or
 * `{ type: 'error', code, details }`.
 */
import { EngineError, LoadEngine } from './engine.js';
import type { EngineOptions } from './engine.js';
import { packRows, transferables } from './packed.js';
import { readBytes } from './read.js';
import { indexTransferables } from './view/index.js';
import type { ByteSource } from './read.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;
let engine: LoadEngine | undefined;
let failed = false;
/** Bytes read so far, when the worker reads the source itself (else the page counts them). */
let bytes: number | undefined;
/** Progress is posted at most this often (rows batches carry it too). */
const PROGRESS_MS = 50;

function fail(error: unknown): void {
  failed = true;
  engine = undefined;
  if (error instanceof EngineError)
    scope.postMessage({ type: 'error', code: error.code, details: error.details });
  else scope.postMessage({ type: 'error', code: 'parse', details: { message: String(error) } });
}

scope.onmessage = (event: MessageEvent) => {
  const message = event.data as
    | { type: 'start'; options: EngineOptions }
    | { type: 'bytes'; bytes: Uint8Array }
    | { type: 'text'; text: string }
    | { type: 'read'; source: ByteSource; maxBytes: number }
    | { type: 'end' };
  if (message.type === 'start') failed = false;
  else if (failed) return;
  try {
    switch (message.type) {
      case 'start':
        bytes = undefined;
        engine = new LoadEngine(message.options, (rows, columns, rowCount) => {
          // Packed by column, its buffers transferred: see packed.ts for why.
          const packed = packRows(rows);
          scope.postMessage(
            { type: 'rows', packed, columns, rowCount, bytes },
            transferables(packed),
          );
        });
        scope.postMessage({ type: 'ready' });
        break;
      case 'bytes':
        engine!.pushBytes(message.bytes);
        break;
      case 'text':
        engine!.pushText(message.text);
        break;
      case 'read':
        void read(message.source, message.maxBytes);
        break;
      case 'end': {
        const summary = engine!.end();
        engine = undefined;
        scope.postMessage({ type: 'done', summary }, indexTransferables(summary.index!));
        break;
      }
    }
  } catch (error) {
    fail(error);
  }
};

/** Fetches or reads the source here, parses it as it arrives, and ends the load. */
async function read(source: ByteSource, maxBytes: number): Promise<void> {
  const current = engine!;
  let posted = 0;
  bytes = 0;
  try {
    const { totalBytes } = await readBytes(
      source,
      maxBytes,
      (chunk) => current.pushBytes(chunk),
      (progress) => {
        bytes = progress.bytes;
        const now = Date.now();
        if (now - posted < PROGRESS_MS) return;
        posted = now;
        scope.postMessage({ type: 'progress', ...progress });
      },
    );
    const summary = current.end();
    engine = undefined;
    scope.postMessage(
      { type: 'done', summary, bytes, totalBytes },
      indexTransferables(summary.index!),
    );
  } catch (error) {
    fail(error);
  }
}
