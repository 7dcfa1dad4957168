import { css } from 'lit';
import { token } from '@minga/core';

/** Styles of <minga-info-request> beyond the shared form styles. */
export const styles = css`
  .examples {
    margin: 0 0 ${token('space-3')};
  }

  .examples summary {
    color: ${token('color-link')};
    text-decoration: underline;
    cursor: pointer;
    min-height: 1.5rem;
  }

  .examples ul {
    margin: ${token('space-2')} 0 0;
    padding-left: ${token('space-5')};
    color: ${token('color-text-muted')};
  }

  .file {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-3')};
    align-items: baseline;
    margin: ${token('space-2')} 0 0;
  }

  .file .link-button {
    min-height: 1.5rem;
  }

  .draft-notice {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-3')};
    align-items: center;
  }

  .draft-notice p {
    flex: 1 1 16rem;
    margin: 0;
  }

  .receipt-panel {
    background: ${token('color-primary')};
    color: ${token('color-on-primary')};
    padding: ${token('space-5')};
    border-radius: ${token('radius-md')};
    margin: 0 0 ${token('space-5')};
    text-align: center;
  }

  .receipt-panel h2:focus {
    outline-color: ${token('color-on-primary')};
  }

  .receipt-panel p {
    margin: 0;
  }

  .code {
    font-size: ${token('font-size-2xl')};
    font-weight: ${token('font-weight-bold')};
    font-family: ${token('font-family-mono')};
    letter-spacing: 0.03em;
  }

  .access-key {
    display: block;
    font-family: ${token('font-family-mono')};
    font-weight: ${token('font-weight-bold')};
  }

  .access-key-hint {
    display: block;
  }

  .receipt-list > div {
    grid-template-columns: minmax(0, 1fr);
  }

  @media (min-width: 40em) {
    .access-key-hint {
      display: block;
    }

    .receipt-list > div {
      grid-template-columns: 16rem minmax(0, 1fr);
    }
  }

  .links {
    padding-left: ${token('space-5')};
  }

  .links li {
    margin: 0 0 ${token('space-2')};
  }

  @media print {
    .no-print,
    .preview-banner {
      display: none !important;
    }

    .receipt-panel {
      color: #000;
      background: none;
      border: 2px solid #000;
    }

    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.875em;
    }
  }
`;
