export * from '@open-wc/testing';
export {
  a11ySnapshot,
  findAccessibilityNode,
  sendKeys,
  setViewport,
  sendMouse,
  resetMouse,
} from '@web/test-runner-commands';

/** Returns and clears the dev-mode warnings issued so far (for tests that provoke one). */
export function takeWarnings(): string[];
