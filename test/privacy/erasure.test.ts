/**
 * Erasure over real HTTP: a resident's "verwijder mijn gegevens" and an administrator's erasure on
 * request leave nothing of what the resident said, or how to reach them, in any file under
 * DATA_DIR (database files and `.eml` outbox included), while monitoring still counts the case and
 * the organisation is asked, without personal data, to delete its copy.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNaast, type RunningNaast } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Handoff } from '../../src/handoff/handoff.js';
import { computeReport } from '../../src/monitoring/report.js';
import { amsterdamDay } from '../../src/monitoring/period.js';
import type { OutboxItem } from '../../src/handoff/outbox.js';
import { freePort } from '../fakes/free-port.js';
import { startFakeSmtp } from '../fakes/smtp-server.js';
import { invite, login } from '../support/admin-login.js';
import { chat, REFERENCE } from '../support/chat.js';
import { files } from '../support/files.js';

const ADMIN = { email: 'beheer@haarlem.example', password: 'een lang wachtwoord 42' };

/** Three residents, each with words that appear nowhere else. */
const ANNA = {
  story: 'Ik heb schulden en de deurwaarder Zwartewaal komt steeds langs.',
  tried: 'Ik belde al met Kwakkelstein',
  name: 'Fatimazahra',
  contact: 'fatima.zwartewaal@voorbeeld.nl',
};
const BEN = { story: 'Ik kan mijn huur niet betalen en de verhuurder Oudewater dreigt.', tried: 'Nog niets', name: 'Liever niet', contact: '06 11223344' };
const CEES = {
  story: 'Ik kan de trap niet meer op en mijn buurman Hoogendijk helpt niet meer.',
  tried: 'Gevraagd aan Brandsma',
  name: 'Gerbrandus',
  contact: '06 98765432',
};

/** Every piece of a resident that must be gone: phrases and their telling parts (digits without spaces too). */
const needles = (r: typeof ANNA, session: string) => [
  r.story,
  r.tried,
  r.name,
  r.contact,
  ...`${r.story} ${r.tried}`.split(' ').filter((w) => /^[A-Z]/.test(w) && w.length > 4),
  ...(/^[\d\s+]+$/.test(r.contact) ? [r.contact.replace(/\s/g, '').slice(-8)] : []),
  session,
];

/** The files whose bytes hold any of the needles, with which. */
async function traces(dir: string, find: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const path of await files(dir)) {
    const bytes = await readFile(path);
    for (const needle of find) if (bytes.includes(Buffer.from(needle, 'utf8'))) found.push(`${path}: ${needle}`);
  }
  return found;
}

/** A whole intake through the chat API; returns the session and the reference. */
async function intake(url: string, r: typeof ANNA): Promise<{ session: string; reference: string }> {
  let { session } = await chat(url, undefined, '');
  for (const text of [r.story, '3', '3', r.tried, 'nee', 'ja', 'geen voorkeur', 'ja', r.name, r.contact]) {
    const body = await chat(url, session, text);
    session = body.session;
    const reference = body.replies.map((x) => x.text).join('\n').match(REFERENCE)?.[0];
    if (reference) return { session, reference };
  }
  throw new Error('no reference after the whole intake');
}

const said = (body: { replies: { text: string; choices?: string[] }[] }) => body.replies.map((r) => [r.text, ...(r.choices ?? [])].join(' | ')).join('\n');

describe('erasure, over real HTTP', () => {
  let naast: RunningNaast;
  let dataDir: string;
  let admin = '';
  const today = () => ({ from: amsterdamDay(new Date()), to: amsterdamDay(new Date()) });

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'naast-erasure-'));
    naast = await startNaast(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password }));
    admin = await login(naast.url, ADMIN.email, ADMIN.password);
  }, 60_000);
  afterAll(async () => {
    await naast?.stop();
  });

  it('"verwijder mijn gegevens", confirmed, leaves no trace of the resident in any file; the case still counts and its organisation is asked to delete its copy', async () => {
    const anna = await intake(naast.url, ANNA);
    await naast.core.outbox.drain();
    const handoffMail = join(dataDir, 'outbox', `${anna.reference}.eml`);
    expect(existsSync(handoffMail)).toBe(true);
    // The test can fail: before erasure, her words are on disk.
    expect(await traces(dataDir, needles(ANNA, anna.session))).not.toEqual([]);
    const before = await computeReport(naast.core.store, today());

    const asked = await chat(naast.url, anna.session, 'Verwijder mijn gegevens');
    expect(asked.replies.at(-1)).toMatchObject({ choices: ['Ja', 'Nee'] });
    expect(said(asked)).toContain('Wil je dat ik al je gegevens wis?');
    const done = await chat(naast.url, anna.session, 'ja');
    expect(said(done)).toContain('Klaar. Ik heb je gegevens gewist.');
    await naast.core.outbox.drain();

    expect(await traces(dataDir, needles(ANNA, anna.session))).toEqual([]);
    expect(existsSync(handoffMail)).toBe(false);

    // The skeleton stays, and monitoring counts exactly as before.
    const skeleton = await naast.core.store.get<Handoff>('handoffs', anna.reference);
    expect(skeleton).toMatchObject({ reference: anna.reference, words: '', answers: [], conversation: '', kind: 'support' });
    expect(skeleton?.erasedAt).toBeDefined();
    expect(await computeReport(naast.core.store, today())).toEqual(before);

    // The organisation that had the case is asked to delete its copy, with the reference and nothing else.
    const mail = await simpleParser(await readFile(join(dataDir, 'outbox', `${anna.reference}-erased.eml`)));
    expect(mail.subject).toContain(anna.reference);
    expect(mail.text).toContain('De inwoner heeft gevraagd alle gegevens te wissen. Verwijder ook uw kopie van deze zaak (AVG artikel 17).');
    expect((mail.to as { text: string }).text).toBe(skeleton!.organisation.email);

    // Her consent is withdrawn by the erasure, and no longer names her conversation.
    const consents = (await (await fetch(`${naast.url}/admin/api/consents?reference=${anna.reference}`, { headers: { cookie: admin } })).json()) as { withdrawnBy?: string }[];
    expect(consents).toHaveLength(1);
    expect(consents[0]!.withdrawnBy).toBe('erasure');

    // The next message starts a new conversation: the old session is gone.
    const again = await chat(naast.url, anna.session, 'hallo');
    expect(again.session).not.toBe(anna.session);
    expect(said(again)).toContain('Hallo, ik ben Naast');
  }, 60_000);

  it('keeps everything when the resident says anything but yes', async () => {
    let { session } = await chat(naast.url, undefined, '');
    for (const text of [BEN.story, '3']) session = (await chat(naast.url, session, text)).session;
    const asked = await chat(naast.url, session, 'delete my data');
    expect(said(asked)).toContain('Wil je dat ik al je gegevens wis?');
    const kept = await chat(naast.url, session, 'nee');
    expect(kept.session).toBe(session);
    expect(said(kept)).toContain('Goed. Ik heb niets gewist.');
    // Back at the question they were at.
    expect(said(kept)).toContain('Hoe snel heb je hulp nodig?');
    expect(await traces(dataDir, ['Oudewater'])).not.toEqual([]);
    expect(await naast.core.runtime.exists('webchat', session)).toBe(true);
  }, 30_000);

  it('lets an administrator erase a case on request, audited by reference; supporters and editors may not', async () => {
    const cees = await intake(naast.url, CEES);
    await naast.core.outbox.drain();
    const h = (await naast.core.store.get<Handoff>('handoffs', cees.reference))!;
    const supporter = (await invite(naast.url, admin, { email: 'anna@org.example', role: 'supporter', organisation: h.organisation.id }, 'anna haar eigen wachtwoord')).cookie;
    const editor = (await invite(naast.url, admin, { email: 'redactie@haarlem.example', role: 'editor' }, 'redactie wachtwoord 12')).cookie;
    const erase = (cookie: string) =>
      fetch(`${naast.url}/admin/api/cases/${cees.reference}/erase`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: '{}' });

    expect((await erase(supporter)).status).toBe(403);
    expect((await erase(editor)).status).toBe(403);
    expect(await traces(dataDir, needles(CEES, cees.session))).not.toEqual([]);

    const res = await erase(admin);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ reference: cees.reference });
    await naast.core.outbox.drain();
    expect(await traces(dataDir, needles(CEES, cees.session))).toEqual([]);
    expect(existsSync(join(dataDir, 'outbox', `${cees.reference}-erased.eml`))).toBe(true);

    const audit = (await (await fetch(`${naast.url}/admin/api/audit`, { headers: { cookie: admin } })).json()) as { user: string; action: string; detail?: Record<string, unknown> }[];
    expect(audit.filter((e) => e.action === 'case erased')).toEqual([expect.objectContaining({ user: ADMIN.email, detail: { reference: cees.reference } })]);
    const consents = (await (await fetch(`${naast.url}/admin/api/consents?reference=${cees.reference}`, { headers: { cookie: admin } })).json()) as { withdrawnBy?: string }[];
    expect(consents.map((c) => c.withdrawnBy)).toEqual(['administrator']);

    // Once is enough; the supporter sees the case as erased, with nothing left to decide.
    expect((await erase(admin)).status).toBe(409);
    const seen = (await (await fetch(`${naast.url}/admin/api/cases/${cees.reference}`, { headers: { cookie: supporter } })).json()) as { actions: string[]; erasedAt?: string };
    expect(seen.actions).toEqual([]);
    expect(seen.erasedAt).toBeDefined();
    // The resident's chat is a new conversation now.
    expect((await chat(naast.url, cees.session, 'status')).session).not.toBe(cees.session);
  }, 60_000);
});

describe('erasure before the handoff mail went out', () => {
  it('withdraws the undelivered mail, so it is never sent, and sends no erasure mail to an organisation that never had the case', async () => {
    const port = await freePort();
    const dataDir = await mkdtemp(join(tmpdir(), 'naast-erasure-smtp-'));
    // Nothing listens on the port yet: the handoff mail waits in the outbox for a retry.
    const naast = await startNaast(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent', SMTP_URL: `smtp://127.0.0.1:${port}` }));
    let smtp: Awaited<ReturnType<typeof startFakeSmtp>> | undefined;
    try {
      const anna = await intake(naast.url, ANNA);
      await naast.core.outbox.drain();
      const pending = await naast.core.store.list<OutboxItem>('outbox', { field: 'handoff', value: anna.reference });
      expect(pending.map((i) => i.status)).toEqual(['pending']);

      await chat(naast.url, anna.session, 'wis mijn gegevens');
      expect(said(await chat(naast.url, anna.session, 'Ja'))).toContain('Klaar. Ik heb je gegevens gewist.');

      expect(await naast.core.store.list('outbox', { field: 'handoff', value: anna.reference })).toEqual([]);
      expect(await traces(dataDir, needles(ANNA, anna.session))).toEqual([]);
      // The mail server comes back and the outbox runs: nothing about her goes out.
      smtp = await startFakeSmtp(port);
      await naast.core.outbox.runDue();
      await naast.core.outbox.drain();
      expect(smtp.messages).toEqual([]);
      expect((await naast.core.store.get<Handoff>('handoffs', anna.reference))?.status).toBe('queued');
    } finally {
      await naast.stop();
      await smtp?.close();
    }
  }, 60_000);
});

describe('an erasure that fails', () => {
  it('answers with the error text, not silence or a stack trace, and keeps the conversation usable', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'naast-erasure-fail-'));
    // The outbox folder is a file: no mail file can be written or deleted there.
    await writeFile(join(dataDir, 'outbox'), 'not a folder');
    const naast = await startNaast(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));
    try {
      const anna = await intake(naast.url, ANNA);
      await chat(naast.url, anna.session, 'verwijder mijn gegevens');
      const failed = await chat(naast.url, anna.session, 'ja');
      expect(failed.session).toBe(anna.session);
      expect(said(failed)).toContain('Sorry, er ging bij ons iets mis.');
      expect(said(failed)).not.toContain('Klaar. Ik heb je gegevens gewist.');
      expect(said(failed)).not.toMatch(/ENOTDIR|Error|at .*\.ts/);
      // Still there, and asking again works as before.
      expect(said(await chat(naast.url, anna.session, 'verwijder mijn gegevens'))).toContain('Wil je dat ik al je gegevens wis?');
    } finally {
      await naast.stop();
    }
  }, 60_000);
});
