/**
 * The consent log (collection `consents`): every consent a resident gives to share their question,
 * with whom, for what, when and under which exact text, and every withdrawal. It holds no resident
 * text and no chat id or phone number: the conversation only as a sha256 hash, and that is dropped
 * once the case is erased or past retention. Nothing reaches an organisation without a record here
 * (the handoff service checks).
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Lang } from '../core/messages.js';
import type { NodeOf } from '../core/tree-schema.js';
import type { Store, StoredRecord } from '../store/store.js';

/** What a consent lets Naast pass on, as the consent text names it. */
export type ConsentCategory = 'words' | 'answers' | 'domains' | 'name' | 'contact';

/** Who ended a consent: the resident (another organisation, or stop before the handoff), their erasure, or an administrator erasing on their request. */
export type WithdrawnBy = 'resident' | 'erasure' | 'administrator';

export interface ConsentRecord extends StoredRecord {
  id: string;
  /** The case it led to, once the handoff exists. */
  reference?: string;
  /** sha256 (hex) of the conversation id (`<channel>:<user>`); gone after erasure or retention. */
  conversationHash?: string;
  organisation: { id: string; name: string };
  purpose: 'support' | 'complaint';
  shared: ConsentCategory[];
  /** When the resident said yes (ISO), as in the handoff's `consent.at`. */
  at: string;
  /** The language the consent text was shown in. */
  lang: Lang;
  /** `<tree id>@<tree version>#<first 12 hex of sha256 of the exact text shown>`. */
  textVersion: string;
  withdrawnAt?: string;
  withdrawnBy?: WithdrawnBy;
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
/** How the log names a conversation without holding its id. */
const hashConversation = sha256;

/** Which text a resident agreed to: the tree version and a fingerprint of the words they saw. */
export function consentTextVersion(treeId: string, treeVersion: string, shownText: string): string {
  return `${treeId}@${treeVersion}#${sha256(shownText).slice(0, 12)}`;
}

/** What a handoff node passes on, in the consent text's order. */
export function sharedCategories(handoff: NodeOf<'handoff'> | undefined): ConsentCategory[] {
  if (!handoff) return ['words', 'domains', 'contact'];
  return ['words', ...(handoff.answers.length ? (['answers'] as const) : []), 'domains', ...(handoff.name ? (['name'] as const) : []), 'contact'];
}

/** Writes one consent; resolves once it is durable. */
export async function recordConsent(
  store: Pick<Store, 'put'>,
  consent: Omit<ConsentRecord, 'id' | 'conversationHash' | 'reference' | 'withdrawnAt' | 'withdrawnBy'> & { conversation: string },
): Promise<ConsentRecord> {
  const { conversation, ...rest } = consent;
  const record: ConsentRecord = { id: randomUUID(), conversationHash: hashConversation(conversation), ...rest };
  await store.put('consents', record);
  return record;
}

/** The consent a handoff request rests on: same conversation, organisation and moment, not withdrawn. */
export async function findConsent(store: Pick<Store, 'list'>, request: { conversation: string; organisation: { id: string }; consent: { at: string } }): Promise<ConsentRecord | undefined> {
  const mine = await store.list<ConsentRecord>('consents', { field: 'conversationHash', value: hashConversation(request.conversation) });
  const fits = mine.filter((c) => !c.withdrawnAt && c.organisation.id === request.organisation.id && Date.parse(c.at) === Date.parse(request.consent.at));
  // One without a case first; a retried handoff (after a crash) may reuse the one that has one.
  return fits.find((c) => !c.reference) ?? fits[0];
}

/** The consents of one conversation or one case. */
export async function consentsOf(store: Pick<Store, 'list'>, where: { conversation: string } | { reference: string }): Promise<ConsentRecord[]> {
  return 'conversation' in where
    ? store.list<ConsentRecord>('consents', { field: 'conversationHash', value: hashConversation(where.conversation) })
    : store.list<ConsentRecord>('consents', { field: 'reference', value: where.reference });
}

/**
 * Marks consents withdrawn (an earlier withdrawal keeps its own time and reason) and, with
 * `forget`, drops the conversation hash so nothing links the log to the resident any more.
 * Returns how many records changed.
 */
export async function withdrawConsents(
  store: Pick<Store, 'put'>,
  records: readonly ConsentRecord[],
  change: { by?: WithdrawnBy; at: string; forget?: boolean },
): Promise<number> {
  let changed = 0;
  for (const record of records) {
    const next: ConsentRecord = { ...record };
    if (change.by && !next.withdrawnAt) Object.assign(next, { withdrawnAt: change.at, withdrawnBy: change.by });
    if (change.forget) delete next.conversationHash;
    if (JSON.stringify(next) === JSON.stringify(record)) continue;
    await store.put('consents', next);
    changed++;
  }
  return changed;
}
