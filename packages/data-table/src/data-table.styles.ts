import { css } from 'lit';
import { token } from '@minga/core';

// Notes on the rules below (comments stay out of the css`` literal):
// - below 40rem of container width each row becomes a labelled card; the explicit roles in
//   the template keep the table semantics for screen readers when `display` changes, and the
//   header becomes the "Ordenar por" select of the toolbar;
// - a long card label ("Remuneración mensual unificada (USD)") wraps inside its column.
export const styles = css`
  :host {
    container-type: inline-size;
    --_header-bg: var(--minga-data-table-header-background, ${token('color-surface-alt')});
    --_stripe: var(--minga-data-table-stripe-background, ${token('color-surface-alt')});
    --_border: var(--minga-data-table-border-color, ${token('color-border')});
    --_cell-py: var(--minga-data-table-cell-padding-block, ${token('space-2')});
    --_cell-px: var(--minga-data-table-cell-padding-inline, ${token('space-3')});
  }

  :host([density='compact']) {
    --_cell-py: var(--minga-data-table-cell-padding-block, ${token('space-1')});
    --_cell-px: var(--minga-data-table-cell-padding-inline, ${token('space-2')});
    font-size: ${token('font-size-sm')};
  }

  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }

  .btn {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-1')};
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: ${token('space-1')} ${token('space-3')};
    border: 1px solid ${token('color-border-strong')};
    border-radius: ${token('radius-sm')};
    background: ${token('color-surface')};
    cursor: pointer;
    justify-content: center;
  }

  .btn:hover:not(:disabled) {
    background: ${token('color-surface-alt')};
  }

  .btn:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  .btn[aria-expanded='true'],
  .btn-primary {
    background: ${token('color-primary')};
    color: ${token('color-on-primary')};
    border-color: ${token('color-primary')};
  }

  .btn[aria-expanded='true']:hover:not(:disabled),
  .btn-primary:hover:not(:disabled) {
    background: ${token('color-primary')};
    text-decoration: underline;
  }

  input:not([type='checkbox']),
  select {
    min-height: 2.75rem;
    padding: ${token('space-1')} ${token('space-2')};
    border: 1px solid ${token('color-border-strong')};
    border-radius: ${token('radius-sm')};
    background: ${token('color-surface')};
    max-width: 100%;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: ${token('space-2')};
    margin-block-end: ${token('space-3')};
  }

  .search {
    display: flex;
    flex-direction: column;
    gap: ${token('space-1')};
    flex: 1 1 16rem;
  }

  .search label,
  .field label {
    font-size: ${token('font-size-sm')};
    font-weight: ${token('font-weight-bold')};
  }

  .search input {
    width: 100%;
  }

  .panel {
    flex: 1 1 100%;
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-md')};
    background: ${token('color-surface')};
    padding: ${token('space-3')};
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: ${token('space-1')};
  }

  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')};
    align-items: center;
    margin: 0 0 ${token('space-3')};
    padding: 0;
    list-style: none;
  }

  .chip {
    border-radius: ${token('radius-pill')};
    background: ${token('color-surface-alt')};
  }

  .scroller {
    overflow: auto;
    max-width: 100%;
    border: 1px solid var(--_border);
    border-radius: ${token('radius-md')};
    background:
      linear-gradient(to right, ${token('color-surface')} 30%, transparent) left / 2.5rem 100%
        no-repeat local,
      linear-gradient(to left, ${token('color-surface')} 30%, transparent) right / 2.5rem 100%
        no-repeat local,
      radial-gradient(farthest-side at 0 50%, rgb(0 0 0 / 0.25), transparent) left / 0.875rem 100%
        no-repeat scroll,
      radial-gradient(farthest-side at 100% 50%, rgb(0 0 0 / 0.25), transparent) right / 0.875rem
        100% no-repeat scroll,
      ${token('color-surface')};
  }

  :host([virtual]) .scroller {
    max-height: var(--minga-data-table-height, 70vh);
  }

  .scroll-hint {
    font-size: ${token('font-size-sm')};
    color: ${token('color-text-muted')};
    margin: 0 0 ${token('space-1')};
  }

  .scroll-hint[data-idle] {
    visibility: hidden;
  }

  table {
    border-collapse: separate;
    border-spacing: 0;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }

  caption,
  .caption {
    text-align: start;
    font-size: ${token('font-size-lg')};
    font-weight: ${token('font-weight-bold')};
    padding: ${token('space-3')};
    margin: 0;
  }

  th,
  td {
    padding: var(--_cell-py) var(--_cell-px);
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }

  thead th {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_header-bg);
    font-weight: ${token('font-weight-bold')};
    white-space: nowrap;
    vertical-align: bottom;
  }

  tbody tr:nth-child(even of .row) {
    background: var(--_stripe);
  }

  tbody tr.row:hover {
    background: color-mix(in srgb, ${token('color-primary')} 8%, transparent);
  }

  .num {
    text-align: end;
    white-space: nowrap;
  }

  .nowrap {
    white-space: nowrap;
  }

  .sort-select {
    display: none;
  }

  th.num .sort {
    flex-direction: row-reverse;
  }

  :host([virtual]) td {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    max-width: 32rem;
  }

  .sort {
    all: unset;
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    gap: ${token('space-1')};
    min-height: 2.75rem;
    cursor: pointer;
    border-radius: ${token('radius-sm')};
    padding-inline: ${token('space-1')};
    margin-inline: calc(-1 * ${token('space-1')});
  }

  .sort:focus-visible {
    outline: ${token('focus-ring-width')} solid ${token('color-focus')};
    outline-offset: 0;
  }

  .sort:hover .label {
    text-decoration: underline;
  }

  .sort-icon {
    display: inline-block;
    width: 1em;
    text-align: center;
    color: ${token('color-text-muted')};
  }

  th[aria-sort] .sort-icon {
    color: ${token('color-text')};
  }

  .sort-rank {
    font-size: ${token('font-size-xs')};
    vertical-align: super;
  }

  mark {
    background: ${token('color-highlight-bg')};
    color: ${token('color-highlight-text')};
    border-radius: 2px;
  }

  a {
    color: ${token('color-link')};
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }

  .more {
    all: unset;
    cursor: pointer;
    color: ${token('color-link')};
    text-decoration: underline;
    margin-inline-start: ${token('space-1')};
  }

  .more:focus-visible {
    outline: ${token('focus-ring-width')} solid ${token('color-focus')};
  }

  .state {
    padding: ${token('space-5')} ${token('space-4')};
    text-align: center;
  }

  .state p {
    margin: 0 0 ${token('space-3')};
  }

  .error {
    border: 2px solid ${token('color-danger')};
    border-radius: ${token('radius-md')};
    padding: ${token('space-4')};
    margin-block-end: ${token('space-3')};
  }

  .part-error {
    border-inline-start: 4px solid ${token('color-danger')};
    padding: ${token('space-2')} ${token('space-3')};
    margin: 0 0 ${token('space-3')};
    color: ${token('color-text')};
  }

  .panel .part-error {
    margin: 0;
  }

  .error h2 {
    font-size: ${token('font-size-lg')};
    margin: 0 0 ${token('space-2')};
    color: ${token('color-danger')};
  }

  .warnings {
    font-size: ${token('font-size-sm')};
    color: ${token('color-text-muted')};
    margin-block-end: ${token('space-2')};
  }

  .warnings ul {
    margin: ${token('space-1')} 0 0;
    padding-inline-start: ${token('space-5')};
  }

  .skeleton {
    padding: ${token('space-3')};
  }

  .skeleton-row {
    display: flex;
    gap: ${token('space-4')};
    padding-block: ${token('space-2')};
  }

  .skeleton span {
    flex: 1;
    height: 1em;
    border-radius: ${token('radius-sm')};
    background: ${token('color-surface-alt')};
    animation: pulse 1.2s ease-in-out infinite;
  }

  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }

  progress {
    width: min(20rem, 100%);
  }

  .pagination {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: ${token('space-2')};
    margin-block-start: ${token('space-3')};
  }

  .pages {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-1')};
  }

  .page-size {
    display: flex;
    align-items: center;
    gap: ${token('space-2')};
  }

  .spacer td {
    padding: 0;
    border: 0;
  }

  @container (max-width: 40rem) {
    .scroller {
      border: 0;
      background: none;
      overflow: visible;
    }

    :host([virtual]) .scroller {
      overflow: auto;
    }

    table,
    tbody,
    tr {
      display: block;
    }

    caption {
      display: block;
      padding-inline: 0;
    }

    thead {
      display: none;
    }

    .sort-select {
      display: flex;
      flex: 1 1 100%;
      min-width: 0;
    }

    .sort-select select {
      width: 100%;
    }

    tbody tr.row {
      border: 1px solid var(--_border);
      border-radius: ${token('radius-md')};
      padding: ${token('space-2')} ${token('space-3')};
      background: ${token('color-surface')};
      margin-block-end: ${token('space-3')};
    }

    tbody tr:nth-child(even of .row) {
      background: ${token('color-surface')};
    }

    .nowrap {
      white-space: normal;
    }

    td {
      display: grid;
      grid-template-columns: minmax(6rem, 40%) minmax(0, 1fr);
      gap: ${token('space-2')};
      border: 0;
      padding: ${token('space-1')} 0;
      overflow-wrap: anywhere;
    }

    :host([virtual]) td {
      white-space: normal;
      max-width: none;
    }

    td::before {
      content: attr(data-label);
      font-weight: ${token('font-weight-bold')};
      color: ${token('color-text-muted')};
      white-space: normal;
      min-width: 0;
      overflow-wrap: anywhere;
      hyphens: auto;
    }

    .num {
      text-align: start;
    }

    .scroll-hint {
      display: none;
    }
  }

  @media print {
    .toolbar,
    .panel,
    .chips,
    .pagination,
    .more {
      display: none !important;
    }

    .scroller {
      overflow: visible;
      max-height: none !important;
      border: 0;
      background: none;
    }
  }
`;
