import { css } from 'lit';
import { token } from '@minga/core';

// The rules only the panels use: they come with the panels' chunk, and the element adopts
// them when the panels arrive (see `MingaDataTable#adoptPanelStyles`).
export const panelStyles = css`
  fieldset legend {
    font-size: ${token('font-size-sm')};
    font-weight: ${token('font-weight-bold')};
  }

  .range input {
    width: 100%;
  }

  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
    gap: ${token('space-3')};
  }

  fieldset {
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-sm')};
    margin: 0;
    padding: ${token('space-2')} ${token('space-3')} ${token('space-3')};
    min-width: 0;
  }

  .range {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: ${token('space-2')};
  }

  .range:has([type='date']) {
    grid-template-columns: 1fr;
  }

  .check {
    display: flex;
    align-items: center;
    gap: ${token('space-2')};
    min-height: 2rem;
  }

  .check input {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
  }

  .count {
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-sm')};
  }

  .columns-list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
    gap: ${token('space-1')} ${token('space-3')};
  }
`;
