import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { ChecklistState } from '../core/checklist.js';
import type { Data, Field, FormDefinition } from '../core/definition.js';
import { codecs } from '../core/field-types.js';
import type { Issue, IssueParams } from '../core/issues.js';
import { withinLimits } from '../core/limits.js';
import { sameData } from '../core/same-data.js';
import { FormModel } from '../core/model.js';
import type { Submission } from '../core/submission.js';
import { unparseable } from '../core/unparseable.js';
import { getLocale, useLocale } from '../i18n/localize.js';
import '../i18n/messages.js';
import { t } from '../i18n/texts.js';
import { TilskuddChangeEvent, TilskuddSubmitEvent } from './events.js';
import { copyOfHostData } from './host-data.js';
import { counterShown, counterText } from './render/fields.js';
import { sectionId, type ComboboxState, type RenderContext } from './render/context.js';
import { extensionStyles } from './render/extensions.js';
import { renderSection } from './render/form.js';
import { AttachedFiles, describesFile, submittedFiles } from './render/files.js';
import { adoptInto } from './adopt.js';
import { budgetStyles, comboboxStyles, formStyles } from './styles.js';
import { Drafts } from './drafts/drafts.js';
import { formConnected, formDisconnected } from './drafts/forms-on-page.js';
import { PrintController } from './print.js';
import { summaryItems } from './summary-labels.js';
import type { TilskuddFeiloppsummering } from './tilskudd-feiloppsummering.js';

/** An issue as `validate()` gives it: `params` always there (`{}` when the message has none). */
export interface IssueWithMessage extends Issue {
  params: IssueParams;
  message: string;
}

/**
 * @summary Renders any form definition: fields, live validation, totals, checklist, error
 * summary; emits the submission JSON. Form-associated: with a `name` its JSON goes into a
 * surrounding `<form>`'s FormData.
 *
 * @event tilskudd-submit - Nothing blocks; `detail` is the submission (see README).
 * @event tilskudd-change - The data changed; `detail` is `{ value, checklist }`.
 * @event tilskudd-sjekkliste-change - The checklist inside the form changed state (none with `hide-checklist`: `tilskudd-change` carries the checklist too).
 * @event tilskudd-draft-saved - A draft was saved in the browser; `detail` is the draft envelope.
 * @event tilskudd-submitted - The `action` URL took the submission (a 2xx); `detail` is the receipt. Without `action` the host, which sent it, calls `accepted()`.
 * @event tilskudd-submit-failed - Sending to `action` failed (status, network, timeout); nothing was lost.
 * @event tilskudd-navigate - A checklist or guidance link was chosen; `detail.section` is its section id.
 * @attr action - URL to POST the submission JSON to (with an `idempotency-key` header); without it the host sends it.
 * @attr submit-timeout - Milliseconds to wait for `action` (default 30 000).
 * @attr no-draft - No drafts in the browser (no autosave, restore, tab check, answers set aside with *Angre*), for hosts that save elsewhere.
 * @csspart form - The native form element.
 * @cssproperty --tilskudd-color-text - Text.
 * @cssproperty --tilskudd-color-muted - Hints, counters and rule ids.
 * @cssproperty --tilskudd-color-border - Input and table borders.
 * @cssproperty --tilskudd-color-accent - Buttons and links.
 * @cssproperty --tilskudd-color-error - Error messages and borders.
 * @cssproperty --tilskudd-color-warning - Warnings, and checklist items in progress.
 * @cssproperty --tilskudd-color-ok - Complete checklist items and the progress bar.
 * @cssproperty --tilskudd-color-focus - The focus ring.
 * @cssproperty --tilskudd-color-surface - The draft and sending banners' ground.
 * @cssproperty --tilskudd-color-background - The form's own ground (white): it stays readable on a dark page.
 * @cssproperty --tilskudd-radius - Corner radius of inputs, buttons and boxes.
 * @cssproperty --tilskudd-font-family - Font (inherits by default).
 * @cssproperty --tilskudd-font-size - Base font size (1rem).
 * @cssproperty --tilskudd-max-width - Width of the form.
 */
export class TilskuddSkjema extends LitElement {
  static formAssociated = true;
  static override styles = [formStyles, comboboxStyles, budgetStyles];
  static override properties = {
    definition: { attribute: false },
    lang: { type: String, reflect: true },
    name: { type: String, reflect: true },
    hideChecklist: { type: Boolean, attribute: 'hide-checklist' },
    hideTitle: { type: Boolean, attribute: 'hide-title' },
    draftKey: { attribute: 'draft-key', noAccessor: true },
  };

  // Public properties
  /** The form to render (sections, fields, rules, checklist); each form element sets its own. */
  declare definition: FormDefinition<any> | undefined;
  /** `nb` (default), `nn` or `en`; without it, the nearest `lang` around the element. */
  declare lang: string;
  /** Inside a native `<form>`, the submission JSON is in its FormData under this name. */
  declare name: string | undefined;
  /** Leaves the checklist out (place `<tilskudd-sjekkliste for="…">` beside the form instead). */
  declare hideChecklist: boolean;
  /** Leaves the form's `h1` out (the host page has its own). */
  declare hideTitle: boolean;

  /** Files chosen in attachment fields, by data path; the JSON holds only their name, size and type. */
  get files(): Map<string, File> {
    return this.attached;
  }

  // State
  protected model: FormModel<any> | undefined;
  private initialValue: Data | undefined;
  private key: string | undefined;
  private readonly internals: ElementInternals;
  private readonly attached = new AttachedFiles(() => this.filesChanged());
  private readonly viewValues = new Map<string, string>();
  private readonly comboboxes = new Map<string, ComboboxState>();
  private pendingFocus: string | undefined;
  /** The selection in the field `pendingFocus` names, when focus returns to it after a re-render. */
  private caret: [number, number] | undefined;
  private announcement = '';
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private checklistCache: ChecklistState | undefined;
  private modelBuilt = false;
  private submitButton: HTMLButtonElement | null = null;
  /** The native form this element belongs to (`formdata` is listened for there). */
  private owner: HTMLFormElement | undefined;
  /** Autosave, restore, two-tab check, sending to `action`, receipt (src/elements/drafts/). */
  protected readonly drafts = new Drafts(this);

  constructor() {
    super();
    this.hideChecklist = false;
    this.hideTitle = false;
    this.internals = this.attachInternals();
    updateWhenLocaleChanges(this);
    new PrintController(this);
  }

  // Public API

  /**
   * The form's data (what a draft or a prefill holds), as a copy: editing it changes nothing
   * until it is set again. Setting it prefills the form.
   */
  get value(): Data {
    return structuredClone(this.model?.data ?? this.initialValue ?? {});
  }

  set value(data: Data) {
    // Checked before anything changes: data past the limits would throw midway (RangeError) and
    // could leave the form emptied of what the user typed.
    if (!withinLimits(data)) throw new RangeError('tilskuddsskjema: value is nested deeper or is larger than form data can be (core/limits.ts)');
    data = copyOfHostData(data);
    // The answers the form holds, handed back (a framework's controlled value): nothing to do. A
    // prefill would reset what the user is typing, and its change event would loop.
    if (this.model && sameData(data, this.model.data)) return;
    const had = this.model && this.value;
    // A prefill that arrives late, over what the user typed or a draft they chose, sets that aside with "Angre".
    const users = this.drafts.beforeReplace();
    this.initialValue = data;
    this.viewValues.clear();
    this.model?.prefill(data);
    this.changed();
    // The banner is above, perhaps off screen, while the user types on: said in the live region too.
    if (had && users && this.drafts.setAside(had, 'replaced'))
      this.announce(msg('Svarene i skjemaet er byttet ut med nye. Du kan angre øverst i skjemaet.', { id: 'draft.replaced.announce' }));
  }

  /**
   * Keeps two applications' drafts apart (`draft-key`; the page's path when unset). Changing it
   * saves what was typed under the old key, then offers the new key's draft if there is one.
   */
  get draftKey(): string | undefined {
    return this.key;
  }

  set draftKey(key: string | null | undefined) {
    const old = this.key;
    this.key = key ?? undefined;
    if (this.key === old) return;
    this.requestUpdate('draftKey', old);
    // Now, not at the next update: the host may set the next application's value right after.
    this.drafts.rekey();
  }

  /** Every issue of the current data, with its message in the current language. */
  validate(): IssueWithMessage[] {
    return (this.built?.issues ?? []).map((issue) => ({ ...issue, params: issue.params ?? {}, message: t(issue.code, issue.params) }));
  }

  /** The completeness checklist's state: each item's status, and the progress. */
  get checklist(): ChecklistState {
    this.checklistCache ??= this.built?.checklist;
    return this.checklistCache ?? { complete: 0, total: 0, items: [] };
  }

  /** The submission as it would be sent now (whether or not anything blocks). */
  get submission(): Submission | undefined {
    return this.built?.submission(getLocale());
  }

  /**
   * The model, its first update made now if it waits: a host may ask right after putting the form
   * in the page, before the update Lit has scheduled (the definition is set there).
   */
  private get built(): FormModel<any> | undefined {
    if (!this.model && this.isConnected && this.isUpdatePending) this.performUpdate();
    return this.model;
  }

  /**
   * Tries to submit: shows every error (the summary takes focus) or dispatches `tilskudd-submit`.
   * Returns whether it was dispatched.
   */
  async submit(): Promise<boolean> {
    const model = this.built;
    if (!model) return false;
    model.markSubmitted();
    this.changed();
    if (model.blockingIssues.length) {
      await this.updateComplete;
      this.renderRoot.querySelector<TilskuddFeiloppsummering>('tilskudd-feiloppsummering')?.focus();
      return false;
    }
    const submission = model.submission(getLocale());
    return this.drafts.send(submission, (sent) => new TilskuddSubmitEvent(sent, submittedFiles(this.files, sent.data)));
  }

  /** Without `action`: your server accepted the submission. Shows the receipt; clears the draft. */
  accepted(reference: string): Promise<void> {
    return this.drafts.accepted(reference);
  }

  /** Scrolls to a section and moves focus to its heading (as a checklist link does). */
  goToSection(id: string): void {
    const heading = this.renderRoot.querySelector<HTMLElement>(`#${sectionId(id)}-h`);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }

  // Form association

  formResetCallback(): void {
    // A reset button is easily hit: what was typed is saved, then set aside with "Angre", never
    // overwritten by the emptied form.
    const typed = this.value;
    this.drafts.beforeReplace();
    this.viewValues.clear();
    if (this.initialValue) this.model?.prefill(this.initialValue);
    else this.model?.reset();
    this.changed();
    this.drafts.setAside(typed);
  }

  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.owner?.removeEventListener('formdata', this.onFormData);
    this.owner = form ?? undefined;
    this.owner?.addEventListener('formdata', this.onFormData);
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    try {
      const restored = JSON.parse(state) as Submission;
      if (restored?.data) this.value = restored.data;
    } catch {
      // A restore we cannot read leaves the form as it is.
    }
  }

  // Lifecycle

  override connectedCallback(): void {
    this.takeEarlyProperties();
    super.connectedCallback();
    formConnected(this);
    for (const css of extensionStyles()) adoptInto(this.renderRoot, css);
    this.addEventListener('invalid', this.onInvalid);
    if (!this.lang) void useLocale(this.pageLang());
    // The page's language switched without a reload (`<html lang>`, or a container's).
    const watch = { attributes: true, attributeFilter: ['lang'], subtree: true };
    this.langWatch.observe(document.documentElement, watch);
    for (let root = this.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) this.langWatch.observe(root, watch);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    formDisconnected(this);
    this.removeEventListener('invalid', this.onInvalid);
    this.langWatch.disconnect();
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Removed, it falls back to the page's language, as when it was never set.
    if (changed.has('lang') && (this.lang || changed.get('lang'))) void useLocale(this.lang || this.pageLang());
    if (changed.has('definition') && this.definition) {
      // A variant of the same form keeps the answers; another form starts afresh, once what was
      // typed in the first is saved to its own draft.
      const variant = this.model?.withDefinition(this.definition);
      // The field being typed in may be rendered anew (another section order): focus and what
      // was typed but does not parse yet stay with the user.
      if (variant) this.keepFocus();
      if (this.model && !variant) {
        // The field being typed in fires its last `change` as it goes: on the old form, not the new one.
        const active = (this.renderRoot as ShadowRoot).activeElement;
        if (active instanceof HTMLElement) active.blur();
        this.drafts.beforeReplace();
        this.attached.quietly((files) => files.clear());
      }
      this.model = variant ?? new FormModel(this.definition, this.initialValue, { hasFile: this.hasFile });
      if (!variant) this.viewValues.clear();
      this.checklistCache = undefined;
      this.modelBuilt = true;
    }
  }

  protected override updated(): void {
    // A checklist beside the form (for=…) learns the first state the same way as every later one.
    if (this.modelBuilt) {
      this.modelBuilt = false;
      this.dispatchEvent(new TilskuddChangeEvent(this.model!.data, this.checklist));
    }
    if (this.pendingFocus) {
      const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this.pendingFocus)}`);
      if (target && (this.renderRoot as ShadowRoot).activeElement !== target) {
        target.focus();
        if (this.caret && (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) target.setSelectionRange(...this.caret);
      }
      this.pendingFocus = undefined;
      this.caret = undefined;
    }
    this.syncFormValue();
  }

  // Rendering

  override render() {
    const model = this.model;
    const definition = this.definition;
    if (!model || !definition) return nothing;
    const visible = model.visibleIssues;
    const shown = new Map<string, Issue[]>();
    for (const issue of visible) shown.set(issue.path, [...(shown.get(issue.path) ?? []), issue]);
    const ctx = this.context(shown);
    const errors = model.submitted ? visible.filter((i) => i.severity === 'error') : [];
    const receipt = this.drafts.receipt();
    // The language the texts are in (one per page; the host's `lang` may say another: WCAG 3.1.2).
    const lang = getLocale();
    if (receipt) return html`<div lang=${lang}>${receipt}</div>`;
    return html`<div lang=${lang}>${this.drafts.banner()}<form part="form" novalidate ?inert=${this.drafts.blocking} @submit=${this.onSubmit}>
      ${this.hideTitle ? nothing : html`<h1>${t(definition.title)}</h1>`}
      ${definition.intro ? html`<p class="intro">${t(definition.intro)}</p>` : nothing}
      <tilskudd-feiloppsummering .items=${summaryItems(definition, errors)}></tilskudd-feiloppsummering>
      ${this.hideChecklist
        ? nothing
        : html`<tilskudd-sjekkliste .state=${this.checklist} .heading=${definition.checklistTitle ? t(definition.checklistTitle) : undefined} @tilskudd-navigate=${(e: CustomEvent & { detail: { section: string } }) => this.goToSection(e.detail.section)}></tilskudd-sjekkliste>`}
      ${definition.sections.map((section) => renderSection(ctx, section))}
      <div class="actions">
        <button type="submit" id="submit" class="primary">${msg('Send inn', { id: 'form.submit' })}</button>
      </div>
      <div class="sr-only" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </form>${this.drafts.bar()}</div>`;
  }

  // Private

  /**
   * A host (or framework) may set `value` or `draftKey` before this element is defined: the own
   * property that made would hide the accessor for good, so it is taken up here, as Lit does for
   * its reactive properties. The key goes first, so the prefill lands in the right draft slot.
   */
  private takeEarlyProperties(): void {
    const self = this as unknown as Record<string, unknown>;
    for (const key of ['draftKey', 'value']) {
      if (!Object.hasOwn(this, key)) continue;
      const given = self[key];
      delete self[key];
      self[key] = given;
    }
  }

  /** Before a render that may put the focused field anew: focus goes back to it, caret and all. */
  private keepFocus() {
    const active = (this.renderRoot as ShadowRoot).activeElement;
    if (!active?.id) return;
    this.pendingFocus = active.id;
    const field = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement ? active : undefined;
    // Some input types (checkbox, date) have no selection: null there.
    this.caret = field && field.selectionStart !== null ? [field.selectionStart, field.selectionEnd ?? field.selectionStart] : undefined;
  }

  private context(shown: Map<string, Issue[]>): RenderContext {
    const ctx: RenderContext = {
      model: this.model!,
      shown,
      viewValue: (path) => this.viewValues.get(path),
      input: (field, path, text) => this.onInput(field, path, text),
      change: (path, value) => {
        this.viewValues.delete(path);
        this.model!.set(path, value);
        this.model!.touch(path);
        this.edited();
      },
      blur: (field, path) => {
        // A count still waiting belongs to the field being left: heard in the next one, it would mislead.
        if (field.type === 'textarea' || field.type === 'text') clearTimeout(this.announceTimer);
        this.model!.touch(path);
        // Leaving the field shows the value formatted (`1 000 000`), unless it did not parse.
        if (codecs[field.type]) this.viewValues.delete(path);
        this.requestUpdate();
      },
      addItem: (path, item) => {
        const index = this.model!.addItem(path, item);
        this.edited();
        return index;
      },
      removeItem: (path, index) => {
        for (const key of [...this.viewValues.keys()]) if (key.startsWith(`${path}.`)) this.viewValues.delete(key);
        this.model!.removeItem(path, index);
        this.edited();
      },
      announce: (text) => this.announce(text),
      goToSection: (id) => this.goToSection(id),
      focus: (id) => {
        this.pendingFocus = id;
        this.requestUpdate();
      },
      combobox: (path) => {
        let state = this.comboboxes.get(path);
        if (!state) this.comboboxes.set(path, (state = { open: false, active: 0 }));
        return state;
      },
      refresh: () => this.requestUpdate(),
      attach: (path, file) => {
        this.attached.quietly((files) => (file ? files.set(path, file) : files.delete(path)));
        ctx.change(path, file && { name: file.name, size: file.size, type: file.type });
      },
    };
    return ctx;
  }

  private onInput(field: Field, path: string, text: string) {
    const codec = codecs[field.type];
    if (codec) {
      this.viewValues.set(path, text);
      const result = codec.parse(text);
      this.model!.set(path, result.ok ? result.value : unparseable(text));
    } else {
      this.model!.set(path, text);
    }
    if ((field.type === 'textarea' || field.type === 'text') && counterShown(field, text)) this.announceLater(counterText(field, text));
    this.edited();
  }

  /** A change the user made (a field, a button): the drafts save it; a host's `value` is no edit. */
  private edited() {
    this.drafts.noteEdit();
    this.changed();
  }

  private readonly hasFile = (path: string, described: unknown) => describesFile(described, this.files.get(path));

  /** A file came or went (chosen, removed, restored with a draft): its attachment's check follows. */
  private filesChanged() {
    if (!this.model) return;
    this.model.recompute();
    this.changed();
  }

  private changed() {
    this.checklistCache = undefined;
    this.requestUpdate();
    if (this.model) this.dispatchEvent(new TilskuddChangeEvent(this.model.data, this.checklist));
  }

  private announce(text: string) {
    clearTimeout(this.announceTimer);
    // The same words again ("Mål 2 er fjernet" twice) would change nothing in the live region and
    // be silent: a no-break space at the end, on and off, makes it a change.
    this.announcement = text === this.announcement.replace(/\u00a0$/, '') && !this.announcement.endsWith('\u00a0') ? `${text}\u00a0` : text;
    this.requestUpdate();
  }

  /** GOV.UK's character count: screen readers hear the count once typing pauses, not per key. */
  private announceLater(text: string) {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => this.announce(text), 1000);
  }

  /** The language around the element: the nearest `lang`, else the page's. */
  /** The elements around the form, nearest first, across shadow roots (a form inside another element's). */
  private *around(): Generator<Element> {
    for (let node: Node | null = this.parentNode; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) if (node instanceof Element) yield node;
  }

  /** The nearest `lang` around the form, else the page's. */
  private pageLang(): string {
    for (const node of this.around()) if (node.getAttribute('lang')) return node.getAttribute('lang')!;
    return document.documentElement.lang;
  }

  /** A `lang` around this form changed (not another form's own): it follows, unless it has its own. */
  private readonly langWatch = new MutationObserver((records) => {
    if (this.lang) return;
    const changed = new Set(records.map((r) => r.target));
    if ([...this.around()].some((node) => changed.has(node))) void useLocale(this.pageLang());
  });

  private onSubmit = (event: Event) => {
    event.preventDefault();
    void this.submit();
  };

  /**
   * What a native form sends is the submission of that moment, with its key, as `tilskudd-submit`
   * carries it; the value kept between (`syncFormValue`) is as of the last change.
   */
  private onFormData = (event: FormDataEvent) => {
    // A disabled element (in a disabled fieldset) is left out of the form's data, as any control.
    if (!this.name || !this.model || this.matches(':disabled')) return;
    event.formData.set(this.name, JSON.stringify({ ...this.model.submission(getLocale()), idempotencyKey: this.drafts.submissionKey() }));
  };

  /** A surrounding native form was submitted while this one is invalid: show why, as on our own submit. */
  private onInvalid = (event: Event) => {
    event.preventDefault();
    void this.submit();
  };

  private syncFormValue() {
    const model = this.model;
    if (!model) return;
    const blocking = model.blockingIssues;
    // Gone while the receipt shows: an anchor outside the shadow tree would throw.
    if (!this.submitButton?.isConnected) this.submitButton = this.renderRoot.querySelector<HTMLButtonElement>('button[type=submit]');
    const anchor = this.submitButton ?? undefined;
    if (blocking.length) this.internals.setValidity({ customError: true }, t(blocking[0]!.code, blocking[0]!.params), anchor);
    else this.internals.setValidity({});
    if (this.name) this.internals.setFormValue(JSON.stringify(model.submission(getLocale())));
  }
}
