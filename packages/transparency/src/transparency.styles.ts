import { css } from 'lit';
import { token } from '@minga/core';

/** Styles of `<minga-transparency>`: core tokens only, so a theme restyles everything. */
export const transparencyStyles = css`
  :host {
    display: block;
    color: ${token('color-text')};
  }
  :host([hidden]) {
    display: none;
  }
  .institution {
    margin: 0 0 ${token('space-2')};
    color: ${token('color-text-muted')};
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: ${token('space-3')};
    margin: 0 0 ${token('space-4')};
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: ${token('space-1')};
  }
  .field label,
  legend {
    font-weight: ${token('font-weight-bold')};
  }
  .search {
    flex: 1 1 16rem;
  }
  .hint {
    font-size: ${token('font-size-sm')};
    color: ${token('color-text-muted')};
  }
  select,
  input[type='search'] {
    font: inherit;
    min-height: 2.75rem;
    padding: ${token('space-1')} ${token('space-2')};
    border: 1px solid ${token('color-border-strong')};
    border-radius: ${token('radius-md')};
    background: ${token('color-surface')};
    color: ${token('color-text')};
  }
  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-1')} ${token('space-3')};
    margin: 0;
    padding: ${token('space-1')} ${token('space-2')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-md')};
  }
  fieldset label {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-1')};
    min-height: 2.25rem;
    cursor: pointer;
  }
  button {
    font: inherit;
    min-height: 2.75rem;
    padding: ${token('space-1')} ${token('space-3')};
    border: 1px solid ${token('color-primary')};
    border-radius: ${token('radius-md')};
    background: ${token('color-surface')};
    color: ${token('color-primary')};
    cursor: pointer;
  }
  button:hover {
    background: ${token('color-surface-alt')};
  }
  :is(select, input, button, a, [tabindex]):focus-visible {
    outline: ${token('focus-ring-width')} solid ${token('color-focus')};
    outline-offset: ${token('focus-ring-offset')};
  }
  a {
    color: ${token('color-link')};
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
  }
  h2 {
    font-size: ${token('font-size-lg')};
  }
  h3 {
    font-size: ${token('font-size-md')};
  }
  .summary {
    font-size: ${token('font-size-lg')};
    font-weight: ${token('font-weight-bold')};
    margin: ${token('space-2')} 0;
  }
  .deadline {
    margin: 0 0 ${token('space-3')};
    padding: ${token('space-2')} ${token('space-3')};
    border-inline-start: 4px solid ${token('color-primary')};
    background: ${token('color-surface')};
  }
  .deadline p {
    margin: 0;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: ${token('space-3')};
  }
  .item {
    padding: ${token('space-3')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-md')};
    background: ${token('color-surface')};
  }
  .item-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: ${token('space-2')};
  }
  .description {
    margin: ${token('space-1')} 0 ${token('space-2')};
    color: ${token('color-text-muted')};
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: ${token('space-1')} ${token('space-3')};
    margin: 0 0 ${token('space-2')};
    font-size: ${token('font-size-sm')};
  }
  dt {
    font-weight: ${token('font-weight-bold')};
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .files {
    margin: 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: ${token('space-2')};
  }
  .files li {
    overflow-wrap: anywhere;
  }
  .files button {
    min-height: 2.25rem;
    font-size: ${token('font-size-sm')};
    margin-inline-start: ${token('space-2')};
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-1')};
    padding: 0.125rem ${token('space-2')};
    border: 1px solid currentColor;
    border-radius: ${token('radius-pill')};
    font-size: ${token('font-size-sm')};
    font-weight: ${token('font-weight-bold')};
    white-space: nowrap;
  }
  .status svg {
    width: 1.1em;
    height: 1.1em;
    flex: none;
  }
  [data-status='published'] {
    color: ${token('color-success')};
  }
  [data-status='published-late'],
  [data-status='pending'] {
    color: ${token('color-warning')};
  }
  [data-status='late'] {
    color: ${token('color-danger')};
  }
  [data-status='not-applicable'],
  [data-status='none'],
  [data-status='future'] {
    color: ${token('color-text-muted')};
  }
  .preview {
    margin-top: ${token('space-3')};
    padding: ${token('space-3')};
    border: 2px solid ${token('color-primary')};
    border-radius: ${token('radius-md')};
    background: ${token('color-bg')};
  }
  .preview-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: ${token('space-2')};
    margin-bottom: ${token('space-2')};
  }
  .preview h4 {
    margin: 0;
    font-size: ${token('font-size-md')};
  }
  .scroll {
    overflow-x: auto;
    max-width: 100%;
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-md')};
  }
  table {
    border-collapse: separate;
    border-spacing: 0;
    min-width: 100%;
    font-size: ${token('font-size-sm')};
  }
  caption {
    text-align: start;
    padding: ${token('space-2')};
    font-weight: ${token('font-weight-bold')};
  }
  th,
  td {
    padding: ${token('space-1')} ${token('space-2')};
    border-bottom: 1px solid ${token('color-border')};
    text-align: center;
    background: ${token('color-bg')};
  }
  thead th {
    white-space: nowrap;
  }
  tbody th {
    text-align: start;
    font-weight: normal;
    min-width: 9rem;
    max-width: 16rem;
  }
  th:first-child {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    border-inline-end: 1px solid ${token('color-border')};
  }
  td .symbol {
    font-weight: ${token('font-weight-bold')};
    font-size: 1rem;
  }
  thead button {
    min-height: 2rem;
    padding: 0 ${token('space-1')};
    border-color: transparent;
    text-decoration: underline;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-1')} ${token('space-3')};
    margin: ${token('space-2')} 0 0;
    padding: 0;
    list-style: none;
    font-size: ${token('font-size-sm')};
  }
  .issues {
    margin: 0 0 ${token('space-3')};
    padding: ${token('space-2')} ${token('space-3')};
    border: 2px solid ${token('color-warning')};
    border-radius: ${token('radius-md')};
  }
  .issues summary {
    cursor: pointer;
    font-weight: ${token('font-weight-bold')};
  }
  .issues ul {
    margin: ${token('space-2')} 0 0;
    overflow-wrap: anywhere;
  }
  .error {
    padding: ${token('space-3')};
    border: 2px solid ${token('color-danger')};
    border-radius: ${token('radius-md')};
  }
  .error strong {
    color: ${token('color-danger')};
  }
  .notice {
    padding: ${token('space-3')};
    border: 1px dashed ${token('color-border')};
    border-radius: ${token('radius-md')};
  }
  .meta {
    margin: ${token('space-3')} 0 0;
    font-size: ${token('font-size-sm')};
    color: ${token('color-text-muted')};
  }
  @media (max-width: 30rem) {
    tbody th {
      min-width: 7.5rem;
      max-width: 45vw;
    }
  }
  @media print {
    .controls,
    .files button {
      display: none;
    }
  }
`;
