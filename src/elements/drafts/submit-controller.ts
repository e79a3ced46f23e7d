import type { Submission } from '../../core/submission.js';
import type { DraftController, DraftHost } from './draft-controller.js';
import { TilskuddSubmitFailedEvent, TilskuddSubmittedEvent, type SentSubmission } from './events.js';

export interface Receipt {
  reference: string;
  receivedAt: string;
  submission: SentSubmission;
}

/** `unexpected`: a 2xx that is no receipt (a redirect followed to a login page, a web page). */
export type SendFailure = 'status' | 'network' | 'timeout' | 'unexpected';

export type SendState =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'failed'; reason: SendFailure; status?: number }
  | { kind: 'done'; receipt: Receipt };

/** How long to wait for the `action` URL before saying so (`submit-timeout`, ms). */
const DEFAULT_TIMEOUT = 30_000;

/**
 * Sends the submission: always the `tilskudd-submit` event; with an `action` attribute also a
 * POST of the JSON. One key per submission (`idempotencyKey`, also the `Idempotency-Key`
 * header), made for its answers and kept with the draft until a 2xx answer, so retries, double
 * clicks and reloads send one submission, not several (submission-key.ts). It has no part in
 * the host's life cycle (a send under way finishes even if the form leaves the page).
 */
export class SubmitController {
  state: SendState = { kind: 'idle' };
  /** The submission last handed to the host, for `accepted()`, and the form's answers then. */
  private last: SentSubmission | undefined;
  private lastValue = '';
  private editsAtSend = 0;

  constructor(
    private readonly host: DraftHost,
    private readonly drafts: DraftController,
  ) {}

  async send(submission: Submission, makeEvent: (sent: SentSubmission) => Event): Promise<boolean> {
    // A second click while the first is on its way, or after it got through, sends nothing.
    if (this.state.kind === 'sending' || this.state.kind === 'done') return false;
    const action = this.host.getAttribute('action');
    // The same answers keep their key until a 2xx (a double click, a retry); changed answers are a new submission.
    const key = this.drafts.keyForNow();
    const sent: SentSubmission = { ...submission, idempotencyKey: key };
    const event = makeEvent(sent);
    this.last = sent;
    this.lastValue = JSON.stringify(this.host.value);
    this.editsAtSend = this.drafts.edits;
    this.host.dispatchEvent(event);
    if (!action || event.defaultPrevented) return true;
    this.setState({ kind: 'sending' });
    // The key must outlive this page: a reload after a timeout retries with the same key.
    if (this.drafts.enabled) await this.drafts.saveNow();
    const timeout = Number(this.host.getAttribute('submit-timeout')) || DEFAULT_TIMEOUT;
    let response: Response;
    try {
      response = await fetch(action, { method: 'POST', ...body(sent, event), signal: AbortSignal.timeout(timeout) });
    } catch (error) {
      const reason = (error as Error).name === 'TimeoutError' ? 'timeout' : 'network';
      return this.fail(sent, { kind: 'failed', reason });
    }
    if (!response.ok) return this.fail(sent, { kind: 'failed', reason: 'status', status: response.status });
    // A session that ran out sends the POST on to a login page, which answers 200 in HTML: taken
    // for a receipt, the draft would go while nothing was stored.
    if (response.redirected || /^text\/html\b/i.test(response.headers.get('content-type') ?? ''))
      return this.fail(sent, { kind: 'failed', reason: 'unexpected', status: response.status });
    const receipt: Receipt = { reference: await referenceOf(response, key), receivedAt: new Date().toISOString(), submission: sent };
    this.setState({ kind: 'done', receipt });
    await this.showReceipt();
    this.host.dispatchEvent(new TilskuddSubmittedEvent({ ...receipt, status: response.status }));
    return true;
  }

  /**
   * Without `action` the host sends; when its server has accepted, it says so here: the receipt
   * replaces the form and the draft is cleared (never before).
   */
  async accepted(reference: string): Promise<void> {
    if (!this.last || this.state.kind === 'done') return;
    this.setState({ kind: 'done', receipt: { reference, receivedAt: new Date().toISOString(), submission: this.last } });
    await this.showReceipt();
  }

  /** The receipt takes focus as soon as it is on screen; the draft is cleared after that. */
  private async showReceipt(): Promise<void> {
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>('#receipt-h')?.focus();
    await this.drafts.clear(this.lastValue, this.drafts.edits !== this.editsAtSend);
  }

  /** The form was locked while sending, so focus had left it: it goes to "Prøv å sende igjen". */
  private async fail(submission: SentSubmission, state: Extract<SendState, { kind: 'failed' }>): Promise<boolean> {
    this.setState(state);
    this.host.dispatchEvent(new TilskuddSubmitFailedEvent({ reason: state.reason, ...(state.status ? { status: state.status } : {}), submission }));
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>('[data-draft=retry]')?.focus();
    return true;
  }

  private setState(state: SendState) {
    this.state = state;
    this.host.requestUpdate();
  }
}

/**
 * JSON, or with attachments multipart/form-data: the JSON as the part `submission`, each File
 * as a part named by its data path (the browser sets the boundary).
 */
function body(sent: SentSubmission, event: Event): { headers: Record<string, string>; body: BodyInit } {
  const files = (event as Event & { files?: ReadonlyMap<string, File> }).files;
  if (!files?.size) return { headers: { 'content-type': 'application/json', 'idempotency-key': sent.idempotencyKey }, body: JSON.stringify(sent) };
  const form = new FormData();
  form.append('submission', new Blob([JSON.stringify(sent)], { type: 'application/json' }), 'submission.json');
  for (const [path, file] of files) form.append(path, file, file.name);
  return { headers: { 'idempotency-key': sent.idempotencyKey }, body: form };
}

/** The server's reference: `{ "reference": … }` in a JSON answer, else `Location`, else our key. */
async function referenceOf(response: Response, key: string): Promise<string> {
  try {
    const body = (await response.clone().json()) as { reference?: unknown; id?: unknown };
    const ref = body?.reference ?? body?.id;
    if (typeof ref === 'string' || typeof ref === 'number') return String(ref);
  } catch {
    // Not JSON: fall through.
  }
  return response.headers.get('location') ?? key;
}
