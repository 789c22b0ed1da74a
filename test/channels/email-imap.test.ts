import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';
import type { ParsedMail } from 'mailparser';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMAIL_TEXTS } from '../../channels/email.js';
import { startNaast, type RunningNaast } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { dovecotMissing, startFakeImap, type FakeImap } from '../fakes/imap-server.js';
import { startFakeSmtp, type FakeSmtp } from '../fakes/smtp-server.js';

const NAAST = 'naast@gemeente.example.nl';
const WORDS = 'Mijn moeder kan de trap niet meer op en heeft hulp nodig in huis.';

// Without dovecot the IMAP side cannot be tested; on CI it must be (.ci/run installs it).
const missing = await dovecotMissing();
const skip = missing !== undefined && !process.env.CI;
if (skip) console.warn(`Skipping the e-mail channel's IMAP tests: ${missing}`);

const referencesOf = (m: ParsedMail): string[] => (Array.isArray(m.references) ? m.references : m.references ? [m.references] : []);

describe.skipIf(skip)('the e-mail channel, reading a real IMAP mailbox (dovecot) and answering over SMTP', () => {
  let imap: FakeImap;
  let smtp: FakeSmtp;
  let naast: RunningNaast | undefined;
  let mailbox: ImapFlow;
  let dataDir: string;
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });

  const start = (env: Record<string, string> = {}) =>
    startNaast(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SMTP_URL: smtp.url, MAIL_FROM: NAAST, LOG_LEVEL: 'silent', IMAP_URL: imap.url, ...env }));

  /** The test's own IMAP client, the municipality's mail server putting mail into the INBOX. */
  async function openMailbox(): Promise<ImapFlow> {
    const client = new ImapFlow({ host: imap.host, port: imap.port, secure: false, auth: { user: imap.user, pass: imap.pass }, logger: false });
    client.on('error', () => undefined);
    await client.connect();
    await client.mailboxOpen('INBOX');
    return client;
  }

  /** Puts a resident's mail into the INBOX, as the municipality's mail server would; returns its UID and Message-ID. */
  async function deliver(mail: SendMailOptions): Promise<{ uid: number; messageId: string }> {
    const info = await composer.sendMail({ to: NAAST, ...mail });
    const appended = await mailbox.append('INBOX', info.message as Buffer);
    if (!appended || appended.uid === undefined) throw new Error('APPEND failed');
    return { uid: appended.uid, messageId: info.messageId };
  }
  const flagsOf = async (uid: number): Promise<Set<string> | undefined> => (await mailbox.fetchAll(String(uid), { uid: true, flags: true }, { uid: true }))[0]?.flags;
  const answersTo = (messageId: string) => smtp.messages.filter((m) => m.inReplyTo === messageId);

  beforeAll(async () => {
    imap = await startFakeImap();
    smtp = await startFakeSmtp();
    dataDir = await mkdtemp(join(tmpdir(), 'naast-email-imap-'));
    mailbox = await openMailbox();
    naast = await start();
  });
  afterAll(async () => {
    await naast?.stop();
    await mailbox?.logout().catch(() => undefined);
    composer.close();
    await smtp?.close();
    await imap?.close();
  });

  it('answers a mail in the mailbox, marks it \\Seen, keeps it, and does not answer it again after a restart', async () => {
    expect(naast!.channels).toEqual(['webchat', 'email']);
    const resident = 'els@example.nl';
    const first = await deliver({ from: resident, subject: 'Hulp voor mijn moeder', text: WORDS });
    const answer = await smtp.waitFor((m) => m.inReplyTo === first.messageId);
    expect(answer.to).toMatchObject({ value: [{ address: resident }] });
    expect(answer.subject).toBe('Re: Hulp voor mijn moeder');
    expect(referencesOf(answer)).toEqual([first.messageId]);
    expect(answer.text).toContain('Voor wie zoek je hulp?');

    // Stopping waits for the mail in hand, so its flag is set by now.
    await naast!.stop();
    naast = undefined;
    expect(await flagsOf(first.uid)).toContain('\\Seen');

    naast = await start();
    const quoted = (answer.text ?? '').split('\n').map((l) => `> ${l}`).join('\n');
    const second = await deliver({
      from: resident,
      subject: `Re: ${answer.subject}`,
      inReplyTo: answer.messageId,
      references: [...referencesOf(answer), answer.messageId!],
      text: `1\n\nOp di 3 nov. 2026 om 10:12 schreef Naast <${NAAST}>:\n${quoted}`,
    });
    const next = await smtp.waitFor((m) => m.inReplyTo === second.messageId);
    // The conversation went on where it was: the answer "1" chose "for me", now "how soon".
    expect(next.text).toContain('Hoe snel heb je hulp nodig?');
    expect(referencesOf(next)[0]).toBe(first.messageId);
    expect(answersTo(first.messageId)).toHaveLength(1);
    // Nothing was deleted: both mails are still in the mailbox.
    expect(await mailbox.search({ all: true }, { uid: true })).toEqual(expect.arrayContaining([first.uid, second.uid]));
  });

  it('marks automatic mail \\Seen without answering it, and answers a mail over 10 MB without reading it', async () => {
    const resident = 'piet@example.nl';
    const auto = await deliver({ from: resident, subject: 'Automatisch antwoord: Re: Hulp', text: 'Ik ben afwezig tot maandag.', headers: { 'Auto-Submitted': 'auto-replied' } });
    const own = await deliver({ from: NAAST, subject: 'Re: Hulp', text: 'Een kopie van ons eigen antwoord.' });
    const big = await deliver({ from: resident, subject: 'Scan', text: WORDS, attachments: [{ filename: 'scan.pdf', content: Buffer.alloc(12 * 1024 * 1024, 0x41) }] });
    const tooBig = await smtp.waitFor((m) => m.inReplyTo === big.messageId);
    expect(tooBig.text).toBe(EMAIL_TEXTS.tooBig(10));
    expect(tooBig.subject).toBe('Re: Scan');
    // Mail is handled oldest first: by the time the large one was answered, the others were done.
    expect(answersTo(auto.messageId)).toEqual([]);
    expect(answersTo(own.messageId)).toEqual([]);
    expect(await flagsOf(auto.uid)).toContain('\\Seen');
    expect(await flagsOf(own.uid)).toContain('\\Seen');

    const later = await deliver({ from: 'kees@example.nl', subject: 'Vraag', text: 'Ik heb schulden en de deurwaarder komt steeds langs.' });
    await smtp.waitFor((m) => m.inReplyTo === later.messageId);
    expect(await flagsOf(big.uid)).toContain('\\Seen');
    expect(answersTo(big.messageId)).toHaveLength(1);
  });

  it('opens the connection again when the server drops it, and reads the mail that came meanwhile', async () => {
    await imap.kick();
    // The kick dropped the test's own connection too.
    mailbox = await openMailbox();
    const mail = await deliver({ from: 'anna@example.nl', subject: 'Vraag', text: WORDS });
    const answer = await smtp.waitFor((m) => m.inReplyTo === mail.messageId, 20_000);
    expect(answer.text).toContain('Voor wie zoek je hulp?');
  });

  it('refuses to start with a wrong password, naming IMAP_URL', async () => {
    const wrong = imap.url.replace(`:${imap.pass}@`, ':fout-wachtwoord@');
    await expect(start({ IMAP_URL: wrong, DATA_DIR: await mkdtemp(join(tmpdir(), 'naast-email-imap-')) })).rejects.toThrow(/^IMAP_URL: the server refused/);
  });
});
