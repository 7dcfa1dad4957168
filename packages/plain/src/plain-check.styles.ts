import { css } from 'lit';
import { token } from '@minga/core';

export const plainCheckStyles = css`
  .editor {
    position: relative;
    margin: 0 0 ${token('space-3')};
  }
  label {
    display: block;
    font-weight: ${token('font-weight-bold')};
    margin: 0 0 ${token('space-1')};
  }
  textarea,
  .backdrop {
    display: block;
    width: 100%;
    min-height: var(--minga-plain-check-min-height, 10rem);
    margin: 0;
    padding: ${token('space-2')};
    border: 1px solid ${token('color-border-strong')};
    border-radius: ${token('radius-md')};
    font: inherit;
    line-height: inherit;
    white-space: pre-wrap;
    overflow-wrap: break-word;
    word-break: normal;
  }
  textarea {
    position: relative;
    resize: vertical;
    background: transparent;
    color: ${token('color-text')};
  }
  .backdrop {
    position: absolute;
    inset: auto 0 0 0;
    height: 100%;
    overflow: hidden;
    color: transparent;
    background: ${token('color-surface')};
    border-color: transparent;
  }
  mark {
    color: transparent;
    background: ${token('color-highlight-bg')};
    border-radius: 2px;
    box-shadow: 0 2px 0 ${token('color-warning')};
  }
  .scores {
    margin: 0 0 ${token('space-2')};
  }
  .score {
    font-weight: ${token('font-weight-bold')};
    margin: 0;
  }
  .note,
  .others {
    margin: 0;
    font-size: ${token('font-size-sm')};
    color: ${token('color-text-muted')};
  }
  .title {
    font-weight: ${token('font-weight-bold')};
    margin: ${token('space-3')} 0 ${token('space-1')};
  }
  ol {
    margin: 0;
    padding: 0 0 0 ${token('space-5')};
  }
  li {
    margin: 0 0 ${token('space-2')};
  }
  q {
    font-style: italic;
  }
  .explain {
    display: block;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')};
    margin: ${token('space-1')} 0 0;
  }
  button {
    font: inherit;
    font-size: ${token('font-size-sm')};
    min-height: 2.75rem;
    padding: ${token('space-1')} ${token('space-3')};
    border: 1px solid ${token('color-primary')};
    border-radius: ${token('radius-md')};
    background: ${token('color-surface')};
    color: ${token('color-primary')};
    cursor: pointer;
  }
  button.apply {
    background: ${token('color-primary')};
    color: ${token('color-on-primary')};
  }
  .error {
    color: ${token('color-danger')};
  }
  @media (forced-colors: active) {
    mark {
      background: Highlight;
      forced-color-adjust: none;
    }
  }
`;
