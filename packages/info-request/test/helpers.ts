// Shared by the element tests: the fake request service (test/server.mjs) and shadow-DOM access.

let session = 0;

/** A fresh endpoint of the fake service for one scenario (`prefix` keeps files apart). */
export const endpoint = (scenario: string, prefix = '') =>
  `/fake-api/${scenario}/${prefix}${Date.now()}-${++session}`;

export const root = (el: HTMLElement) => el.shadowRoot!;

export const $ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) =>
  root(el).querySelector<T>(selector)!;

/** The text of `selector` in the shadow root, spaces collapsed ('' when absent). */
export const text = (el: HTMLElement, selector: string) =>
  (root(el).querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Types `value` into the field named `name`, as the citizen would (an input event). */
export function type(el: HTMLElement, name: string, value: string): void {
  const input = $<HTMLInputElement>(el, `[name="${name}"]`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}
