import { css } from 'lit';

/**
 * One stylesheet for the form's render root. Colours meet WCAG 2.1 AA contrast on white; the
 * focus ring is the GOV.UK/Designsystemet kind: thick, yellow with a dark edge, never removed.
 */
export const formStyles = css`
  :host {
    --_text: var(--tilskudd-color-text, #1a1a1a);
    --_muted: var(--tilskudd-color-muted, #505a5f);
    --_border: var(--tilskudd-color-border, #6f777b);
    --_accent: var(--tilskudd-color-accent, #1d4f91);
    --_error: var(--tilskudd-color-error, #b3261e);
    --_warning: var(--tilskudd-color-warning, #8a5300);
    --_focus: var(--tilskudd-color-focus, #ffdd00);
    --_surface: var(--tilskudd-color-surface, #f3f5f7);
    --_radius: var(--tilskudd-radius, 4px);
    display: block;
    /* Its own light ground: on a dark host page, inherited colours would leave dark text on dark. */
    background: var(--tilskudd-color-background, #fff);
    color-scheme: light;
    color: var(--_text);
    /* Norwegian compounds (organisasjonsnummeret) break rather than push the page sideways. */
    overflow-wrap: break-word;
    font-family: var(--tilskudd-font-family, inherit);
    /* Every size below is in em of this one, so --tilskudd-font-size scales headings too. */
    font-size: var(--tilskudd-font-size, 1rem);
    line-height: 1.5;
    max-width: var(--tilskudd-max-width, 52rem);
  }
  *, *::before, *::after { box-sizing: border-box; }
  h1 { font-size: 1.75em; line-height: 1.2; margin: 0 0 0.75rem; overflow-wrap: break-word; hyphens: auto; }
  h2 { font-size: 1.375em; line-height: 1.25; margin: 0 0 0.5rem; }
  h3 { font-size: 1.125em; margin: 0 0 0.5rem; }
  p { margin: 0 0 0.75rem; }
  .intro { color: var(--_muted); max-width: 40rem; }
  section { margin: 2.5rem 0 0; padding-top: 1.5rem; border-top: 1px solid #d0d5d9; }
  /* No content-visibility: auto on sections, though it saves 18-24 ms of layout at load: when a
     screen reader starts after the page, Chromium leaves the sections off screen out of the
     accessibility tree (their headings cannot be found), and Safari would cut focus rings. */
  section > h2:focus { outline: 3px solid var(--_focus); outline-offset: 2px; }
  fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
  legend { padding: 0; font-weight: 600; margin-bottom: 0.25rem; }
  .question > legend { font-size: 1.125em; margin-bottom: 0.5rem; }
  .question > .hint { margin-bottom: 1rem; }
  .field { margin: 0 0 1.5rem; }
  .field.invalid, .question.invalid { border-left: 4px solid var(--_error); padding-left: 0.75rem; }
  label, .label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
  .hint { display: block; color: var(--_muted); margin-bottom: 0.375rem; max-width: 40rem; }
  .message { display: block; font-weight: 600; margin: 0 0 0.375rem; }
  .message.error { color: var(--_error); }
  .message.warning { color: var(--_warning); }
  /* Not told by colour alone: a warning has its mark (GOV.UK's warning text), an error the field's bar. */
  .message.warning::before {
    content: '!' / ''; display: inline-block; width: 1.375em; height: 1.375em; margin-right: 0.375rem;
    border: 2px solid; border-radius: 50%; text-align: center; line-height: calc(1.375em - 4px); font-weight: 700;
  }
  .message.info { color: var(--_muted); font-weight: 400; }
  input[type='text'], input[type='email'], input[type='tel'], input:not([type]), select, textarea {
    font: inherit;
    color: inherit;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.375rem 0.5rem;
    background: #fff;
    width: 100%;
    max-width: 32rem;
    min-height: 2.5rem;
  }
  textarea { max-width: 40rem; resize: vertical; }
  input.short { max-width: 12rem; }
  input.amount { max-width: 11rem; text-align: right; font-variant-numeric: tabular-nums; }
  td input.amount { max-width: 100%; }
  [aria-invalid='true'] { border-color: var(--_error) !important; }
  :focus-visible { outline: 3px solid var(--_focus); outline-offset: 0; box-shadow: 0 0 0 5px var(--_text); }
  input:focus, select:focus, textarea:focus { outline: 3px solid var(--_focus); outline-offset: 0; box-shadow: inset 0 0 0 2px var(--_text); }
  .counter { display: block; color: var(--_muted); margin-top: 0.25rem; font-variant-numeric: tabular-nums; }
  .counter.over { color: var(--_error); font-weight: 600; }
  .choices { display: grid; gap: 0.5rem; }
  .choice { display: flex; gap: 0.5rem; align-items: flex-start; }
  .choice input { width: 1.5rem; height: 1.5rem; margin: 0; flex: none; accent-color: var(--_accent); }
  .choice label { font-weight: 400; margin: 0; }
  .choice .hint { margin: 0; }
  button {
    font: inherit;
    border-radius: var(--_radius);
    padding: 0.5rem 1rem;
    min-height: 2.75rem;
    cursor: pointer;
    border: 2px solid var(--_accent);
    background: #fff;
    color: var(--_accent);
  }
  button.primary { background: var(--_accent); color: #fff; font-weight: 600; }
  button.link { border: 0; background: none; padding: 0.25rem 0; min-height: 0; text-decoration: underline; }
  .repeat-item { border-left: 4px solid #d0d5d9; padding: 0.5rem 0 0.25rem 1rem; margin-bottom: 1.5rem; }
  .repeat-item > legend { font-size: 1.125em; }
  .repeat-actions { margin: -0.5rem 0 1rem; }
  .sr-only {
    position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0;
    overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
  }
  a { color: var(--_accent); }
  .actions { margin-top: 2rem; display: flex; gap: 1rem; flex-wrap: wrap; align-items: center; }
  /* Printed (a copy to sign off or file): every answer whole, no controls, questions kept with
     their answers. */
  .print-copy { display: none; }
  @media print {
    :host { max-width: none; }
    button, input[type='file'], input:has(+ .print-copy) { display: none; }
    .print-copy {
      display: block; max-width: 40rem; min-height: 2.5rem; padding: 0.375rem 0.5rem;
      border: 2px solid var(--_border); border-radius: var(--_radius); white-space: pre-wrap; overflow-wrap: anywhere;
    }
    textarea { field-sizing: content; resize: none; overflow: hidden; }
    .field, .choice, tr { break-inside: avoid; }
    h2, h3, legend, label, .hint { break-after: avoid; }
  }
`;

export const comboboxStyles = css`
  .combobox-wrap { position: relative; max-width: 32rem; }
  [role='listbox'] {
    position: absolute; z-index: 2; left: 0; right: 0; margin: 0; padding: 0; list-style: none;
    /* No max-height: the list holds at most 8 options, so none is cut off at its bottom edge. */
    background: #fff; border: 2px solid var(--_border); border-top: 0; overflow: auto;
  }
  [role='option'] { padding: 0.5rem; cursor: pointer; border-bottom: 1px solid #e6e9eb; }
  [role='option'][aria-selected='true'] { background: var(--_accent); color: #fff; }
  [role='option'][aria-selected='true'] .muted { color: #fff; }
  /* Forced colours drop the background: the option the keys are on keeps the system's highlight. */
  @media (forced-colors: active) {
    [role='option'][aria-selected='true'], [role='option'][aria-selected='true'] .muted { forced-color-adjust: none; background: Highlight; color: HighlightText; }
  }
  .muted { color: var(--_muted); font-size: 0.875em; }
`;

export const budgetStyles = css`
  /* Positioned, so a visually hidden header stays in the scroll box instead of widening the page;
     padded, so a focus ring at the edge is not cut. */
  .table-scroll { overflow-x: auto; max-width: 100%; position: relative; padding: 0 5px; }
  .table-scroll:focus-visible { outline: 3px solid var(--_focus); }
  /* Fixed layout and contained cells: a keystroke re-lays out its own cell and the totals, not
     every row (a budget can have hundreds of lines). */
  table { border-collapse: collapse; width: 100%; min-width: 44rem; table-layout: fixed; }
  col.amount { width: 9rem; }
  col.sum { width: 7.5rem; }
  col.actions { width: 8.5rem; }
  th, td { text-align: left; vertical-align: top; padding: 0.5rem 0.5rem 0.5rem 0; border-bottom: 1px solid #d0d5d9; overflow-wrap: anywhere; }
  td { contain: layout style; }
  /* A sized, contained input is a relayout boundary: typing lays out the input, not the table. */
  td input { height: 2.5rem; contain: size layout; }
  /* Sums and amounts in fixed boxes: a keystroke re-lays out these boxes only, not the table with
     hundreds of lines nor the page (500 lines: layout per key 1.9 ms → 0.2 ms). */
  td.sum > .figure, dd.amount > .figure { display: block; height: 1.5em; contain: size layout style; }
  th { font-weight: 600; }
  th .hint { font-weight: 400; font-size: 0.875em; margin: 0.25rem 0 0; }
  th.num, td.sum { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
  td.closed { color: var(--_muted); text-align: right; }
  /* Figures and buttons beside a 2.5rem input sit on the input's text line. */
  td.sum, td.closed { padding-top: calc(0.5rem + (2.5rem - 1.5em) / 2); }
  tr.has-lines td.sum, tfoot td.sum { padding-top: 0.5rem; }
  td > button.link { margin-top: calc((2.5rem - 1.5em) / 2 - 0.25rem); }
  td.closed .stray, td.closed .stray-remove { display: block; margin-left: auto; color: var(--_text); }
  tr.line td:first-child { padding-left: 1.5rem; }
  tr.line input[type='text']:not(.amount) { max-width: 100%; }
  tfoot th, tfoot td { border-top: 2px solid var(--_text); border-bottom: 0; font-weight: 700; }
  .summary h3:focus { outline: 3px solid var(--_focus); }
  .figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 0.25rem 2rem; margin: 0 0 1rem; }
  .figures div { display: flex; justify-content: space-between; gap: 1rem; border-bottom: 1px solid #e6e9eb; padding: 0.25rem 0; }
  .figures .emphasis { font-weight: 700; }
  .figures dd { margin: 0; font-variant-numeric: tabular-nums; white-space: nowrap; }
  .figures dd.amount { text-align: right; }
  /* Tabular digits: the shape "0 000 kr" is exactly as wide as every amount of that shape. */
  .figures dd.amount::before { content: attr(data-width); display: block; height: 0; overflow: hidden; visibility: hidden; }
  .bar { margin: 0; }
  /* A chart: its colours are its content, so forced colours leave them (the figures above say it
     in text). Only the marks: the legend's words take the theme's colours like all text. */
  .bar svg, .swatch { forced-color-adjust: none; }
  .bar svg { width: 100%; max-width: 40rem; height: 2rem; display: block; }
  .bar figcaption { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; font-size: 0.875em; margin-top: 0.25rem; }
  .key { display: inline-flex; align-items: center; gap: 0.375rem; }
  .swatch { width: 1rem; height: 1rem; display: inline-block; }
  .swatch.s0 { background: #1d4f91; }
  .swatch.s1 { background: #2f7d4a; }
  .swatch.s2 { background: #8a5300; }
  .swatch.line { width: 2px; background: #1a1a1a; }
  .guidance-group { margin-bottom: 1rem; }
  .guidance-group ul { margin: 0.25rem 0 0; padding-left: 1.25rem; }
  .guidance-group li { margin-bottom: 0.5rem; }
  details > summary { cursor: pointer; font-weight: 600; color: var(--_accent); }
  @media print {
    /* A wide budget prints whole rather than cut at the scroll box; the key's colours print. */
    .table-scroll { overflow: visible; }
    col.actions, .act, tr.add-line { display: none; }
    .swatch { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  }
`;
