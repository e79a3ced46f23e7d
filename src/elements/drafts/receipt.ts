import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { FormDefinition } from '../../core/definition.js';
import { receiptSummary } from '../../core/receipt.js';
import { registerTexts, t } from '../../i18n/texts.js';
import { when } from './render.js';
import type { Receipt } from './submit-controller.js';

registerTexts({
  'receipt.yes': () => msg('Ja', { id: 'receipt.yes' }),
  'receipt.no': () => msg('Nei', { id: 'receipt.no' }),
});

/** What the user keeps after sending: the reference, the time and what was sent. Printable. */
export function renderReceipt(definition: FormDefinition<any>, receipt: Receipt): TemplateResult {
  const sections = receiptSummary(definition, receipt.submission.data);
  return html`<article class="receipt" aria-labelledby="receipt-h">
    <h1 id="receipt-h" tabindex="-1">${msg('Kvittering: skjemaet er sendt inn', { id: 'receipt.title' })}</h1>
    <p>${t(definition.title)}</p>
    <dl>
      <dt>${msg('Referanse', { id: 'receipt.reference' })}</dt>
      <dd data-receipt="reference">${receipt.reference}</dd>
      <dt>${msg('Sendt', { id: 'receipt.sent' })}</dt>
      <dd data-receipt="time">${when(receipt.receivedAt)}</dd>
    </dl>
    <p class="no-print">
      <button type="button" data-receipt="print" @click=${() => print()}>${msg('Skriv ut kvitteringen', { id: 'receipt.print' })}</button>
    </p>
    <h2>${msg('Dette sendte du', { id: 'receipt.summary' })}</h2>
    ${sections.map(
      (section) => html`<section>
        <h3>${t(section.title)}</h3>
        <dl>
          ${section.rows.map(
            (row) => html`<dt>${row.item ? `${t(row.item.label, { n: row.item.n })}: ` : nothing}${t(row.label)}</dt>
              <dd>${'key' in row.value ? t(row.value.key) : row.value.text}</dd>`,
          )}
        </dl>
      </section>`,
    )}
  </article>`;
}
