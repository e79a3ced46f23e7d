import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  accountsColumns,
  accountsRows,
  cellOf,
  cellPath,
  isLarge,
  openColumns,
  sumAccounts,
  type AccountsRowSums,
  type AccountsRowView,
  type Deviation,
} from '../../core/accounts.js';
import type { AccountsField, BudgetColumn, Field, TextField } from '../../core/definition.js';
import { formatAmount, formatNumber } from '../../core/parse/amount.js';
import { charCount } from '../../core/parse/text.js';
import { joinPath } from '../../core/path.js';
import { inSentence, t } from '../../i18n/texts.js';
import { fieldId, type RenderContext } from './context.js';
import { amountCell, counterText, lineWhat, messages, strayAmount } from './fields.js';

/** Cells borrow the `amount` type, so they parse and validate like any amount (ALL-1). */
const amountField = (key: string): Field => ({ key, type: 'amount', label: key });

const kroner = (d: Deviation | undefined) => (d ? formatNumber(d.difference, 0, 'exceptZero') : '');
const percent = (d: Deviation | undefined) => (d?.percent == null ? '–' : `${formatNumber(d.percent, 1, 'exceptZero')}\u00a0%`);

/**
 * Budget against actual: a table per payer column (one table without columns), one row per cost
 * element or line, with budget, actual and the difference in kroner and per cent, totals in the
 * footer, all recomputed on every keystroke. Inputs are named by their row, table and column.
 */
export function renderAccounts(ctx: RenderContext, field: AccountsField, path: string, value: unknown): TemplateResult {
  const id = fieldId(path);
  const columns = accountsColumns(field);
  const grouped = !!field.columns;
  const sums = sumAccounts(field, value);
  const views = accountsRows(field, value);
  const lines = !field.rows;
  const head = (key: string, side: string) => `${id}-${key}-${side}`;
  const captionId = (key: string) => `${id}-caption-${key}`;

  /** A cell is named by its row, table and column. */
  const labelledBy = (rowHead: string, column: BudgetColumn, side: 'budget' | 'actual') =>
    [rowHead, grouped ? captionId(column.key) : '', head(column.key, side)].filter(Boolean).join(' ');

  const input = (view: AccountsRowView, rowHead: string, column: BudgetColumn, side: 'budget' | 'actual') => {
    const at = joinPath(cellPath(field, joinPath(path, view.at), column.key), side);
    return amountCell(ctx, amountField(side), at, labelledBy(rowHead, column, side), cellOf(field, view.value, column.key)[side]);
  };

  const cells = (view: AccountsRowView, sum: AccountsRowSums, rowHead: string, column: BudgetColumn) => {
    if (!openColumns(field, view.row).includes(column)) {
      return html`<td class="closed" colspan="4">
        <span aria-hidden="true">—</span><span class="sr-only">${msg(str`${t(column.label)}: ikke tillatt`, { id: 'accounts.closed' })}</span>
        ${closedStray(ctx, field, path, view, column, (side) => labelledBy(rowHead, column, side))}
      </td>`;
    }
    const d = sum.cells[column.key];
    // No actual yet: no difference to show.
    const known = sum.reported && typeof cellOf(field, view.value, column.key).actual === 'number';
    return html`${input(view, rowHead, column, 'budget')} ${input(view, rowHead, column, 'actual')}
      <td class="sum" data-diff=${`${view.key}-${column.key}`}>${known ? kroner(d) : '–'}</td>
      <td class="sum" data-percent=${`${view.key}-${column.key}`}>${known ? percent(d) : '–'}</td>`;
  };

  const row = (view: AccountsRowView, i: number, column: BudgetColumn) => {
    const sum = sums.rows[i]!;
    const rowHead = `${id}-row-${view.key}-${column.key}`;
    if (!lines) {
      return html`<tr class=${sum.large ? 'large' : ''}>
        <th scope="row" id=${rowHead}>${t(view.label)}${view.row?.hint ? html`<span class="hint">${t(view.row.hint)}</span>` : nothing}</th>
        ${cells(view, sum, rowHead, column)}
      </tr>`;
    }
    const whatPath = joinPath(joinPath(path, view.at), 'what');
    const whatId = fieldId(whatPath);
    const lineName = t(field.lineLabel ?? 'accounts.line', { n: i + 1 });
    return html`<tr class=${sum.large ? 'large' : ''}>
      <th scope="row" data-path=${whatPath}>
        <label class="sr-only" for=${whatId}>${msg(str`${lineName}: hva kostnaden gjelder`, { id: 'accounts.line.what' })}</label>
        <span class="sr-only" id=${`${whatId}-name`}>${lineName}</span>
        ${lineWhat(ctx, whatPath, view.value.what)}
      </th>
      ${cells(view, sum, `${whatId}-name`, column)}
      <td class="act">
        <button type="button" class="link" @click=${() => removeLine(ctx, path, i, lineName)}>
          ${msg('Fjern', { id: 'budget.line.remove' })}<span class="sr-only"> ${inSentence(lineName)}</span>
        </button>
      </td>
    </tr>`;
  };

  const table = (column: BudgetColumn) => {
    const d = sums.columns[column.key]!;
    return html`<div class="table-scroll" role="region" aria-labelledby=${captionId(column.key)} tabindex="0">
      <table data-column=${column.key}>
        <caption id=${captionId(column.key)}>
          ${grouped
            ? t(column.label)
            : html`<span id=${id} tabindex="-1" class="label">${t(field.label)}</span>
                ${field.hint ? html`<span class="hint">${t(field.hint)}</span>` : nothing}`}
        </caption>
        <thead>
          <tr>
            <th scope="col">${lines ? msg('Hva kostnaden gjelder', { id: 'budget.line.what' }) : msg('Kostnadselement', { id: 'budget.element' })}</th>
            <th scope="col" class="num" id=${head(column.key, 'budget')}>${msg('Budsjett', { id: 'accounts.budget' })}</th>
            <th scope="col" class="num" id=${head(column.key, 'actual')}>${msg('Regnskap', { id: 'accounts.actual' })}</th>
            <th scope="col" class="num">${msg('Avvik i kroner', { id: 'accounts.difference' })}</th>
            <th scope="col" class="num">${msg('Avvik i prosent', { id: 'accounts.percent' })}</th>
            ${lines ? html`<th scope="col" class="action-col act"><span class="sr-only">${msg('Handlinger', { id: 'budget.actions' })}</span></th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${views.map((view, i) => row(view, i, column))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${msg('Sum', { id: 'budget.sum' })}</th>
            <td class="sum" data-total=${`${column.key}-budget`}>${formatAmount(d.budget)}</td>
            <td class="sum" data-total=${`${column.key}-actual`}>${formatAmount(d.actual)}</td>
            <td class="sum" data-total=${`${column.key}-difference`}>${kroner(d)}</td>
            <td class="sum" data-total=${`${column.key}-percent`}>${percent(d)}</td>
            ${lines ? html`<td class="act"></td>` : nothing}
          </tr>
        </tfoot>
      </table>
    </div>`;
  };

  const shown = ctx.shown.get(path);
  const explained = sums.rows.filter((r) => r.large);
  return html`<div class="field accounts" data-path=${path}>
    ${grouped
      ? html`<div id=${id} tabindex="-1" class="label">${t(field.label)}</div>
          ${field.hint ? html`<span class="hint">${t(field.hint)}</span>` : nothing}`
      : nothing}
    ${messages(shown, id)} ${columns.map(table)}
    ${lines
      ? html`<button type="button" id=${`${id}-add`} @click=${() => addLine(ctx, field, path)}>${t(field.addLabel ?? 'accounts.add')}</button>`
      : nothing}
    ${explained.map((r) => explanation(ctx, field, path, r, views.find((v) => v.key === r.key)!))}
  </div>`;
}

/** A closed cell can only hold an amount through a prefill: shown with its error and a way to remove it. */
function closedStray(ctx: RenderContext, field: AccountsField, path: string, view: AccountsRowView, column: BudgetColumn, labelledBy: (side: 'budget' | 'actual') => string) {
  const cell = cellOf(field, view.value, column.key);
  const open = openColumns(field, view.row)[0] ?? column;
  return (['budget', 'actual'] as const).map((side) => {
    const at = joinPath(cellPath(field, joinPath(path, view.at), column.key), side);
    const stray = cell[side];
    if (stray == null || stray === 0) return nothing;
    return strayAmount(ctx, amountField(side), at, stray, fieldId(joinPath(cellPath(field, joinPath(path, view.at), open.key), side)), labelledBy(side));
  });
}

/** A large deviation asks why, right under the table, named by its row and its size. */
function explanation(ctx: RenderContext, field: AccountsField, path: string, row: AccountsRowSums, view: AccountsRowView): TemplateResult {
  const at = joinPath(joinPath(path, row.at), 'explanation');
  const id = fieldId(at);
  const issues = ctx.shown.get(at);
  const value = view.value.explanation;
  const text: TextField = { key: 'explanation', type: 'textarea', label: 'accounts.explanation', maxLength: field.explanationMaxLength };
  const name = view.row ? t(view.row.label) : row.label || t(field.lineLabel ?? 'accounts.line', { n: Number(row.key) + 1 });
  // The hint names the largest deviation that crossed the threshold.
  const worst = Object.values(row.cells)
    .filter((d) => isLarge(d, field.threshold))
    .sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference))[0] ?? row;
  const length = typeof value === 'string' ? charCount(value) : 0;
  const invalid = !!issues?.some((i) => i.severity === 'error');
  return html`<div class="field explanation ${invalid ? 'invalid' : ''}" data-path=${at}>
    <label for=${id}>${msg(str`Forklar avviket for ${name}`, { id: 'accounts.explanation' })}</label>
    <span class="hint" id=${`${id}-hint`}
      >${msg(str`Avviket er ${kroner(worst)} kroner (${percent(worst)}). Avvik på minst ${field.threshold.percent} % og ${formatAmount(field.threshold.amount)} kroner må forklares.`, {
        id: 'accounts.explanation.hint',
      })}</span
    >
    ${messages(issues, id)}
    <textarea
      id=${id}
      rows="3"
      aria-describedby=${[`${id}-hint`, issues?.length ? `${id}-msg` : '', `${id}-count`].filter(Boolean).join(' ')}
      aria-invalid=${invalid ? 'true' : 'false'}
      .value=${live(typeof value === 'string' ? value : '')}
      @input=${(e: Event) => ctx.input(text, at, (e.target as HTMLTextAreaElement).value)}
      @blur=${() => ctx.blur(text, at)}
    ></textarea>
    <span class="counter ${length > field.explanationMaxLength ? 'over' : ''}" id=${`${id}-count`}>${counterText(text, value)}</span>
  </div>`;
}

function addLine(ctx: RenderContext, field: AccountsField, path: string) {
  const index = ctx.addItem(path, { what: '' });
  ctx.focus(fieldId(joinPath(joinPath(path, index), 'what')));
  ctx.announce(msg(str`${t(field.lineLabel ?? 'accounts.line', { n: index + 1 })} er lagt til`, { id: 'accounts.added' }));
}

function removeLine(ctx: RenderContext, path: string, index: number, name: string) {
  ctx.removeItem(path, index);
  ctx.focus(`${fieldId(path)}-add`);
  ctx.announce(msg(str`${name} er fjernet`, { id: 'accounts.removed' }));
}
