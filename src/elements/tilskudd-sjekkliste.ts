import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import type { ChecklistState, ChecklistStatus } from '../core/checklist.js';
import { getLocale } from '../i18n/localize.js';
import { t } from '../i18n/texts.js';
import { TilskuddChangeEvent, TilskuddChecklistEvent, TilskuddNavigateEvent } from './events.js';

interface ChecklistSource extends HTMLElement {
  checklist: ChecklistState;
  definition?: { checklistTitle?: string };
  goToSection(id: string): void;
}

/**
 * @summary The completeness checklist: each required content item with its rule id and status,
 * and the progress `x av y`. Inside a form it gets `state`; on its own, `for="form-id"` follows
 * that form.
 *
 * @event tilskudd-sjekkliste-change - The state changed; `detail` is the state JSON.
 * @event tilskudd-navigate - An item was chosen; `detail.section` is its section id.
 * @csspart list - The list of items.
 * @cssproperty --tilskudd-color-text - Text.
 * @cssproperty --tilskudd-color-muted - Rule ids, and items not started.
 * @cssproperty --tilskudd-color-border - The box around the list.
 * @cssproperty --tilskudd-color-accent - Links.
 * @cssproperty --tilskudd-color-ok - Complete items and the progress bar.
 * @cssproperty --tilskudd-color-warning - Items in progress.
 * @cssproperty --tilskudd-color-error - Items with errors.
 * @cssproperty --tilskudd-color-focus - The focus ring.
 * @cssproperty --tilskudd-color-background - Its own ground (white): it stays readable on a dark page.
 * @cssproperty --tilskudd-radius - Corner radius of the box.
 * @cssproperty --tilskudd-font-family - Font (inherited by default).
 * @cssproperty --tilskudd-font-size - Base font size (1rem); the list is a little smaller.
 */
export class TilskuddSjekkliste extends LitElement {
  static override properties = {
    state: { attribute: false },
    for: { type: String },
    heading: { type: String },
  };

  static override styles = css`
    :host { display: block; font-family: var(--tilskudd-font-family, inherit); font-size: calc(0.9375 * var(--tilskudd-font-size, 1rem)); background: var(--tilskudd-color-background, #fff); color: var(--tilskudd-color-text, #1a1a1a); color-scheme: light; }
    .box { border: 2px solid var(--tilskudd-color-border, #6f777b); border-radius: var(--tilskudd-radius, 4px); padding: 1rem; }
    h2 { font-size: 1.2em; margin: 0 0 0.25rem; }
    progress { width: 100%; height: 0.5rem; accent-color: var(--tilskudd-color-ok, #1e6b3a); }
    ol { list-style: none; margin: 0.75rem 0 0; padding: 0; }
    li { display: grid; grid-template-columns: 1fr auto; gap: 0 0.75rem; padding: 0.375rem 0; border-top: 1px solid #e6e9eb; overflow-wrap: break-word; }
    a { color: var(--tilskudd-color-accent, #1d4f91); }
    a:focus-visible { outline: 3px solid var(--tilskudd-color-focus, #ffdd00); box-shadow: 0 0 0 5px #1a1a1a; }
    .rule { color: var(--tilskudd-color-muted, #505a5f); font-size: calc(0.8125em / 0.9375); white-space: nowrap; }
    .status { font-weight: 600; white-space: nowrap; }
    /* A narrow screen: the status goes under the item's name instead of pushing out of the box. */
    @media (max-width: 30rem) { li { grid-template-columns: 1fr; } }
    .complete { color: var(--tilskudd-color-ok, #1e6b3a); }
    .hasErrors { color: var(--tilskudd-color-error, #b3261e); }
    .inProgress { color: var(--tilskudd-color-warning, #8a5300); }
    .notStarted { color: var(--tilskudd-color-muted, #505a5f); }
  `;

  /** The state to show; a form sets it on its own checklist. */
  declare state: ChecklistState | undefined;
  /** Id of the form to follow, when the checklist stands on its own beside it. */
  declare for: string | undefined;
  /** Heading text; the followed form's own by default. */
  declare heading: string | undefined;

  private source?: ChecklistSource;
  private lastJson = '';
  /** A page (an SPA) may put the form in, or replace it, after the checklist: then we follow anew. */
  private readonly rootWatch = new MutationObserver(() => this.follow());

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback() {
    super.connectedCallback();
    this.follow();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.rootWatch.disconnect();
    this.source?.removeEventListener(TilskuddChangeEvent.type, this.onSourceChange);
    this.source = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('for')) this.follow();
  }

  protected override updated() {
    const json = JSON.stringify(this.state ?? null);
    if (json !== this.lastJson) {
      this.lastJson = json;
      if (this.state) this.dispatchEvent(new TilskuddChecklistEvent(this.state));
    }
  }

  override render() {
    const state = this.state;
    if (!state) return nothing;
    // The language the texts are in, whatever the page around says (WCAG 3.1.2).
    return html`<div class="box" lang=${getLocale()}>
      <h2 id="title">${this.headingText()}</h2>
      <p id="progress">${msg(str`${state.complete} av ${state.total} fullført`, { id: 'checklist.progress' })}</p>
      <progress max=${state.total} .value=${state.complete} aria-labelledby="title progress"></progress>
      <ol part="list" aria-labelledby="title">
        ${state.items.map(
          (item) => html`<li data-item=${item.id} data-status=${item.status}>
            <span>
              <a href=${`#s-${item.section}`} @click=${(e: Event) => this.go(e, item.section)}>${t(item.label)}</a>
              <span class="rule">${item.rule}</span>
            </span>
            <span class="status ${item.status}">${statusText(item.status)}</span>
          </li>`,
        )}
      </ol>
    </div>`;
  }

  /** `heading`, else the followed form's own (a report, a complaint), else the application's. */
  private headingText(): string {
    const key = this.source?.definition?.checklistTitle;
    return this.heading ?? (key ? t(key) : msg('Dette må søknaden inneholde', { id: 'checklist.title' }));
  }

  /** Standalone: follow the form named by `for` (found in this element's root), now and as the root changes. */
  private follow() {
    this.rootWatch.disconnect();
    if (!this.isConnected || !this.for) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    this.rootWatch.observe(root, { childList: true, subtree: true, attributeFilter: ['id'] });
    const form = root.getElementById(this.for) as ChecklistSource | null;
    if (form === this.source) return;
    this.source?.removeEventListener(TilskuddChangeEvent.type, this.onSourceChange);
    this.source = form ?? undefined;
    // No form (yet, or any more): no list whose links lead nowhere.
    if (!form) {
      this.state = undefined;
      return;
    }
    form.addEventListener(TilskuddChangeEvent.type, this.onSourceChange);
    // Until the form's first render its checklist is empty; after it, the change events carry it.
    void customElements
      .whenDefined(form.localName)
      .then(() => (form as ChecklistSource & { updateComplete?: Promise<unknown> }).updateComplete)
      .then(() => {
        if (this.source === form) this.state = form.checklist;
      });
  }

  private onSourceChange = (event: TilskuddChangeEvent) => {
    this.state = event.detail.checklist;
  };

  private go(event: Event, section: string) {
    event.preventDefault();
    // The host hears of it either way. Inside a form, the form takes the event and moves focus;
    // beside one (`for`), we move it.
    this.dispatchEvent(new TilskuddNavigateEvent({ section }));
    this.source?.goToSection(section);
  }
}

function statusText(status: ChecklistStatus): string {
  switch (status) {
    case 'complete':
      return msg('Fullført', { id: 'checklist.complete' });
    case 'hasErrors':
      return msg('Har feil', { id: 'checklist.hasErrors' });
    case 'inProgress':
      return msg('Påbegynt', { id: 'checklist.inProgress' });
    default:
      return msg('Ikke påbegynt', { id: 'checklist.notStarted' });
  }
}
