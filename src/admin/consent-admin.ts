/**
 * The consent log for administrators (`GET /admin/api/consents[?reference=]`): what was agreed,
 * with whom, for what, under which text, and any withdrawal. The log holds no resident text and
 * no conversation id (only its hash, which this answer leaves out too).
 */
import type { RequestHandler, Router } from 'express';
import type { ConsentRecord } from '../privacy/consent-log.js';
import { normaliseReference, REFERENCE_PATTERN } from '../handoff/reference.js';
import type { Store } from '../store/store.js';
import type { Role } from './accounts.js';

/** Registers `/consents` on the admin API (behind its login), for administrators only. */
export function registerConsentRoutes(api: Router, allow: (...roles: Role[]) => RequestHandler, opts: { store: Pick<Store, 'list'> }): void {
  api.get('/consents', allow('administrator'), async (req, res) => {
    const raw = typeof req.query.reference === 'string' ? req.query.reference : '';
    let records: ConsentRecord[];
    if (raw.trim()) {
      const reference = normaliseReference(raw);
      if (!REFERENCE_PATTERN.test(reference)) return void res.status(400).json({ error: 'Dat is geen nummer zoals HA-7K3Q. / reference: not a reference like HA-7K3Q' });
      records = await opts.store.list<ConsentRecord>('consents', { field: 'reference', value: reference });
    } else {
      records = await opts.store.list<ConsentRecord>('consents');
    }
    // Newest first; the hash stays in the store, where only the handoff service needs it.
    res.json(records.sort((a, b) => b.at.localeCompare(a.at)).map(({ conversationHash: _hash, ...rest }) => rest));
  });
}
