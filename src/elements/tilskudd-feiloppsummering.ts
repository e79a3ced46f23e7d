import { msg } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { repeat } from 'lit/directives/repeat.js';
import { adoptInto } from './adopt.js';

export interface ErrorSummaryItem {
  /** Id of the control to focus, in the same render root as this summary. */
  target: string;
  text: string;
}

/** Each item with a key of its own: its target and text, numbered when the same pair comes twice. */
function keyed(items: ErrorSummaryItem[]): [string, ErrorSummaryItem][] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const key = `${item.target}\n${item.text}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return [`${key}\n${n}`, item];
  });
}

/**
 * @summary The GOV.UK error summary: a heading, then each error as a link that moves focus to its
 * field. It renders into the root it sits in (no shadow root of its own), so the links' targets
 * are found by id beside it.
 *
 * @cssproperty --tilskudd-color-error - Border and link colour.
 * @cssproperty --tilskudd-color-focus - The focus ring when it takes focus.
 */
export class TilskuddFeiloppsummering extends LitElement {
  static override properties = { items: { attribute: false } };
  static override readonly styles = css`
    tilskudd-feiloppsummering { display: block; }
    tilskudd-feiloppsummering .error-summary {
      border: 5px solid var(--tilskudd-color-error, #b3261e);
      padding: 1rem 1.25rem;
      margin: 0 0 2rem;
    }
    tilskudd-feiloppsummering .error-summary:focus { outline: 3px solid var(--tilskudd-color-focus, #ffdd00); outline-offset: 0; }
    tilskudd-feiloppsummering h2 { margin-top: 0; }
    tilskudd-feiloppsummering ul { margin: 0; padding-left: 1.25rem; overflow-wrap: break-word; hyphens: auto; }
    tilskudd-feiloppsummering a { color: var(--tilskudd-color-error, #b3261e); font-weight: 600; }
  `;

  /** The errors: each one's text and the id of the control its link focuses. */
  declare items: ErrorSummaryItem[];

  constructor() {
    super();
    this.items = [];
    updateWhenLocaleChanges(this);
  }

  /** Light DOM: the links must reach ids in the root this element is rendered into. */
  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback() {
    super.connectedCallback();
    adoptInto(this, TilskuddFeiloppsummering.styles);
  }

  override render() {
    if (!this.items.length) return nothing;
    // Not a live region: it takes focus when it appears (which reads it), and it changes as each
    // error is fixed, which a live region would read out again in the middle of the user's typing.
    // Keyed, so fixing one error removes its item and leaves the others' text alone.
    return html`<div class="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">${msg('Det er noe som må rettes', { id: 'summary.title' })}</h2>
      <ul>
        ${repeat(
          keyed(this.items),
          ([key]) => key,
          ([, item]) => html`<li><a href=${`#${item.target}`} @click=${(e: Event) => this.go(e, item.target)}>${item.text}</a></li>`,
        )}
      </ul>
    </div>`;
  }

  /** Moves focus into the summary, as after a failed submit, with its heading in view (a long one is taller than the screen). */
  override focus() {
    const summary = this.querySelector<HTMLElement>('.error-summary');
    summary?.scrollIntoView({ block: 'start' });
    summary?.focus({ preventScroll: true });
  }

  private go(event: Event, target: string) {
    event.preventDefault();
    const root = this.getRootNode() as Document | ShadowRoot;
    // A list's error ("add at least one") leads to its add button, where the user acts.
    const found = root.getElementById(`${target}-add`) ?? root.getElementById(target);
    if (!found) return;
    // A question's error ("choose at least one"): its first box, as GOV.UK's checkboxes.
    const question = found instanceof HTMLFieldSetElement;
    // A table's label ("fill in at least one amount"): its first control, where the user types.
    const holder = question ? found : found.classList.contains('label') ? found.closest('[data-path]') : null;
    const element = holder?.querySelector<HTMLElement>('input, select, textarea') ?? found;
    // Scroll so the label above the field (or the question's legend) shows too, as GOV.UK does.
    const block = question ? found : (element.closest<HTMLElement>('[data-path]') ?? element);
    block.scrollIntoView({ block: 'start' });
    element.focus({ preventScroll: true });
  }
}
