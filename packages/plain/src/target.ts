/**
 * The text of a `<textarea>`, an `<input>` or a `contenteditable` element, and the way back
 * from a character range of that text to the page: select it, highlight it, replace it.
 */

/** A text box the check reads from. */
export type TextBox = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

const isField = (el: Element): el is HTMLTextAreaElement | HTMLInputElement =>
  el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;

const BLOCK = /^(?:P|DIV|LI|H[1-6]|BLOCKQUOTE|PRE|UL|OL|TABLE|TR|SECTION|ARTICLE)$/;

/** A contenteditable's text: text nodes in order, a blank line between blocks, a break per `<br>`. */
function editableText(root: HTMLElement): { text: string; nodes: Array<[Text, number]> } {
  let text = '';
  const nodes: Array<[Text, number]> = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child instanceof Text) {
        nodes.push([child, text.length]);
        text += child.data;
      } else if (child instanceof HTMLBRElement) text += '\n';
      else if (child instanceof HTMLElement) {
        const block = BLOCK.test(child.tagName);
        if (block && text && !text.endsWith('\n\n')) text += text.endsWith('\n') ? '\n' : '\n\n';
        walk(child);
        if (block && text && !text.endsWith('\n\n')) text += text.endsWith('\n') ? '\n' : '\n\n';
      }
    }
  };
  walk(root);
  return { text, nodes };
}

/** The text in a box. */
export function textOf(box: TextBox): string {
  return isField(box) ? box.value : editableText(box).text;
}

/** A DOM range over `[start, end)` of a contenteditable's text. */
export function domRange(box: HTMLElement, start: number, end: number): Range | undefined {
  const { nodes } = editableText(box);
  const at = (offset: number, preferEnd: boolean): [Text, number] | undefined => {
    for (const [node, from] of nodes) {
      const to = from + node.data.length;
      if (offset > from && offset < to) return [node, offset - from];
      if (offset === from && !preferEnd) return [node, 0];
      if (offset === to && preferEnd) return [node, node.data.length];
    }
    return undefined;
  };
  const a = at(start, false);
  const b = at(end, true);
  if (!a || !b) return undefined;
  const range = document.createRange();
  range.setStart(a[0], a[1]);
  range.setEnd(b[0], b[1]);
  return range;
}

/** Puts the caret selection over `[start, end)` and the focus in the box. */
export function selectIn(box: TextBox, start: number, end: number): void {
  box.focus();
  if (isField(box)) {
    box.setSelectionRange(start, end);
    return;
  }
  const range = domRange(box, start, end);
  const selection = box.ownerDocument.getSelection();
  if (!range || !selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * Replaces `[start, end)` with `text` as if the user had typed it: the box fires `input`, so
 * whatever listens to it (a framework, the check itself) sees the change.
 */
export function replaceIn(box: TextBox, start: number, end: number, text: string): void {
  if (isField(box)) box.setRangeText(text, start, end, 'end');
  else {
    const range = domRange(box, start, end);
    if (!range) return;
    range.deleteContents();
    if (text) range.insertNode(box.ownerDocument.createTextNode(text));
    box.normalize();
  }
  box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Where to replace when a phrase is removed: with the space after it (or before it, at the end). */
export function removalRange(text: string, start: number, end: number): [number, number] {
  if (/\s/.test(text[end] ?? '')) {
    let e = end;
    while (/[ \t]/.test(text[e] ?? '')) e++;
    return [start, e];
  }
  let s = start;
  while (s > 0 && /[ \t]/.test(text[s - 1]!)) s--;
  return [s, end];
}

const HIGHLIGHT = 'minga-plain';
const styled = new WeakSet<Document | ShadowRoot>();

/** Highlights ranges of a contenteditable with the CSS Custom Highlight API, where there is one. */
export function highlightIn(box: HTMLElement, ranges: Array<[number, number]>): void {
  const highlights = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)
    ?.highlights;
  if (!highlights || typeof Highlight === 'undefined') return;
  const root = box.getRootNode() as Document | ShadowRoot;
  if (!styled.has(root) && 'adoptedStyleSheets' in root) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      `::highlight(${HIGHLIGHT}) { background-color: #fde68a; color: #1f2937; text-decoration: underline wavy #b45309; }`,
    );
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    styled.add(root);
  }
  const domRanges = ranges
    .map(([s, e]) => domRange(box, s, e))
    .filter((r): r is Range => r !== undefined);
  if (domRanges.length) highlights.set(HIGHLIGHT, new Highlight(...domRanges));
  else highlights.delete(HIGHLIGHT);
}

/** Removes the highlights. */
export function clearHighlights(): void {
  (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights?.delete(
    HIGHLIGHT,
  );
}
