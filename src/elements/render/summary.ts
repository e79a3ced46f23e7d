import { msg, str } from '@lit/localize';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { SummaryField } from '../../core/definition.js';
import { formatKroner, formatPercent } from '../../core/parse/amount.js';
import { formatDate } from '../../core/parse/date.js';
import { asNumber, getIn } from '../../core/path.js';
import { t } from '../../i18n/texts.js';
import { fieldId, type RenderContext } from './context.js';
import { messages } from './fields.js';

const COLORS = ['#1d4f91', '#2f7d4a', '#8a5300'];

/** Computed figures, live on every keystroke, and a stacked bar of the parts against the whole. */
export function renderSummary(ctx: RenderContext, field: SummaryField, path: string): TemplateResult {
  const computed = ctx.model.computed;
  const id = fieldId(path);
  const issues = ctx.shown.get(path);
  return html`<div class="field summary ${issues?.some((i) => i.severity === 'error') ? 'invalid' : ''}" data-path=${path}>
    <h3 id=${id} tabindex="-1">${t(field.label)}</h3>
    ${messages(issues, id)}
    <dl class="figures" aria-describedby=${ifDefined(issues?.length ? `${id}-msg` : undefined)}>
      ${field.items.map(
        (item) => html`<div class=${item.emphasis ? 'emphasis' : ''} data-summary=${item.path}>
          <dt>${t(item.label)}</dt>
          ${figure(item.format, getIn(computed, item.path))}
        </div>`,
      )}
    </dl>
    ${field.bar ? bar(field.bar, computed) : ''}
  </div>`;
}

function figure(format: SummaryField['items'][number]['format'], value: unknown): TemplateResult {
  if (format === 'kroner' || format === 'percent') {
    const text = format === 'kroner' ? formatKroner(asNumber(value)) : formatPercent(value as number | null);
    // The figure sits in a fixed box, so a keystroke re-lays out the box, not the whole page; the
    // dd takes its width from the figure's shape (digits as 0), which changes only now and then.
    return html`<dd class="amount" data-width=${text.replace(/\d/g, '0')}><span class="figure">${text}</span></dd>`;
  }
  // A date or text not known yet shows a dash, as an empty percentage does.
  const text = format === 'date' && typeof value === 'string' ? formatDate(value) : typeof value === 'string' ? value : '';
  return html`<dd>${text || '–'}</dd>`;
}

function bar(spec: NonNullable<SummaryField['bar']>, computed: unknown): TemplateResult {
  const whole = asNumber(getIn(computed, spec.whole));
  // A negative part (e.g. an own share the other parts overshoot) has no width.
  const parts = spec.segments.map((s) => ({ label: t(s.label), value: Math.max(0, asNumber(getIn(computed, s.path))) }));
  const financed = parts.reduce((a, p) => a + p.value, 0);
  // The scale fits whichever is larger, so an overshoot shows past the cost line.
  const scale = Math.max(whole, financed, 1);
  let x = 0;
  const rects = parts.map((p, i) => {
    const w = (p.value / scale) * 100;
    // A white gap where one part meets the next: neighbouring colours are close in lightness.
    const gap = x > 0 && w > 0 ? svg`<line x1=${x} x2=${x} y1="4" y2="28" stroke="#fff" stroke-width="2" vector-effect="non-scaling-stroke"></line>` : nothing;
    const r = svg`<rect x=${x} y="4" width=${w} height="24" fill=${COLORS[i % COLORS.length]}></rect>${gap}`;
    x += w;
    return r;
  });
  const costX = (whole / scale) * 100;
  const description = [
    `${t(spec.wholeLabel)} ${formatKroner(whole)}`,
    ...parts.map((p) => `${p.label} ${formatKroner(p.value)} (${formatPercent(whole ? (p.value / whole) * 100 : null)})`),
  ].join(', ');
  return html`<figure class="bar">
    <svg viewBox="0 0 100 32" preserveAspectRatio="none" role="img" aria-label=${msg(str`Fordeling av finansieringen: ${description}`, { id: 'summary.bar' })}>
      <rect x="0" y="4" width="100" height="24" fill="#e6e9eb"></rect>
      ${rects}
      <line x1=${costX} x2=${costX} y1="0" y2="32" stroke="#1a1a1a" stroke-width="0.6" vector-effect="non-scaling-stroke"></line>
    </svg>
    <figcaption>
      ${parts.map((p, i) => html`<span class="key"><span class="swatch s${i % COLORS.length}"></span>${p.label}</span>`)}
      <span class="key"><span class="swatch line"></span>${t(spec.wholeLabel)}</span>
    </figcaption>
  </figure>`;
}
