/** A fixture file's URL. */
export const fx = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).href;

/** The shadow root's text, spaces collapsed. */
export const textOf = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

/** The element focused inside the page, through shadow roots. */
export const deepActive = (): Element | null => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};
