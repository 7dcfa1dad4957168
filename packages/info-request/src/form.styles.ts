import { css } from 'lit';
import { token } from '@minga/core';

/** Form controls, notices and buttons shared by <minga-info-request> and <minga-request-status>. */
export const formStyles = css`
  :host {
    --minga-request-max-width: 42rem;
    max-width: var(--minga-request-max-width);
    overflow-wrap: anywhere;
  }

  h2,
  h3 {
    line-height: ${token('line-height-tight')};
    margin: 0 0 ${token('space-3')};
  }

  h2 {
    font-size: ${token('font-size-2xl')};
  }

  h3 {
    font-size: ${token('font-size-xl')};
  }

  h2:focus,
  .error-summary:focus {
    outline: ${token('focus-ring-width')} solid ${token('color-focus')};
    outline-offset: ${token('focus-ring-offset')};
  }

  p {
    margin: 0 0 ${token('space-4')};
  }

  a {
    color: ${token('color-link')};
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }

  a:hover {
    text-decoration-thickness: 3px;
  }

  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }

  .section {
    margin: 0 0 ${token('space-6')};
    padding: ${token('space-4')} 0 0;
    border-top: 1px solid ${token('color-border')};
  }

  .section > legend {
    padding: 0;
    float: left;
    width: 100%;
    margin-bottom: ${token('space-4')};
  }

  .section > legend h3 {
    margin: 0;
  }

  .section > legend + * {
    clear: both;
  }

  .field {
    margin: 0 0 ${token('space-5')};
  }

  .field--error {
    border-left: 4px solid ${token('color-danger')};
    padding-left: ${token('space-3')};
  }

  label,
  .group-legend {
    display: block;
    font-weight: ${token('font-weight-bold')};
    margin-bottom: ${token('space-1')};
  }

  .group-legend {
    padding: 0;
  }

  .optional {
    font-weight: ${token('font-weight-normal')};
    color: ${token('color-text-muted')};
  }

  .hint {
    color: ${token('color-text-muted')};
    margin: 0 0 ${token('space-2')};
  }

  .error-message {
    color: ${token('color-danger')};
    font-weight: ${token('font-weight-bold')};
    margin: 0 0 ${token('space-2')};
  }

  input[type='text'],
  input[type='email'],
  input[type='tel'],
  input:not([type]),
  select,
  textarea {
    display: block;
    width: 100%;
    max-width: 100%;
    min-height: 2.75rem;
    padding: ${token('space-2')};
    font: inherit;
    color: ${token('color-text')};
    background: ${token('color-bg')};
    border: 2px solid ${token('color-border-strong')};
    border-radius: ${token('radius-sm')};
  }

  .width-20 {
    max-width: 20em;
  }

  textarea {
    resize: vertical;
  }

  [aria-invalid='true'] {
    border-color: ${token('color-danger')};
  }

  .choice {
    display: flex;
    align-items: flex-start;
    gap: ${token('space-2')};
    margin: 0 0 ${token('space-2')};
    min-height: 2.75rem;
  }

  .choice input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0.6rem 0 0;
    accent-color: ${token('color-primary')};
  }

  .choice label {
    font-weight: ${token('font-weight-normal')};
    padding: ${token('space-2')} 0;
    margin: 0;
    cursor: pointer;
  }

  .choices-inline {
    display: flex;
    flex-wrap: wrap;
    column-gap: ${token('space-5')};
  }

  .conditional {
    margin: 0 0 ${token('space-4')} 0.7rem;
    padding-left: ${token('space-4')};
    border-left: 4px solid ${token('color-border')};
  }

  .count {
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-sm')};
    margin: ${token('space-1')} 0 0;
  }

  .count--over {
    color: ${token('color-danger')};
    font-weight: ${token('font-weight-bold')};
  }

  button {
    font: inherit;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: ${token('space-2')} ${token('space-4')};
    border-radius: ${token('radius-sm')};
    border: 2px solid ${token('color-primary')};
    cursor: pointer;
  }

  .button-primary {
    color: ${token('color-on-primary')};
    background: ${token('color-primary')};
    font-weight: ${token('font-weight-bold')};
  }

  .button-secondary {
    color: ${token('color-primary')};
    background: ${token('color-bg')};
  }

  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }

  .link-button {
    border: 0;
    padding: 0;
    min-height: 0;
    min-width: 0;
    background: none;
    color: ${token('color-link')};
    text-decoration: underline;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-3')};
    align-items: center;
    margin: ${token('space-5')} 0;
  }

  .notice {
    border-left: 6px solid ${token('color-info')};
    background: ${token('color-surface-alt')};
    padding: ${token('space-3')} ${token('space-4')};
    margin: 0 0 ${token('space-5')};
  }

  .notice > :last-child {
    margin-bottom: 0;
  }

  .notice--warning {
    border-left-color: ${token('color-warning')};
  }

  .notice--danger {
    border-left-color: ${token('color-danger')};
  }

  .notice--success {
    border-left-color: ${token('color-success')};
  }

  .notice-title {
    font-weight: ${token('font-weight-bold')};
    font-size: ${token('font-size-lg')};
    margin: 0 0 ${token('space-2')};
  }

  .error-summary {
    border: 4px solid ${token('color-danger')};
    padding: ${token('space-4')};
    margin: 0 0 ${token('space-5')};
  }

  .error-summary ul {
    margin: 0;
    padding-left: ${token('space-5')};
  }

  .error-summary li {
    margin: 0 0 ${token('space-2')};
  }

  .error-summary a {
    color: ${token('color-danger')};
    font-weight: ${token('font-weight-bold')};
  }

  .spinner-text::before {
    content: '';
    display: inline-block;
    width: 1em;
    height: 1em;
    margin-right: ${token('space-2')};
    vertical-align: -0.15em;
    border: 3px solid ${token('color-border')};
    border-top-color: ${token('color-primary')};
    border-radius: 50%;
    animation: spin 1s linear infinite;
  }

  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }

  .summary-list {
    margin: 0 0 ${token('space-5')};
    padding: 0;
  }

  .summary-list > div {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: ${token('space-1')};
    padding: ${token('space-3')} 0;
    border-bottom: 1px solid ${token('color-border')};
  }

  .summary-list dt {
    font-weight: ${token('font-weight-bold')};
  }

  .summary-list dd {
    margin: 0;
  }

  .summary-list dd.value {
    white-space: pre-wrap;
  }

  @media (min-width: 40em) {
    .summary-list > div {
      grid-template-columns: 12rem minmax(0, 1fr) auto;
      gap: ${token('space-4')};
    }
  }
`;
