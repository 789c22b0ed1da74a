/** The only message types that cross from channels into the core and back. */

/** Channels Naast can talk through; the core never switches on these. */
export type ChannelId = 'webchat' | 'terminal' | 'telegram' | 'whatsapp' | 'email' | 'botframework' | 'test';

/** What a resident sent, as a channel understood it. */
export type Inbound =
  | { kind: 'text'; channel: ChannelId; user: string; text: string; at: Date }
  | { kind: 'choice'; channel: ChannelId; user: string; choice: string; at: Date }
  | { kind: 'media'; channel: ChannelId; user: string; media: 'voice' | 'image' | 'file' | 'other'; at: Date };

/** A choice offered to the resident; `label` is what they see, `id` what comes back. */
export interface Choice {
  id: string;
  label: string;
}

/** What the core wants said; a channel renders it by its own capabilities. */
export type Outbound =
  | { kind: 'text'; text: string }
  | { kind: 'choices'; text: string; choices: Choice[] };

/** Languages with a full dialog. */
export type Lang = 'nl' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'en'];

/** A text in every full-dialog language. */
export type Text = Record<Lang, string>;
