/**
 * Retention on a fake clock: a case that ended more than CASE_RETENTION_DAYS ago keeps only its
 * counted skeleton, its conversation goes; a younger or open one is untouched; idle conversations
 * without a case go after RETENTION_DAYS; monitoring counts the same before and after.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ConversationRecord } from '../../src/core/runtime.js';
import type { Handoff } from '../../src/handoff/handoff.js';
import { createHandoffService } from '../../src/handoff/handoff-service.js';
import { createMailTransport } from '../../src/handoff/mail-transport.js';
import { createOutbox } from '../../src/handoff/outbox.js';
import { createLogger } from '../../src/log.js';
import { computeReport } from '../../src/monitoring/report.js';
import { purgeEndedCases } from '../../src/privacy/case-retention.js';
import type { ConsentRecord } from '../../src/privacy/consent-log.js';
import { createErasure } from '../../src/privacy/erasure.js';
import { createLowdbStore } from '../../src/store/lowdb-store.js';
import { purgeIdleConversations } from '../../src/store/retention.js';
import { consenting, fakeClock, sampleRequest, tempDir } from '../handoff/fixtures.js';
import { files } from '../support/files.js';

const log = createLogger('silent');

const DAY = 86_400_000;
const NOW = new Date('2026-11-23T10:00:00.000Z');
const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

describe('retention of case data', () => {
  it('redacts cases ended more than CASE_RETENTION_DAYS ago, never an open one, deletes idle conversations, and keeps every count', async () => {
    const { dir, cleanup } = await tempDir();
    const store = await createLowdbStore(join(dir, 'db'));
    const clock = fakeClock(ago(500));
    const outboxDir = join(dir, 'outbox');
    const outbox = createOutbox({ store, transport: createMailTransport({ outboxDir, from: 'naast@naast.test' }), log, now: clock.now });
    const handoffs = consenting(createHandoffService({ store, outbox, publicUrl: 'https://naast.test', referencePrefix: 'HA', log, now: clock.now }), store);
    const erasure = createErasure({ store, outbox, handoffs, outboxDir, log, now: clock.now });
    try {
      /** A case made `createdDaysAgo`, then moved through `steps` at the given ages; its conversation record is stored as the runtime would. */
      async function caseOf(name: string, createdDaysAgo: number, steps: ['accept' | 'decline' | 'close', number][], channel = 'telegram') {
        clock.set(ago(createdDaysAgo));
        const user = channel === 'email' ? `${name.toLowerCase()}@voorbeeld.nl` : name;
        const conversation = `${channel}:${user}`;
        const h = await handoffs.create(sampleRequest({ conversation, words: `Het verhaal van ${name}`, contact: { route: 'phone', value: '06 12345678', name }, consent: { at: ago(createdDaysAgo), text: 'toestemming' } }));
        await outbox.drain();
        for (const [action, daysAgo] of steps) {
          clock.set(ago(daysAgo));
          await handoffs.actByReference(h.reference, action, action === 'decline' ? `Reden over ${name}` : undefined);
        }
        const state = { tree: 'intake', version: 'v', node: 'done', lang: 'nl', langChosen: false, slots: { question: `Het verhaal van ${name}`, name }, domains: [], kind: 'support', offered: [], reference: h.reference };
        await store.put<ConversationRecord>('conversations', { id: conversation, channel, user, state, createdAt: ago(createdDaysAgo), updatedAt: ago(createdDaysAgo) } as ConversationRecord);
        await store.put('addresses', { id: conversation, chat: name });
        return h.reference;
      }
      // The e-mail channel's answers, written as .eml files without SMTP, carry the resident's words.
      const mailer = createMailTransport({ outboxDir, from: 'naast@naast.test' });
      const answerFile = (user: string, name: string) =>
        mailer.send({ to: user, subject: `Re: vraag van ${name}`, text: `Beste ${name}, dank voor je bericht.`, html: `<p>Beste ${name}, dank voor je bericht.</p>`, name: `email-${user}-${Date.now()}` });
      const closedLongAgo = await caseOf('Aaltje', 400, [['accept', 399], ['close', 366]], 'email');
      await answerFile('aaltje@voorbeeld.nl', 'Aaltje');
      const declinedLongAgo = await caseOf('Bartel', 380, [['decline', 367]]);
      const closedRecently = await caseOf('Cornelis', 400, [['accept', 399], ['close', 364]]);
      const openForAges = await caseOf('Dirkje', 800, []);
      const idle = (id: string, daysAgo: number) =>
        store.put<ConversationRecord>('conversations', {
          id,
          channel: 'webchat',
          user: id,
          state: { tree: 'intake', version: 'v', node: 'for_whom', lang: 'nl', langChosen: false, slots: { question: `Verhaal van ${id}` }, domains: [], kind: 'support', offered: [] },
          createdAt: ago(daysAgo),
          updatedAt: ago(daysAgo),
        } as ConversationRecord);
      await idle('webchat:Evert', 31);
      await idle('webchat:Femke', 29);
      await idle('email:gerrit@voorbeeld.nl', 40);
      await answerFile('gerrit@voorbeeld.nl', 'Gerrit');
      await idle('email:hanna@voorbeeld.nl', 3);
      await answerFile('hanna@voorbeeld.nl', 'Hanna');

      const period = { from: '2024-01-01', to: '2026-12-31' };
      const counted = await computeReport(store, period);
      expect(counted.totals.handoffs).toBe(4);

      clock.set(NOW.toISOString());
      const idleGone = await purgeIdleConversations(store, NOW, 30, erasure.deleteConversationMailFiles);
      const purged = await purgeEndedCases({ store, erasure }, NOW, 365);

      expect(idleGone).toBe(2);
      expect(purged.references.sort()).toEqual([closedLongAgo, declinedLongAgo].sort());
      expect(purged.conversations).toBe(2);
      expect(await computeReport(store, period)).toEqual(counted);

      const get = (reference: string) => store.get<Handoff>('handoffs', reference);
      for (const reference of [closedLongAgo, declinedLongAgo]) {
        const h = (await get(reference))!;
        expect(h).toMatchObject({ words: '', answers: [], conversation: '', contact: { route: 'phone' } });
        expect(h.erasedAt).toBe(NOW.toISOString());
        expect(h.history.every((e) => e.note === undefined)).toBe(true);
      }
      expect((await get(closedRecently))?.words).toBe('Het verhaal van Cornelis');
      expect((await get(openForAges))?.words).toBe('Het verhaal van Dirkje');
      expect((await get(openForAges))?.erasedAt).toBeUndefined();

      const conversations = (await store.list('conversations')).map((c) => c.id).sort();
      expect(conversations).toEqual(['email:hanna@voorbeeld.nl', 'telegram:Cornelis', 'telegram:Dirkje', 'webchat:Femke']);
      expect((await store.list('addresses')).map((a) => a.id).sort()).toEqual(['telegram:Cornelis', 'telegram:Dirkje']);
      // Consents stay; those of the redacted cases no longer name the conversation.
      const consents = await store.list<ConsentRecord>('consents');
      expect(consents).toHaveLength(4);
      for (const c of consents) expect(c.conversationHash === undefined).toBe(c.reference === closedLongAgo || c.reference === declinedLongAgo);
      // Retention tells no organisation: no erasure mail.
      expect((await store.list('outbox')).filter((i) => i.id.endsWith('-erased'))).toEqual([]);

      // Nothing of Aaltje, Bartel, Evert or Gerrit left in any file: not in the store, not in the mail files.
      for (const path of await files(dir)) {
        const text = (await readFile(path, 'utf8')).toLowerCase();
        for (const gone of ['Aaltje', 'Bartel', 'Evert', 'Gerrit']) expect(text.includes(gone.toLowerCase()), `${path} holds ${gone}`).toBe(false);
      }
      const left = await readdir(outboxDir);
      expect(left.some((f) => f.startsWith(closedRecently))).toBe(true);
      expect(left.filter((f) => f.startsWith('email-')), 'a recent e-mail conversation keeps its answers').toHaveLength(1);

      // Run again: nothing more to do.
      expect((await purgeEndedCases({ store, erasure }, NOW, 365)).references).toEqual([]);
    } finally {
      await outbox.stop();
      await store.close();
      await cleanup();
    }
  });
});
