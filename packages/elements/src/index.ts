/**
 * @minga/elements: every Minga element class and public type, with no side effects (nothing is
 * defined). Import `@minga/elements/define.js` to define all the tags, or
 * `@minga/elements/loader.js` to define each one when it first appears on the page.
 */
export * from '@minga/core';
export * from '@minga/data';
export * from '@minga/data-table';
export * from '@minga/sdg';
export * from '@minga/info-request';
export * from '@minga/transparency';
export * from '@minga/plain';
// Names more than one package exports: the first package's keeps the plain name, the
// transparency package's gets a prefix.
export { fold } from '@minga/data-table';
export { FILE_FORMATS, type FileFormat } from '@minga/info-request';
export {
  fold as transparencyFold,
  FILE_FORMATS as TRANSPARENCY_FILE_FORMATS,
  type FileFormat as TransparencyFileFormat,
} from '@minga/transparency';
export * from './snippets.js';
