import { css } from 'lit';

/** The banners, the bar under the form and the receipt: in the form's styles from the start. */
export const draftStyles = css`
  .draft-banner {
    border-left: 6px solid var(--_accent);
    background: var(--_surface);
    padding: 0.75rem 1rem;
    margin: 0 0 1.5rem;
  }
  .draft-banner:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .draft-banner.warning {
    border-left-color: var(--_warning);
  }
  .draft-banner p,
  .draft-bar p {
    margin: 0 0 0.5rem;
  }
  .draft-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .draft-bar {
    margin-top: 1.5rem;
    padding-top: 1rem;
    border-top: 1px solid var(--_border);
    color: var(--_muted);
  }
  .draft-note.error {
    color: var(--_error);
  }
  form[inert] {
    opacity: 0.6;
  }
  .receipt dl {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: 0.25rem 1rem;
  }
  .receipt dt {
    font-weight: 600;
  }
  .receipt dd {
    margin: 0;
    white-space: pre-wrap;
  }
  @media print {
    .receipt .no-print {
      display: none;
    }
  }
`;
