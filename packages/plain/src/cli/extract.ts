/**
 * The prose of an HTML, Markdown or plain-text file, with the position in the file of each
 * character kept, so findings can be reported by line and column. DOM-free.
 */

/** Text taken from a file, and for each of its characters the offset in the file. */
export interface Extracted {
  text: string;
  offsets: number[];
}

class Builder {
  text = '';
  offsets: number[] = [];
  add(s: string, at: number, sameOffset = false) {
    for (let i = 0; i < s.length; i++) {
      this.text += s[i];
      this.offsets.push(sameOffset ? at : at + i);
    }
  }
  /** A paragraph break (at most one blank line). */
  breakParagraph(at: number) {
    if (!this.text || this.text.endsWith('\n\n')) return;
    this.add(this.text.endsWith('\n') ? '\n' : '\n\n', at, true);
  }
  done(): Extracted {
    return { text: this.text, offsets: this.offsets };
  }
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  aacute: 'á',
  eacute: 'é',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  Aacute: 'Á',
  Eacute: 'É',
  Iacute: 'Í',
  Oacute: 'Ó',
  Uacute: 'Ú',
  ntilde: 'ñ',
  Ntilde: 'Ñ',
  uuml: 'ü',
  Uuml: 'Ü',
  iexcl: '¡',
  iquest: '¿',
  laquo: '«',
  raquo: '»',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  deg: '°',
  ordm: 'º',
  ordf: 'ª',
};
const BLOCK =
  /^(?:p|div|li|ul|ol|h[1-6]|br|hr|tr|td|th|table|section|article|header|footer|main|nav|aside|blockquote|pre|dd|dt|dl|figure|figcaption|title|form|fieldset|legend|details|summary)$/i;

/** The text of an HTML page: no tags, scripts, styles or comments; blocks become paragraphs. */
export function fromHtml(html: string): Extracted {
  const b = new Builder();
  const re =
    /<!--[\s\S]*?-->|<(script|style|head|noscript|svg|template)\b[\s\S]*?<\/\1\s*>|<\/?([a-zA-Z][\w-]*)[^>]*>|&(#x[\da-f]+|#\d+|[a-z]+);|\s+|[^<&\s]+|[<&]/giy;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const [all, skipped, tag, entity] = m;
    if (all.startsWith('<!--') || skipped) {
      if (skipped?.toLowerCase() === 'head') {
        const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(all);
        if (title) {
          b.add(title[1]!.trim(), m.index + all.indexOf(title[1]!.trim()));
          b.breakParagraph(m.index);
        }
      }
      continue;
    }
    if (tag) {
      if (BLOCK.test(tag)) b.breakParagraph(m.index);
      continue;
    }
    if (entity) {
      const code = entity.startsWith('#x')
        ? parseInt(entity.slice(2), 16)
        : entity.startsWith('#')
          ? Number(entity.slice(1))
          : undefined;
      const char = code !== undefined ? String.fromCodePoint(code) : ENTITIES[entity];
      b.add(char ?? all, m.index, true);
      continue;
    }
    if (/^\s+$/.test(all)) {
      if (!/\s$/.test(b.text)) b.add(' ', m.index);
      continue;
    }
    b.add(all, m.index);
  }
  return b.done();
}

/** The prose of a Markdown file: no code, no markup; headings and list items are paragraphs. */
export function fromMarkdown(md: string): Extracted {
  const b = new Builder();
  let at = 0;
  let fenced = false;
  for (const line of md.split('\n')) {
    const start = at;
    at += line.length + 1;
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      b.breakParagraph(start);
      continue;
    }
    if (fenced || /^( {4}|\t)/.test(line) || /^\s*(<!--|\||---+\s*$|===+\s*$)/.test(line)) {
      b.breakParagraph(start);
      continue;
    }
    if (!line.trim()) {
      b.breakParagraph(start);
      continue;
    }
    const marker = /^\s*(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)*/.exec(line)![0];
    const block = marker.length > 0 && !/^\s*>\s?$/.test(marker);
    if (block) b.breakParagraph(start);
    else if (b.text && !b.text.endsWith('\n')) b.add(' ', start - 1);
    // Inline markup: images go, links keep their text, emphasis and code marks go.
    const body = line.slice(marker.length);
    const re = /!\[[^\]]*\]\([^)]*\)|\[([^\]]*)\]\([^)]*\)|[*_`]+|<[^>]+>|[^!*_`[<]+|./gy;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const offset = start + marker.length + m.index;
      if (m[0].startsWith('![') || /^[*_`]+$/.test(m[0]) || m[0].startsWith('<')) continue;
      if (m[1] !== undefined) b.add(m[1], offset + 1);
      else b.add(m[0], offset);
    }
    if (/^#{1,6}\s/.test(line.trimStart())) b.breakParagraph(at - 1);
  }
  return b.done();
}

/** A plain-text file as it is. */
export function fromText(text: string): Extracted {
  return { text, offsets: Array.from({ length: text.length }, (_, i) => i) };
}

/** Line and column (from 1) of `offset` in `source`. */
export function lineAndColumn(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, column: offset - last };
}
