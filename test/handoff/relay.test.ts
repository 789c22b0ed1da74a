import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ParsedMail } from 'mailparser';
import nodemailer, { type Transporter } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNaast, type RunningNaast } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { relayAddress, relayTokenIn } from '../../src/handoff/relay.js';
import { freePort } from '../fakes/free-port.js';
import { chat, chatIntake } from '../support/chat.js';
import { startFakeSmtp, type FakeSmtp } from '../fakes/smtp-server.js';

const NAAST = 'naast@naast.example.org';
const SUPPORTER = 'anna@clientenbelang.example.org';
const headerOf = (m: ParsedMail, name: string) => {
  const v = m.headers.get(name);
  return typeof v === 'string' ? v : ((v as { text?: string } | undefined)?.text ?? JSON.stringify(v));
};
const referencesOf = (m: ParsedMail) => (Array.isArray(m.references) ? m.references : m.references ? [m.references] : []);

describe('relay addresses', () => {
  it('puts an unguessable token in a plus address and finds it again among recipients', () => {
    const address = relayAddress(NAAST, 'abcdefghijklmnopqrstuvwxyz');
    expect(address).toBe('naast+cabcdefghijklmnopqrstuvwxyz@naast.example.org');
    expect(relayTokenIn(['someone@else.org', address.toUpperCase()])).toBe('abcdefghijklmnopqrstuvwxyz');
    expect(relayTokenIn(['naast+cshort@naast.example.org', NAAST])).toBeUndefined();
  });
});

describe('answers between supporter and resident, through real SMTP on loopback', () => {
  let smtp: FakeSmtp;
  let naast: RunningNaast;
  let supporter: Transporter;

  beforeAll(async () => {
    smtp = await startFakeSmtp();
    const port = await freePort();
    const dataDir = await mkdtemp(join(tmpdir(), 'naast-relay-'));
    // Conversations expire after 4 seconds here, to show an answer still finds its way days later.
    naast = await startNaast(
      loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SMTP_URL: smtp.url, MAIL_FROM: NAAST, LOG_LEVEL: 'silent', INBOUND_SMTP_PORT: String(port), SESSION_TTL_HOURS: String(4 / 3600) }),
    );
    supporter = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  });
  afterAll(async () => {
    supporter?.close();
    await naast?.stop();
    await smtp?.close();
  });


  it('brings a supporter\'s e-mail reply to the web chat, and the resident\'s answer back into the same thread', { timeout: 20_000 }, async () => {
    const { session, reference } = await chatIntake(naast.url, 'Ik heb schulden en de deurwaarder komt steeds langs.');
    const handoff = await smtp.waitFor((m) => (m.subject ?? '').includes(reference));
    const replyTo = handoff.replyTo!.value[0]!.address!;
    expect(replyTo).toMatch(/^naast\+c[a-z2-7]{26}@naast\.example\.org$/);

    // The supporter answers the handoff mail, as a mail program does: new text on top, the old mail quoted.
    const sent = await supporter.sendMail({
      from: SUPPORTER,
      to: replyTo,
      subject: `Re: ${handoff.subject}`,
      inReplyTo: handoff.messageId,
      references: [handoff.messageId!],
      text: `Beste meneer, ik kan u donderdag om 10 uur bellen. Schikt dat?\n\nMet vriendelijke groet,\nAnna\n\nOp 23 nov. 2026 schreef Naast:\n> ${(handoff.text ?? '').split('\n').join('\n> ')}`,
    });

    // The resident sees it at their next message, before the answer to what they typed.
    let body = await chat(naast.url, session, 'status');
    expect(body.replies[0]!.text).toContain(reference);
    expect(body.replies[0]!.text).toContain('ik kan u donderdag om 10 uur bellen');
    expect(body.replies[0]!.text).not.toContain('Op 23 nov. 2026 schreef');
    expect(body.replies[0]!.text).not.toContain('Met vriendelijke groet');

    // Their answer goes to the supporter, in the supporter's thread, and further replies come back again.
    const before = smtp.messages.length;
    body = await chat(naast.url, session, 'Ja, donderdag om 10 uur is goed.');
    expect(body.replies.at(-1)!.text).toMatch(/Je bericht is doorgestuurd/);
    const answer = await smtp.waitFor((m) => smtp.messages.indexOf(m) >= before && (m.to as { text: string }).text.includes(SUPPORTER));
    expect(answer.text).toContain('Ja, donderdag om 10 uur is goed.');
    expect(answer.subject).toBe(`Re: ${handoff.subject}`);
    expect(answer.inReplyTo).toBe(sent.messageId);
    expect(referencesOf(answer)).toEqual(expect.arrayContaining([handoff.messageId, sent.messageId]));
    expect(answer.replyTo!.value[0]!.address).toBe(replyTo);
    expect(headerOf(answer, 'x-naast-reference')).toBe(reference);

    // After the conversation expired (a day later, say), the resident's words still reach the supporter.
    await new Promise((r) => setTimeout(r, 4_200));
    const later = smtp.messages.length;
    body = await chat(naast.url, session, 'Ik ben er donderdag de hele ochtend.');
    expect(body.replies.at(-1)!.text).toMatch(/Je bericht is doorgestuurd/);
    await smtp.waitFor((m) => smtp.messages.indexOf(m) >= later && (m.text ?? '').includes('de hele ochtend'));

    // Commands still work as commands, not as messages for the supporter.
    body = await chat(naast.url, session, 'status');
    expect(body.replies[0]!.text).toContain(reference);
    expect(body.replies.map((r) => r.text).join('\n')).not.toMatch(/Je bericht is doorgestuurd/);
  });

  it('ignores mail to a relay address that opens no case, and out-of-office replies', async () => {
    const before = smtp.messages.length;
    await supporter.sendMail({ from: SUPPORTER, to: relayAddress(NAAST, 'a'.repeat(26)), subject: 'Hallo', text: 'Wie is dit?' });
    await supporter.sendMail({ from: SUPPORTER, to: relayAddress(NAAST, 'b'.repeat(26)), subject: 'Automatisch antwoord: afwezig', text: 'Ik ben afwezig.', headers: { 'Auto-Submitted': 'auto-replied' } });
    await new Promise((r) => setTimeout(r, 200));
    expect(smtp.messages.length).toBe(before);
  });
});
