import { css } from 'lit';

/** Accounts tables and attachments: the rest comes from the budget's table styles. */
export const accountsStyles = css`
  .accounts caption { text-align: left; caption-side: top; padding-bottom: 0.5rem; }
  .accounts caption .label:focus { outline: 3px solid var(--_focus); }
  .accounts table { min-width: 48rem; }
  .accounts th.group-head { text-align: center; border-bottom: 2px solid var(--_border); }
  .accounts input.amount { min-width: 7rem; }
  .accounts th[scope='row'] input[type='text'] { min-width: 12rem; }
  .accounts tr.large th[scope='row'] { border-left: 4px solid var(--_warning); padding-left: 0.5rem; }
  .accounts > button { margin-top: 0.75rem; }
  .explanation { margin-top: 1rem; }
  .attachment input[type='file'] { font: inherit; max-width: 32rem; }
  .attachment .file { margin: 0.5rem 0 0; }
`;
