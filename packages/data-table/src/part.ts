import { registerTranslation } from '@minga/core';

/**
 * A part of the element that most pages never use, loaded the first time one does: the
 * panels, downloads, `sync-url` and the English messages. Each is a chunk of its own
 * (together about a quarter of the element's code), so a table that is only read, sorted and
 * searched does not download them. `load()` never rejects: after a failure `failed` is set,
 * and the next `load()` tries again (browsers fetch a failed `import()` again).
 * @internal
 */
export class Part<T> {
  value?: T;
  failed = false;
  #loading?: Promise<void>;
  readonly #import: () => Promise<T>;

  constructor(load: () => Promise<T>) {
    this.#import = load;
  }

  /** True while the part is neither here nor known to be unreachable. */
  get missing(): boolean {
    return !this.value && !this.failed;
  }

  load(): Promise<void> {
    this.failed = false;
    return (this.#loading ??= this.#import().then(
      (value) => {
        this.value = value;
      },
      () => {
        this.failed = true;
        this.#loading = undefined;
      },
    ));
  }
}

/**
 * The element's parts loaded on first use, each a chunk of its own. Tests replace one to
 * simulate a part that cannot be loaded.
 * @internal
 */
export const parts = {
  // Its Spanish messages are registered with `keep`, like English below.
  panels: new Part(() =>
    import('./panels.js').then((panels) => {
      registerTranslation('es', panels.esPanels, { keep: true });
      return panels;
    }),
  ),
  exporter: new Part(() => import('./model/export.js')),
  urlState: new Part(() => import('./model/url-state.js')),
  // Registered with `keep`: wording a page gave for English before it arrived stays.
  english: new Part(() =>
    import('./locales/en.js').then(({ en }) => {
      registerTranslation('en', en, { keep: true });
      return true;
    }),
  ),
};
