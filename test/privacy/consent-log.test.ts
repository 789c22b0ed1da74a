/**
 * The consent log: every yes at the consent step is recorded (with whom, for what, which text)
 * before a case exists, nothing reaches an organisation without it, and withdrawals are recorded.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNaast, type RunningNaast } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { HandoffError } from '../../src/handoff/handoff.js';
import { createHandoffService } from '../../src/handoff/handoff-service.js';
import { createMailTransport } from '../../src/handoff/mail-transport.js';
import { createOutbox } from '../../src/handoff/outbox.js';
import { createLogger } from '../../src/log.js';
import { recordConsent, type ConsentRecord } from '../../src/privacy/consent-log.js';
import { createLowdbStore } from '../../src/store/lowdb-store.js';
import { sampleRequest, tempDir } from '../handoff/fixtures.js';
import { invite, login } from '../support/admin-login.js';
import { chat, REFERENCE } from '../support/chat.js';

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const log = createLogger('silent');

describe('the handoff service and the consent log', () => {
  it('refuses a case without a recorded consent for exactly this organisation, and links the consent to the case it allowed', async () => {
    const { dir, cleanup } = await tempDir();
    const store = await createLowdbStore(dir);
    const outbox = createOutbox({ store, transport: createMailTransport({ outboxDir: join(dir, 'outbox'), from: 'naast@naast.test' }), log });
    const service = createHandoffService({ store, outbox, publicUrl: 'https://naast.test', referencePrefix: 'HA', log });
    try {
      const request = sampleRequest();
      const consent = {
        conversation: request.conversation,
        organisation: { id: request.organisation.id, name: request.organisation.name },
        purpose: 'support' as const,
        shared: ['words', 'answers', 'domains', 'name', 'contact'] as ConsentRecord['shared'],
        at: request.consent.at,
        lang: 'nl' as const,
        textVersion: 'intake@test#0123456789ab',
      };
      await expect(service.create(request)).rejects.toThrow(HandoffError);
      // A consent for another organisation, or from another conversation, is not this consent.
      await recordConsent(store, { ...consent, organisation: { id: 'other', name: 'Other' } });
      await recordConsent(store, { ...consent, conversation: 'conv-2' });
      await expect(service.create(request)).rejects.toThrow(/consent/);
      expect(await store.list('handoffs')).toEqual([]);
      expect(await store.list('outbox')).toEqual([]);

      const recorded = await recordConsent(store, consent);
      const handoff = await service.create(request);
      expect((await store.get<ConsentRecord>('consents', recorded.id))?.reference).toBe(handoff.reference);
      await outbox.drain();
      expect((await readdir(join(dir, 'outbox'))).filter((f) => f.endsWith('.eml'))).toEqual([`${handoff.reference}.eml`]);

      // Another organisation after "andere ondersteuner": the first consent is withdrawn by the resident.
      await service.switchAway(handoff.reference);
      expect(await store.get<ConsentRecord>('consents', recorded.id)).toMatchObject({ withdrawnBy: 'resident', reference: handoff.reference });
      expect((await store.get<ConsentRecord>('consents', recorded.id))?.withdrawnAt).toBeDefined();
    } finally {
      await outbox.stop();
      await store.close();
      await cleanup();
    }
  });
});

describe('the consent log, over real HTTP', () => {
  const ADMIN = { email: 'beheer@haarlem.example', password: 'een lang wachtwoord 42' };
  const STORY = 'Ik heb schulden en de deurwaarder Zonnebloem komt steeds langs.';
  let naast: RunningNaast;
  let dataDir: string;
  let admin = '';

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'naast-consents-'));
    naast = await startNaast(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password }));
    admin = await login(naast.url, ADMIN.email, ADMIN.password);
  }, 60_000);
  afterAll(async () => {
    await naast?.stop();
  });

  const consents = async (query = '') => {
    const res = await fetch(`${naast.url}/admin/api/consents${query}`, { headers: { cookie: admin } });
    expect(res.status).toBe(200);
    return (await res.json()) as ConsentRecord[];
  };

  it('records the consent as shown, before the case, and shows it to administrators only', async () => {
    let { session } = await chat(naast.url, undefined, '');
    let consentText = '';
    let reference = '';
    for (const text of [STORY, '3', '3', 'Nog niets', 'nee', 'ja', 'geen voorkeur', 'ja', 'Hermelijn', '06 55443322']) {
      const body = await chat(naast.url, session, text);
      session = body.session;
      const question = body.replies.find((r) => r.text.startsWith('Mag ik je vraag doorgeven'));
      if (question) consentText = question.text;
      if (text === 'ja' && consentText) {
        // The yes to the consent question: the log has it already, two questions before any case exists.
        const early = await consents();
        expect(early).toHaveLength(1);
        expect(early[0]!.reference).toBeUndefined();
        expect(await naast.core.store.list('handoffs')).toEqual([]);
      }
      reference = body.replies.map((r) => r.text).join('\n').match(REFERENCE)?.[0] ?? reference;
    }
    expect(reference).toMatch(REFERENCE);
    expect(consentText).not.toBe('');

    const [record, ...rest] = await consents(`?reference=${reference.toLowerCase()}`);
    expect(rest).toEqual([]);
    expect(record).toMatchObject({ reference, purpose: 'support', lang: 'nl', shared: ['words', 'answers', 'domains', 'name', 'contact'] });
    const tree = naast.core.runtime.liveTree('intake')!;
    expect(record!.textVersion).toBe(`intake@${tree.version}#${sha256(consentText).slice(0, 12)}`);
    expect(record!.organisation.name).toBe((await naast.core.handoffs.status(reference))?.organisation);
    // The API leaves out even the hash; the store keeps only the hash, never the chat id.
    expect(record).not.toHaveProperty('conversationHash');
    const stored = await naast.core.store.get<ConsentRecord>('consents', record!.id);
    expect(stored?.conversationHash).toBe(sha256(`webchat:${session}`));
    const raw = JSON.stringify(await naast.core.store.list('consents'));
    for (const secret of [session, 'Zonnebloem', 'Hermelijn', '55443322']) expect(raw).not.toContain(secret);
    expect((await fetch(`${naast.url}/admin/api/consents?reference=nonsense`, { headers: { cookie: admin } })).status).toBe(400);

    const supporter = (await invite(naast.url, admin, { email: 'steun@org.example', role: 'supporter', organisation: record!.organisation.id }, 'steun wachtwoord 1234')).cookie;
    const viewer = (await invite(naast.url, admin, { email: 'kijk@org.example', role: 'viewer' }, 'kijker wachtwoord 12')).cookie;
    for (const cookie of [supporter, viewer, '']) expect((await fetch(`${naast.url}/admin/api/consents?reference=${reference}`, { headers: cookie ? { cookie } : {} })).status).not.toBe(200);

    // "andere ondersteuner": the resident withdraws it.
    await chat(naast.url, session, 'andere ondersteuner');
    const [withdrawn] = await consents(`?reference=${reference}`);
    expect(withdrawn).toMatchObject({ withdrawnBy: 'resident' });
  }, 60_000);

  it('withdraws a consent when the resident stops before the case is made', async () => {
    const before = (await consents()).length;
    let { session } = await chat(naast.url, undefined, '');
    for (const text of [STORY, '3', '3', 'Nog niets', 'nee', 'ja', 'geen voorkeur', 'ja']) session = (await chat(naast.url, session, text)).session;
    const all = await consents();
    expect(all).toHaveLength(before + 1);
    const mine = all.find((c) => !c.reference && !c.withdrawnAt)!;
    expect(mine).toBeDefined();
    await chat(naast.url, session, 'stop');
    expect((await consents()).find((c) => c.id === mine.id)).toMatchObject({ withdrawnBy: 'resident' });
    // It never led to a case.
    expect((await consents()).find((c) => c.id === mine.id)?.reference).toBeUndefined();
  }, 60_000);
});
