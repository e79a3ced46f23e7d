import { css } from 'lit';

/** Accounts tables and attachments: the rest comes from the budget's table styles. */
export const accountsStyles = css`
  .accounts caption { text-align: left; caption-side: top; padding-bottom: 0.5rem; }
  .accounts caption .label:focus { outline: 3px solid var(--_focus); }
  .accounts .table-scroll { margin-bottom: 1.25rem; }
  .accounts caption { font-weight: 600; font-size: 1.0625em; }
  .accounts caption .hint { font-weight: 400; font-size: calc(1em / 1.0625); }
  .accounts table { min-width: 48rem; table-layout: fixed; }
  .accounts thead th:first-child { width: 30%; }
  .accounts thead th.action-col { width: 5rem; }
  .accounts th.num { white-space: normal; }
  .accounts input.amount { width: 100%; max-width: 9rem; }
  .accounts th[scope='row'] input[type='text'] { max-width: 100%; font-weight: 400; }
  .accounts tr.large th[scope='row'] { border-left: 4px solid var(--_warning); padding-left: 0.5rem; }
  .accounts > button { margin-top: 0.75rem; }
  .explanation { margin-top: 1rem; }
  .attachment input[type='file'] { font: inherit; max-width: min(100%, 32rem); }
  .attachment .file { margin: 0.5rem 0 0; }
`;
