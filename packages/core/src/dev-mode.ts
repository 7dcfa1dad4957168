/**
 * Minga's development mode follows Lit's: when a page (or a test run, or Vite's dev server)
 * resolves Lit's `development` export condition, Lit keeps a global set of issued warnings,
 * and Minga issues its own dev-mode warnings through the same set, so each is shown once.
 * In production builds of Lit that set does not exist and Minga stays silent.
 */
declare global {
  var litIssuedWarnings: Set<string | undefined> | undefined;
}

/** True when Lit's development build is loaded on this page. */
export function isDevMode(): boolean {
  return globalThis.litIssuedWarnings !== undefined;
}

/**
 * Issues a dev-mode warning once per page (per `code` + message), prefixed with `[minga]`.
 * Does nothing outside dev mode.
 */
export function devWarn(code: string, message: string): void {
  const issued = globalThis.litIssuedWarnings;
  if (issued === undefined) return;
  const text = `[minga] ${message} (${code})`;
  if (issued.has(text)) return;
  issued.add(text);
  console.warn(text);
}
