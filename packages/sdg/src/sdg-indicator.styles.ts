import { css } from 'lit';
import { token } from '@minga/core';

export const styles = css`
  .header {
    margin: 0 0 ${token('space-3')};
  }
  .title {
    margin: 0;
    font-size: ${token('font-size-lg')};
    font-weight: ${token('font-weight-bold')};
  }
  .progress {
    margin: 0 0 ${token('space-3')};
  }
  .progress p {
    margin: ${token('space-1')} 0;
  }
  details summary {
    cursor: pointer;
    color: ${token('color-link')};
  }
  summary:focus-visible,
  button:focus-visible,
  select:focus-visible,
  input:focus-visible,
  a:focus-visible,
  .point:focus-visible {
    outline: ${token('focus-ring-width')} solid ${token('color-focus')};
    outline-offset: ${token('focus-ring-offset')};
  }
  dl {
    display: grid;
    grid-template-columns: fit-content(45%) minmax(0, 1fr);
    overflow-wrap: anywhere;
    gap: ${token('space-1')} ${token('space-3')};
    margin: ${token('space-2')} 0;
  }
  dt {
    font-weight: ${token('font-weight-bold')};
  }
  dd {
    margin: 0;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-3')};
    align-items: flex-start;
    margin: 0 0 ${token('space-3')};
  }
  fieldset {
    margin: 0;
    padding: ${token('space-1')} ${token('space-3')} ${token('space-2')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-md')};
  }
  legend {
    font-weight: ${token('font-weight-bold')};
  }
  fieldset label {
    display: flex;
    align-items: center;
    gap: ${token('space-1')};
    min-height: 24px;
  }
  input[type='checkbox'] {
    flex: none;
    width: 24px;
    height: 24px;
    margin: 0;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: ${token('space-1')};
    font-weight: ${token('font-weight-bold')};
  }
  select,
  button {
    font: inherit;
    min-height: 2.25rem;
    padding: 0 ${token('space-2')};
    border: 1px solid ${token('color-border-strong')};
    border-radius: ${token('radius-sm')};
    background: ${token('color-surface')};
    color: ${token('color-text')};
  }
  button {
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    background: ${token('color-primary')};
    border-color: ${token('color-primary')};
    color: ${token('color-on-primary')};
  }
  .combo {
    flex: 1 1 100%;
  }
  .combo-row {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')} ${token('space-3')};
    align-items: flex-end;
  }
  .combo .field {
    align-items: stretch;
    min-width: 8rem;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')};
    margin: ${token('space-2')} 0 0;
    padding: 0;
    list-style: none;
  }
  .chips li {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-1')};
    padding: 0 0 0 ${token('space-2')};
    border: 1px solid ${token('color-border-strong')};
    border-radius: ${token('radius-pill')};
    background: ${token('color-surface-alt')};
  }
  .chips .remove {
    min-width: 2.25rem;
    border-radius: ${token('radius-pill')};
    border-color: transparent;
    background: transparent;
    font-weight: ${token('font-weight-bold')};
  }
  .views {
    display: flex;
    gap: ${token('space-1')};
    margin: 0 0 ${token('space-2')};
  }
  .chart {
    position: relative;
  }
  svg.plot {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
    color: ${token('color-text')};
  }
  .axis text,
  .target-label {
    fill: ${token('color-text')};
    font-size: 12px;
  }
  .axis line,
  .axis path {
    stroke: ${token('color-border-strong')};
  }
  .grid line {
    stroke: ${token('color-border')};
  }
  .line {
    fill: none;
    stroke-width: 2.5;
  }
  .point {
    stroke: ${token('color-surface')};
    stroke-width: 1.5;
    cursor: pointer;
  }
  .target {
    fill: none;
    stroke: ${token('color-text')};
    stroke-width: 2;
  }
  .target-guide {
    stroke: ${token('color-text-muted')};
    stroke-dasharray: 2 4;
  }
  .s0 {
    color: var(--minga-sdg-series-1, ${token('color-primary')});
  }
  .s1 {
    color: var(--minga-sdg-series-2, ${token('color-danger')});
  }
  .s2 {
    color: var(--minga-sdg-series-3, ${token('color-success')});
  }
  .s3 {
    color: var(--minga-sdg-series-4, ${token('color-warning')});
  }
  .plot-box {
    position: relative;
  }
  .tooltip {
    position: absolute;
    transform: translate(14px, -50%);
    width: max-content;
    max-width: calc(50% - 20px);
    padding: ${token('space-1')} ${token('space-2')};
    border: 1px solid ${token('color-border-strong')};
    border-radius: ${token('radius-sm')};
    background: ${token('color-surface')};
    color: ${token('color-text')};
    box-shadow: ${token('shadow-md')};
    font-size: ${token('font-size-sm')};
    pointer-events: none;
  }
  .tooltip[data-side='start'] {
    transform: translate(calc(-100% - 14px), -50%);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-1')} ${token('space-4')};
    margin: ${token('space-2')} 0;
    padding: 0;
    list-style: none;
    font-size: ${token('font-size-sm')};
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: ${token('space-1')};
  }
  .summary {
    font-size: ${token('font-size-sm')};
    color: ${token('color-text-muted')};
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    min-width: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: ${token('font-weight-bold')};
    margin-bottom: ${token('space-1')};
  }
  th,
  td {
    padding: ${token('space-1')} ${token('space-2')};
    border-bottom: 1px solid ${token('color-border')};
    text-align: end;
  }
  th:first-child {
    text-align: start;
  }
  .downloads {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')} ${token('space-4')};
    align-items: center;
    margin: ${token('space-3')} 0;
  }
  .downloads a,
  .link {
    color: ${token('color-link')};
    background: none;
    border: none;
    padding: 0;
    min-height: 24px;
    text-decoration: underline;
  }
  .meta h3 {
    font-size: ${token('font-size-md')};
    margin: ${token('space-4')} 0 ${token('space-1')};
  }
  .error,
  .warning {
    padding: ${token('space-2')} ${token('space-3')};
    border-inline-start: 4px solid ${token('color-danger')};
    background: ${token('color-surface-alt')};
    margin: 0 0 ${token('space-3')};
  }
  .warning {
    border-color: ${token('color-warning')};
  }
  @media (forced-colors: active) {
    .s0,
    .s1,
    .s2,
    .s3 {
      color: CanvasText;
    }
  }
  @media print {
    .controls,
    .views,
    .downloads,
    .tooltip {
      display: none;
    }
    details > *:not(summary) {
      display: block;
    }
    /* A closed <details> hides its content in print too: show the numbers on paper. */
    details::details-content {
      content-visibility: visible;
      display: block;
    }
    details summary {
      list-style: none;
      color: inherit;
      font-weight: bold;
    }
    details summary::-webkit-details-marker {
      display: none;
    }
  }
`;
