/** What the inbox elements share: message registration and styles. */
import { css } from 'lit';
import { registerTranslation, token } from '@minga/core';
import { es, type StaffMessages } from './locales/es.js';
import { en } from './locales/en.js';

declare module '@minga/core' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface MingaMessages extends StaffMessages {}
}

let registered = false;
/** Registers the inbox's Spanish and English messages (once). */
export function registerStaffMessages(): void {
  if (registered) return;
  registered = true;
  registerTranslation('es', es);
  registerTranslation('en', en);
}

/** Forms, buttons, badges and alerts, shared by the inbox elements. */
export const staffStyles = css`
  h1,
  h2,
  h3 {
    line-height: ${token('line-height-tight')};
    margin: 0 0 ${token('space-3')};
  }
  h1 {
    font-size: ${token('font-size-2xl')};
  }
  h2 {
    font-size: ${token('font-size-xl')};
  }
  h3 {
    font-size: ${token('font-size-lg')};
  }
  h1:focus,
  h2:focus {
    outline: none;
  }
  h1:focus-visible,
  h2:focus-visible {
    outline: ${token('focus-ring-width')} solid ${token('color-focus')};
  }
  a {
    color: ${token('color-link')};
  }
  label,
  .label {
    display: block;
    font-weight: ${token('font-weight-bold')};
    margin-block-end: ${token('space-1')};
  }
  input[type='text'],
  input[type='email'],
  input[type='password'],
  input[type='url'],
  input[type='search'],
  input[type='number'],
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: ${token('color-surface')};
    border: 1px solid ${token('color-border-strong')};
    border-radius: ${token('radius-sm')};
    padding: ${token('space-2')};
    min-height: 2.75rem;
    width: 100%;
    max-width: 36rem;
  }
  textarea {
    min-height: 6rem;
  }
  input[type='file'] {
    font: inherit;
    max-width: 100%;
  }
  [aria-invalid='true'] {
    border-color: ${token('color-danger')};
    border-width: 2px;
  }
  .field {
    margin-block-end: ${token('space-4')};
  }
  .hint {
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-sm')};
    margin: ${token('space-1')} 0 0;
  }
  .field-error {
    color: ${token('color-danger')};
    font-weight: ${token('font-weight-bold')};
    margin: ${token('space-1')} 0 0;
  }
  button,
  .button {
    font: inherit;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: ${token('space-2')} ${token('space-4')};
    border-radius: ${token('radius-sm')};
    border: 2px solid ${token('color-primary')};
    background: ${token('color-primary')};
    color: ${token('color-on-primary')};
    cursor: pointer;
    text-decoration: none;
  }
  button.secondary,
  .button.secondary {
    background: ${token('color-surface')};
    color: ${token('color-primary')};
  }
  button[disabled] {
    opacity: 0.7;
    cursor: progress;
  }
  .alert {
    border: 2px solid ${token('color-danger')};
    border-inline-start-width: 0.5rem;
    border-radius: ${token('radius-sm')};
    padding: ${token('space-3')};
    margin-block: ${token('space-3')};
    background: ${token('color-surface')};
  }
  .alert.ok {
    border-color: ${token('color-success')};
  }
  .alert p {
    margin: 0;
  }
  .badge {
    display: inline-block;
    border: 2px solid currentColor;
    border-radius: ${token('radius-pill')};
    padding: 0 ${token('space-2')};
    font-size: ${token('font-size-sm')};
    font-weight: ${token('font-weight-bold')};
    white-space: nowrap;
  }
  .badge.overdue {
    color: ${token('color-danger')};
  }
  .badge.week {
    color: ${token('color-warning')};
  }
`;

/** The localized message of an API error code. */
export function errorKey(code: string): string {
  switch (code) {
    case 'invalid_credentials':
    case 'rate_limited':
    case 'network':
    case 'csrf':
    case 'not_found':
      return `staff.error.${code}`;
    default:
      return 'staff.error.server';
  }
}
