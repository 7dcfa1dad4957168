/**
 * What the elements share: message registration (called from each element module, so
 * bundlers never drop it), the status icon and its styles.
 */
import { css, svg, type SVGTemplateResult } from 'lit';
import { registerTranslation, token } from '@minga/core';
import { es, type SdgMessages } from './locales/es.js';
import { en } from './locales/en.js';
import type { ProgressStatus } from './progress.js';

declare module '@minga/core' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface MingaMessages extends SdgMessages {}
}

let registered = false;
/** Registers the Spanish and English messages of @minga/sdg (once). */
export function registerSdgMessages(): void {
  if (registered) return;
  registered = true;
  registerTranslation('es', es);
  registerTranslation('en', en);
}

const ICON_PATHS: Record<ProgressStatus, string> = {
  // A tick: achieved.
  target_achieved: 'M4 10.5l4 4 8-9',
  // Two chevrons up: substantial.
  substantial_progress: 'M4 11l6-6 6 6M4 17l6-6 6 6',
  // One chevron up: moderate.
  moderate_progress: 'M4 13l6-6 6 6',
  // A flat line with an arrow: limited.
  limited_progress: 'M3 10h13M12 6l4 4-4 4',
  // A chevron down: deterioration.
  deterioration: 'M4 7l6 6 6-6',
  // A dash: not available.
  not_available: 'M5 10h10',
};

/** A status icon (decorative: the label next to it says the same in words). */
export function statusIcon(status: ProgressStatus): SVGTemplateResult {
  return svg`<svg class="status-icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false"><path d=${ICON_PATHS[status]} fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"></path></svg>`;
}

/** Badge styles for `<span class="status" data-status=…>`; colours are tokens, text says it. */
export const statusStyles = css`
  .status {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-1')};
    padding: 0.125rem ${token('space-2')};
    border: 1px solid currentColor;
    border-radius: ${token('radius-pill')};
    font-size: ${token('font-size-sm')};
    font-weight: ${token('font-weight-bold')};
    background: ${token('color-surface')};
    color: ${token('color-text')};
  }
  .status-icon {
    flex: none;
    width: 1.1em;
    height: 1.1em;
  }
  .status[data-status='target_achieved'],
  .status[data-status='substantial_progress'],
  .status[data-status='moderate_progress'] {
    color: ${token('color-success')};
  }
  .status[data-status='limited_progress'] {
    color: ${token('color-warning')};
  }
  .status[data-status='deterioration'] {
    color: ${token('color-danger')};
  }
  .status[data-status='not_available'] {
    color: ${token('color-text-muted')};
  }
`;
