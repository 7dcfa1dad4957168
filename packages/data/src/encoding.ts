/**
 * Turning bytes into text without mojibake: BOM sniffing (UTF-8, UTF-16LE/BE), strict UTF-8
 * first, Windows-1252 (Excel on Windows in a Spanish locale) when the bytes are not UTF-8.
 * Streaming: bytes arrive chunk by chunk and text leaves as soon as it is decoded.
 */
import { EngineError } from './csv.js';

/** The encoding a BOM announces, with the BOM's length, or `undefined`. */
export function sniffBom(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** UTF-16 without BOM, told by the zero bytes of ASCII characters. */
function sniffUtf16(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 8) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  if (odd > n * 0.4 && even < n * 0.05) return 'utf-16le';
  if (even > n * 0.4 && odd < n * 0.05) return 'utf-16be';
  return undefined;
}

function hasHighByte(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/** A streaming decoder that picks the encoding from the bytes (or uses the one it is given). */
export class ByteDecoder {
  /** The encoding in use (final once `decode` has been called). */
  encoding = 'utf-8';
  /** Invalid sequences were replaced with U+FFFD (a file mixing encodings). */
  replaced = false;
  /** Windows-1252 was used because the bytes were not valid UTF-8. */
  fellBack = false;
  #decoder: TextDecoder | undefined;
  #forced: string | undefined;
  #strict = false;
  #sawHigh = false;
  #head: Uint8Array | undefined;

  constructor(encoding?: string) {
    this.#forced = encoding && encoding !== 'auto' ? encoding : undefined;
  }

  #start(bytes: Uint8Array): void {
    if (this.#forced) {
      try {
        this.#decoder = new TextDecoder(this.#forced);
      } catch {
        throw new EngineError('encoding', { encoding: this.#forced });
      }
      this.encoding = this.#decoder.encoding;
      return;
    }
    const bom = sniffBom(bytes);
    const encoding = bom?.encoding ?? sniffUtf16(bytes);
    if (encoding) {
      this.#decoder = new TextDecoder(encoding);
      this.encoding = encoding;
      return;
    }
    this.#decoder = new TextDecoder('utf-8', { fatal: true });
    this.#strict = true;
    this.encoding = 'utf-8';
  }

  /** Decodes the next chunk (`last` for the end of input). */
  decode(chunk: Uint8Array, last = false): string {
    let bytes = chunk;
    if (this.#decoder === undefined) {
      // A BOM needs 3 bytes; a tiny first chunk waits for the next one.
      if (this.#head) {
        const joined = new Uint8Array(this.#head.length + chunk.length);
        joined.set(this.#head);
        joined.set(chunk, this.#head.length);
        bytes = joined;
        this.#head = undefined;
      }
      if (bytes.length < 4 && !last) {
        this.#head = bytes;
        return '';
      }
      this.#start(bytes);
    }
    const decoder = this.#decoder!;
    if (!this.#strict) return decoder.decode(bytes, { stream: !last });
    try {
      const text = decoder.decode(bytes, { stream: !last });
      if (!this.#sawHigh && hasHighByte(bytes)) this.#sawHigh = true;
      return text;
    } catch {
      this.#strict = false;
      if (!this.#sawHigh) {
        // Everything so far was ASCII, which Windows-1252 reads the same way: switch.
        this.#decoder = new TextDecoder('windows-1252');
        this.encoding = 'windows-1252';
        this.fellBack = true;
      } else {
        // Valid UTF-8 so far, then not: keep UTF-8 and mark what could not be read.
        this.#decoder = new TextDecoder('utf-8');
        this.replaced = true;
      }
      return this.#decoder.decode(bytes, { stream: !last });
    }
  }
}
