/**
 * Defines every Minga element at once. The only side-effect module of this package besides the
 * loader: `import '@minga/elements/define.js'`. For pages that only use a few elements, prefer
 * `@minga/elements/loader.js` (or `minga.js`), which loads each element when it appears.
 */
import '@minga/data-table/define.js';
import '@minga/sdg/define.js';
import '@minga/info-request/define.js';
import '@minga/transparency/define.js';
import '@minga/plain/define.js';
