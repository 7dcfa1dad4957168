export * from '@open-wc/testing';
export { sendKeys, setViewport, sendMouse, resetMouse } from '@web/test-runner-commands';

/** Returns and clears the dev-mode warnings issued so far (for tests that provoke one). */
export function takeWarnings(): string[];
