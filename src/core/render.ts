import type { Pool } from '../pool/pool-schema.js';
import type { Lang } from './messages.js';
import type { ConversationState } from './state.js';
import type { TreeText } from './tree-schema.js';

/** Fills `{placeholders}` from the pool, the slots and what the caller adds; unknown ones become empty. */
export function render(text: TreeText, state: ConversationState, pool: Pool, extra: Record<string, string> = {}): string {
  const lang: Lang = state.lang;
  const vars: Record<string, string> = {
    municipality: pool.municipality,
    frontDesk: pool.frontDesk.name[lang],
    frontDeskPhone: pool.frontDesk.phone,
    frontDeskHours: pool.frontDesk.hours[lang],
    ...state.slots,
    ...extra,
  };
  return text[lang].replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => vars[name] ?? '');
}
