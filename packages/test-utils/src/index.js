// Shared test helpers for Minga packages. Import from here instead of @open-wc/testing:
//
//   import { expect, fixture, html } from '@minga/test-utils';
//
// Importing this module installs a root-level mocha hook that fails any test during which
// Lit (or Minga) issued a dev-mode warning: a class field shadowing a reactive property, an
// update scheduled after an update, a tag defined twice… Tests that mean to provoke a warning
// take it with `takeWarnings()` before they end.
export * from '@open-wc/testing';
export {
  a11ySnapshot,
  findAccessibilityNode,
  sendKeys,
  setViewport,
  sendMouse,
  resetMouse,
} from '@web/test-runner-commands';

const warnings = [];
// Lit's dev-mode warnings link to lit.dev/msg/<code>; Minga's start with [minga].
const isDevWarning = (text) => text.startsWith('[minga]') || text.includes('lit.dev/msg/');

// Lit announces dev mode once per page; that is expected here, not a fault of a test.
globalThis.litIssuedWarnings ??= new Set();
globalThis.litIssuedWarnings.add('dev-mode');

if (!globalThis.__mingaWarningGuard) {
  globalThis.__mingaWarningGuard = true;
  const original = console.warn.bind(console);
  console.warn = (...args) => {
    const text = args.map(String).join(' ');
    if (isDevWarning(text)) warnings.push(text);
    original(...args);
  };
  afterEach(function failOnDevWarnings() {
    if (warnings.length === 0) return;
    const found = warnings.splice(0);
    const name = this.currentTest?.fullTitle() ?? 'this test';
    // A hook's error() fails the test that just ran (mocha's Runner#hook), without failing
    // the hook, so the tests after it still run.
    this.test.error(new Error(`Dev-mode warning during "${name}":\n${found.join('\n')}`));
  });
}

/** Returns and clears the dev-mode warnings issued so far (for tests that provoke one). */
export function takeWarnings() {
  return warnings.splice(0);
}
