import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { sumBudget } from '../../core/budget.js';
import type { BudgetElement, BudgetField, Data, Field } from '../../core/definition.js';
import { formatAmount } from '../../core/parse/amount.js';
import { asRecord, joinPath } from '../../core/path.js';
import { getLocale } from '../../i18n/localize.js';
import { inSentence, t } from '../../i18n/texts.js';
import { fieldId, type RenderContext } from './context.js';
import { amountCell, lineWhat, messages, strayAmount } from './fields.js';

/** An amount cell borrows the `amount` field type, so it parses and validates like any amount. */
const cellField = (key: string, label: string): Field => ({ key, type: 'amount', label });
/** A sum in its own fixed-size box: a keystroke lays out the figure, not the table's hundreds of rows. */
const figure = (amount: number) => html`<span class="figure">${formatAmount(amount)}</span>`;

/**
 * Rows are cost elements, columns who pays. Inputs are named by their row and column headers
 * (`aria-labelledby`), so a screen reader reads "Opplæring, Tilskudd" for a cell.
 */
export function renderBudget(ctx: RenderContext, field: BudgetField, path: string, value: unknown): TemplateResult {
  const budget = asRecord(value);
  const sums = sumBudget(field, budget);
  const id = fieldId(path);
  const colId = (key: string) => `${id}-col-${key}`;
  const shown = ctx.shown.get(path);

  const cell = (element: BudgetElement, row: Data, rowPath: string, column: { key: string; label: string }, labelledBy: string) => {
    const at = joinPath(rowPath, column.key);
    const cellId = fieldId(at);
    const issues = ctx.shown.get(at);
    if (!element.payers.includes(column.key)) {
      // HTO-S7: a closed cell offers no input; a prefilled amount there shows with its error and a way to remove it.
      const stray = row[column.key];
      const open = fieldId(joinPath(rowPath, element.payers[0] ?? column.key));
      return html`<td class="closed" data-path=${at}>
        <span aria-hidden="true">—</span>
        <span class="sr-only">${msg(str`${t(column.label)}: ikke tillatt`, { id: 'budget.closed' })}</span>
        ${stray != null && stray !== 0 ? strayAmount(ctx, cellField(column.key, column.label), at, stray, open, `${labelledBy} ${colId(column.key)}`) : messages(issues, cellId)}
      </td>`;
    }
    return amountCell(ctx, cellField(column.key, column.label), at, `${labelledBy} ${colId(column.key)}`, row[column.key]);
  };

  const elementRows = field.elements.map((element) => {
    const rowPath = joinPath(path, element.key);
    const row = asRecord(budget[element.key]);
    const lines = Array.isArray(row.lines) ? (row.lines as unknown[]) : [];
    const rowHead = `${id}-row-${element.key}`;
    const rowSum = sums.elements[element.key] ?? {};
    const head = html`<th scope="row" id=${rowHead}>
      ${t(element.label)}
      ${element.hint ? html`<span class="hint">${t(element.hint)}</span>` : nothing}
    </th>`;
    const total = field.columns.reduce((acc, c) => acc + (rowSum[c.key] ?? 0), 0);
    const renderLine = (lineRow: Data, linePath: string, whatPath: string, i: number) => {
      const whatId = fieldId(whatPath);
      const lineName = msg(str`Linje ${i + 1} under ${t(element.label)}`, { id: 'budget.line.name' });
      return html`<tr class="line">
        <td data-path=${whatPath}>
          <label class="sr-only" id=${`${whatId}-label`} for=${whatId}>${lineName}</label>
          ${lineWhat(ctx, whatPath, lineRow.what, msg('Hva kostnaden gjelder', { id: 'budget.line.what' }))}
        </td>
        ${field.columns.map((c) => cell(element, lineRow, linePath, c, `${whatId}-label`))}
        <td class="sum">${figure(field.columns.reduce((acc, c) => acc + (typeof lineRow[c.key] === 'number' ? (lineRow[c.key] as number) : 0), 0))}</td>
        <td class="act">
          <button type="button" class="link" @click=${() => removeLine(ctx, rowPath, i, lineName)}>
            ${msg('Fjern', { id: 'budget.line.remove' })}<span class="sr-only"> ${inSentence(lineName)}</span>
          </button>
        </td>
      </tr>`;
    };
    if (!lines.length) {
      return html`<tr class="element">
        ${head} ${field.columns.map((c) => cell(element, row, rowPath, c, rowHead))}
        <td class="sum">${figure(total)}</td>
        <td class="act">
          <button type="button" class="link" id=${`${fieldId(rowPath)}-split`} aria-describedby=${rowHead} @click=${() => splitIntoLines(ctx, field, element, rowPath, row)}>
            ${msg('Del opp i linjer', { id: 'budget.split' })}
          </button>
        </td>
      </tr>`;
    }
    return html`<tr class="element has-lines">
        ${head} ${field.columns.map((c) => html`<td class="sum">${figure(rowSum[c.key] ?? 0)}</td>`)}
        <td class="sum">${figure(total)}</td>
        <td class="act"></td>
      </tr>
      ${lines.map((line, i) => {
        const linePath = joinPath(joinPath(rowPath, 'lines'), i);
        const lineRow = asRecord(line);
        const whatPath = joinPath(linePath, 'what');
        // A keystroke changes one line: the others keep their template (500 lines stay fast).
        return guard(lineDeps(ctx, field, lineRow, linePath), () => renderLine(lineRow, linePath, whatPath, i));
      })}
      <tr class="add-line">
        <td colspan=${field.columns.length + 3}>
          <button type="button" class="link" aria-describedby=${rowHead} @click=${() => addLine(ctx, rowPath)}>
            ${msg('Legg til linje', { id: 'budget.line.add' })}
          </button>
        </td>
      </tr>`;
  });

  return html`<div class="field budget" data-path=${path}>
    <div id=${id} tabindex="-1" class="label">${t(field.label)}</div>
    ${field.hint ? html`<span class="hint">${t(field.hint)}</span>` : nothing} ${messages(shown, id)}
    <div class="table-scroll" role="region" aria-labelledby=${id} tabindex="0">
      <table>
        <colgroup>
          <col />
          ${field.columns.map(() => html`<col class="amount" />`)}
          <col class="sum" />
          <col class="actions" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">${msg('Kostnadselement', { id: 'budget.element' })}</th>
            ${field.columns.map((c) => html`<th scope="col" id=${colId(c.key)} class="num">${t(c.label)}</th>`)}
            <th scope="col" class="num">${msg('Sum', { id: 'budget.sum' })}</th>
            <th scope="col" class="act"><span class="sr-only">${msg('Handlinger', { id: 'budget.actions' })}</span></th>
          </tr>
        </thead>
        <tbody>
          ${elementRows}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${msg('Sum kostnader', { id: 'budget.total' })}</th>
            ${field.columns.map((c) => html`<td class="sum" data-total=${c.key}>${figure(sums.columns[c.key] ?? 0)}</td>`)}
            <td class="sum" data-total="all">${figure(sums.total)}</td>
            <td class="act"></td>
          </tr>
        </tfoot>
      </table>
    </div>
  </div>`;
}

/** Everything a line's template reads: same values, same template. */
function lineDeps(ctx: RenderContext, field: BudgetField, line: Data, linePath: string): unknown[] {
  const deps: unknown[] = [line, linePath, getLocale()];
  for (const key of ['what', ...field.columns.map((c) => c.key)]) {
    const at = joinPath(linePath, key);
    deps.push(ctx.viewValue(at), ctx.shown.get(at)?.map((i) => `${i.severity}:${i.code}:${JSON.stringify(i.params ?? {})}`).join('|'));
  }
  return deps;
}

/** The element's own amounts move into the first line, so nothing typed is lost. */
function splitIntoLines(ctx: RenderContext, field: BudgetField, element: BudgetElement, rowPath: string, row: Data) {
  const first: Data = { what: '' };
  for (const c of field.columns) if (row[c.key] != null) first[c.key] = row[c.key];
  ctx.change(rowPath, { lines: [first] });
  ctx.announce(msg(str`${t(element.label)} er delt opp i linjer`, { id: 'budget.split.done' }));
  ctx.focus(fieldId(joinPath(rowPath, 'lines.0.what')));
}

function addLine(ctx: RenderContext, rowPath: string) {
  const index = ctx.addItem(joinPath(rowPath, 'lines'), { what: '' });
  ctx.focus(fieldId(joinPath(rowPath, `lines.${index}.what`)));
}

/** Focus goes to the line that took its place, or the one before; with none left, to "Del opp i linjer". */
function removeLine(ctx: RenderContext, rowPath: string, index: number, name: string) {
  const path = joinPath(rowPath, 'lines');
  ctx.removeItem(path, index);
  ctx.announce(msg(str`${name} er fjernet`, { id: 'budget.line.removed' }));
  // Read now, not when the row was drawn: a line's template is kept while its own values are unchanged.
  const lines = ctx.model.get(path);
  const left = Array.isArray(lines) ? lines.length : 0;
  ctx.focus(left ? fieldId(joinPath(rowPath, `lines.${Math.min(index, left - 1)}.what`)) : `${fieldId(rowPath)}-split`);
}
