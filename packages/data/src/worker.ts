/**
 * The module worker of `loadTable`: receives bytes or text, runs the same pipeline as the
 * main-thread fallback, and posts typed rows back in batches. No DOM, no Lit.
 *
 * Protocol (page → worker): `{ type: 'start', options }`, then `{ type: 'bytes', bytes }` or
 * `{ type: 'text', text }` any number of times, then `{ type: 'end' }`.
 * Worker → page: `{ type: 'rows', rows, columns?, rowCount }`, then `{ type: 'done', summary }`
 * or `{ type: 'error', code, details }`.
 */
import { EngineError, LoadEngine } from './engine.js';
import type { EngineOptions } from './engine.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: unknown): void;
}

const scope = globalThis as unknown as WorkerScope;
let engine: LoadEngine | undefined;
let failed = false;

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
    | { type: 'end' };
  if (message.type === 'start') failed = false;
  else if (failed) return;
  try {
    switch (message.type) {
      case 'start':
        engine = new LoadEngine(message.options, (rows, columns, rowCount) =>
          scope.postMessage({ type: 'rows', rows, columns, rowCount }),
        );
        scope.postMessage({ type: 'ready' });
        break;
      case 'bytes':
        engine!.pushBytes(message.bytes);
        break;
      case 'text':
        engine!.pushText(message.text);
        break;
      case 'end': {
        const summary = engine!.end();
        engine = undefined;
        scope.postMessage({ type: 'done', summary });
        break;
      }
    }
  } catch (error) {
    fail(error);
  }
};
