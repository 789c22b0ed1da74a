import type { ChannelId, Inbound, Outbound } from '../src/core/messages.js';

/** What every channel adapter gives the runtime. */
export interface Channel {
  readonly id: ChannelId;
  /** How many choices the channel can show as buttons; 0 renders them as a numbered list. */
  readonly maxChoices: number;
  start(onMessage: (m: Inbound) => Promise<void>): Promise<void>;
  send(user: string, replies: Outbound[]): Promise<void>;
  stop(): Promise<void>;
}

/** Renders choices as "1. label" lines under the text, for channels without buttons. */
export function renderAsText(reply: Outbound): string {
  if (reply.kind === 'text') return reply.text;
  const lines = reply.choices.map((c, i) => `${i + 1}. ${c.label}`);
  return [reply.text, ...lines].join('\n');
}
