import type { Router } from 'express';
import type { ChannelId, Inbound, Outbound } from '../src/core/messages.js';

/** The runtime's entry point as a channel sees it: one resident message in, what to say back out. */
export type Handler = (inbound: Inbound) => Promise<Outbound[]>;

/**
 * What every channel adapter gives the app. An adapter turns its library's events into `Inbound`,
 * renders `Outbound` by what its client can show, and never lets the core see the library.
 */
export interface Channel {
  readonly id: ChannelId;
  /** Routes to mount on the web server, for channels that receive over HTTP (webhooks). */
  readonly router?: Router;
  /** Starts receiving; every message goes through `handle`, and its replies back to the resident. */
  start(handle: Handler): Promise<void>;
  /** Says something later, outside a reply (a supporter's answer); rejects when the resident can't be reached. */
  send(user: string, replies: Outbound[]): Promise<void>;
  /** Stops receiving and waits for replies in flight. */
  stop(): Promise<void>;
}

/** What several channels say in the same situation; the dialog's own texts come from the dialog files. */
export const CHANNEL_TEXTS = {
  /** A photo or file with words: the words are read, the rest cannot be. */
  caption: 'Ik kan de foto of het bestand niet bekijken, maar ik lees wel je tekst erbij.\n\nI cannot look at the photo or file, but I do read the text with it.',
};

/** A channel's call that failed (sending, receiving, connecting), and whether trying again later may help. */
export class ChannelError extends Error {
  constructor(
    readonly channel: ChannelId,
    message: string,
    readonly retryable: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ChannelError';
  }
}

/** Renders choices as "1. label" lines under the text, for channels without buttons. */
export function renderAsText(reply: Outbound): string {
  if (reply.kind === 'text') return reply.text;
  const lines = reply.choices.map((c, i) => `${i + 1}. ${c.label}`);
  return [reply.text, ...lines].join('\n');
}

/**
 * Splits a text into parts of at most `limit` characters, at paragraph, line or sentence ends where
 * it can, at a space where it must, and mid-word only when a single word is longer than the limit.
 */
export function splitText(text: string, limit: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const window = rest.slice(0, limit + 1);
    let cut = lastBreak(window, /\n\n/g) ?? lastBreak(window, /\n/g) ?? lastBreak(window, /[.!?…](?=\s)/g, 1) ?? lastBreak(window, /\s/g) ?? limit;
    // Never cut an emoji or other astral character in half.
    if (/[\ud800-\udbff]/.test(rest.charAt(cut - 1))) cut--;
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0 || parts.length === 0) parts.push(rest);
  return parts;
}

/** The end of the last match in the window that leaves at least a third of it in the part, or undefined. */
function lastBreak(window: string, re: RegExp, keep = 0): number | undefined {
  let at: number | undefined;
  for (const m of window.matchAll(re)) {
    const end = m.index + keep;
    if (end > window.length / 3 && end < window.length) at = end;
  }
  return at;
}
