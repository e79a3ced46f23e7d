import type { Data } from '../../core/definition.js';
import { isRecord } from '../../core/path.js';
import { sameData } from '../../core/draft.js';

/** What one tab tells the others about a slot it saved (or cleared, with revision 0). */
export interface Broadcast {
  id: string;
  revision: number;
  writer: string;
  /** With revision 0 (sent and cleared): the answers sent, as JSON. */
  sent?: string;
}

const NAME = 'tilskuddsskjema-drafts';

/**
 * A message as our tabs send it. Any script on the origin can post on the channel, and a revision
 * that is not a safe integer would pass into the copy written on `pagehide`, which then never reads back.
 */
const isBroadcast = (m: unknown): m is Broadcast =>
  isRecord(m) && typeof m.id === 'string' && typeof m.writer === 'string' && Number.isSafeInteger(m.revision) && (m.revision as number) >= 0;

/** The tabs' channel; without BroadcastChannel a tab hears nothing, and its saves' checks still hold. */
export class DraftChannel {
  private channel: BroadcastChannel | undefined;

  open(onMessage: (message: Broadcast) => void): void {
    if (typeof BroadcastChannel !== 'function') return;
    this.channel = new BroadcastChannel(NAME);
    this.channel.onmessage = (e: MessageEvent<unknown>) => {
      if (isBroadcast(e.data)) onMessage(e.data);
    };
  }

  post(message: Broadcast): void {
    this.channel?.postMessage(message);
  }

  close(): void {
    this.channel?.close();
    this.channel = undefined;
  }
}

/** Are the answers another tab sent (JSON in its broadcast) the ones this tab holds? */
export function sentAsHere(sent: unknown, value: Data): boolean {
  if (typeof sent !== 'string') return false;
  try {
    return sameData(JSON.parse(sent), value);
  } catch {
    return false; // not our tabs' message: keep what is here
  }
}
