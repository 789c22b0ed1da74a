import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ParsedMail } from 'mailparser';
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMAIL_TEXTS } from '../../channels/email.js';
import { startNaast, type RunningNaast } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { freePort } from '../fakes/free-port.js';
import { startFakeSmtp, type FakeSmtp } from '../fakes/smtp-server.js';

const REFERENCE = /\b[A-Z]{2}-[2-9A-HJ-NP-Z]{4}\b/;
/** What a resident in a hurry answers, step by step (as in the chat API's test). */
const ANSWERS = ['3', '3', 'Nog niets', 'nee', 'ja', 'geen voorkeur', 'ja', 'Liever niet', '06 12345678'];
const NAAST = 'naast@gemeente.example.nl';
const WORDS = 'Mijn moeder kan de trap niet meer op en heeft hulp nodig in huis.';

const referencesOf = (m: ParsedMail): string[] => (Array.isArray(m.references) ? m.references : m.references ? [m.references] : []);
const addressesOf = (m: ParsedMail): string[] => (Array.isArray(m.to) ? m.to : m.to ? [m.to] : []).flatMap((a) => a.value.map((v) => v.address ?? ''));

/** A reply as a mail program writes it: the new text on top, the previous mail quoted below "Op … schreef Naast:". */
function reply(from: string, previous: ParsedMail, text: string, extra: SendMailOptions = {}): SendMailOptions {
  const quoted = (previous.text ?? '').trimEnd().split('\n').map((l) => `> ${l}`).join('\n');
  return {
    from,
    to: NAAST,
    subject: `Re: ${previous.subject}`,
    inReplyTo: previous.messageId,
    references: [...referencesOf(previous), previous.messageId!],
    text: `${text}\n\nOp di 3 nov. 2026 om 10:12 schreef Naast <${NAAST}>:\n${quoted}\n`,
    ...extra,
  };
}

describe('the e-mail channel, receiving over SMTP and answering through a real SMTP server', () => {
  let smtp: FakeSmtp;
  let naast: RunningNaast;
  let resident: Transporter;
  let nextResident = 1;

  /**
   * Sends a resident's mail to Naast's inbound port and returns what Naast answered that resident.
   * Naast says 250 only after it answered, so every answer is in the fake SMTP server by then.
   */
  async function send(mail: SendMailOptions): Promise<{ messageId: string; answers: ParsedMail[] }> {
    const before = smtp.messages.length;
    const info = await resident.sendMail(mail);
    const to = String(mail.from);
    return { messageId: info.messageId, answers: smtp.messages.slice(before).filter((m) => addressesOf(m).includes(to)) };
  }

  /** A whole intake by mail, each answer a reply quoting Naast's previous mail; returns the last answer and the thread's root. */
  async function intakeFrom(from: string, first: ParsedMail): Promise<{ last: ParsedMail; reference: string }> {
    let previous = first;
    for (const answer of ANSWERS) {
      if (REFERENCE.test(previous.text ?? '')) break;
      const { messageId, answers } = await send(reply(from, previous, answer));
      expect(answers, `answer to "${answer}"`).toHaveLength(1);
      const [next] = answers as [ParsedMail];
      expect(next.inReplyTo).toBe(messageId);
      expect(referencesOf(next).at(-1)).toBe(messageId);
      previous = next;
    }
    const reference = previous.text?.match(REFERENCE)?.[0];
    expect(reference, previous.text).toBeDefined();
    return { last: previous, reference: reference! };
  }

  beforeAll(async () => {
    smtp = await startFakeSmtp();
    const port = await freePort();
    const dataDir = await mkdtemp(join(tmpdir(), 'naast-email-'));
    naast = await startNaast(
      loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SMTP_URL: smtp.url, MAIL_FROM: NAAST, LOG_LEVEL: 'silent', INBOUND_SMTP_PORT: String(port) }),
    );
    resident = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  });
  afterAll(async () => {
    resident?.close();
    await naast?.stop();
    await smtp?.close();
  });

  const newResident = () => `bewoner${nextResident++}@example.nl`;

  it('says so on /healthz', async () => {
    expect(await (await fetch(`${naast.url}/healthz`)).json()).toMatchObject({ channels: ['webchat', 'email'] });
  });

  it('completes an intake by mail to a reference, every answer threaded, and the case reaches the organisation', async () => {
    const from = newResident();
    const { messageId: root, answers } = await send({ from, to: NAAST, subject: 'Hulp voor mijn moeder', text: `${WORDS}\n\nMet vriendelijke groet,\nEls` });
    expect(answers).toHaveLength(1);
    const [first] = answers as [ParsedMail];
    expect(first.subject).toBe('Re: Hulp voor mijn moeder');
    expect(first.inReplyTo).toBe(root);
    expect(referencesOf(first)).toEqual([root]);
    expect(first.from?.value[0]?.address).toBe(NAAST);
    expect(first.headers.get('auto-submitted')).toBe('auto-replied');
    // Choices come as a numbered list with the hint to answer with a number.
    expect(first.text).toMatch(/^1\. /m);
    expect(first.text).toContain(EMAIL_TEXTS.numberHint);
    expect(first.html).toContain('Voor wie');

    const { last, reference } = await intakeFrom(from, first);
    expect(last.subject).toBe('Re: Hulp voor mijn moeder');
    expect(referencesOf(last)[0]).toBe(root);
    const handoff = await smtp.waitFor((m) => (m.subject ?? '').includes(reference));
    expect(handoff.text).toContain(WORDS);
    expect(handoff.text).toContain('0612345678');
    // Only the newest text reached the core: nothing of the quoted mails, the greeting or the sign-off.
    expect(handoff.text).not.toMatch(/schreef Naast|^> |Met vriendelijke groet/m);
  });

  it('hands only the newest text of a reply to the core: no Outlook history, no signature', async () => {
    const from = newResident();
    const { answers } = await send({ from, to: NAAST, subject: 'Vraag', text: 'Hallo' });
    const [greeting] = answers as [ParsedMail];
    expect(greeting.text).toContain('Vertel in je eigen woorden');
    const outlook = [
      'Ik heb schulden en de deurwaarder komt steeds langs.',
      '',
      '-- ',
      'Els Jansen, Dorpsstraat 1, 1234 AB Dorp',
      '',
      'Verzonden vanaf mijn iPhone',
      '',
      '________________________________',
      `Van: Naast <${NAAST}>`,
      'Verzonden: dinsdag 3 november 2026 10:12',
      'Aan: Els',
      'Onderwerp: Re: Vraag',
      '',
      greeting.text ?? '',
    ].join('\r\n');
    const { answers: next } = await send({ from, to: NAAST, subject: 'RE: Vraag', inReplyTo: greeting.messageId, text: outlook });
    expect(next).toHaveLength(1);
    expect(next[0]!.text).toContain('Voor wie zoek je hulp?');
    const { reference } = await intakeFrom(from, next[0]!);
    const handoff = await smtp.waitFor((m) => (m.subject ?? '').includes(reference));
    expect(handoff.text).toContain('Ik heb schulden en de deurwaarder komt steeds langs.');
    expect(handoff.text).not.toMatch(/Dorpsstraat|iPhone|Verzonden:/);
  });

  it('reads an HTML-only mail as text', async () => {
    const from = newResident();
    const { answers } = await send({ from, to: NAAST, subject: 'Vraag', html: '<p>Ik heb <b>schulden</b> en de deurwaarder<br>komt steeds langs.</p>' });
    expect(answers).toHaveLength(1);
    // Its words were the question itself: the intake goes on to "for whom".
    expect(answers[0]!.text).toContain('Voor wie zoek je hulp?');
  });

  it('says it cannot look at an attachment, and does not keep it', async () => {
    const from = newResident();
    const { answers } = await send({ from, to: NAAST, subject: 'Brief', text: WORDS, attachments: [{ filename: 'brief.pdf', content: Buffer.from('%PDF-1.4 brief van de gemeente') }] });
    expect(answers).toHaveLength(1);
    expect(answers[0]!.text!.startsWith(EMAIL_TEXTS.attachments.split('\n')[0]!)).toBe(true);
    expect(answers[0]!.text).toContain('Voor wie zoek je hulp?');
    const onlyFile = await send({ from: newResident(), to: NAAST, subject: '', attachments: [{ filename: 'foto.jpg', content: Buffer.from([0xff, 0xd8, 0xff]) }] });
    expect(onlyFile.answers[0]!.text).toMatch(/foto/i);
  });

  it('answers nothing to auto-replies, out-of-office, bounces, lists and bulk mail, and says nothing about them', async () => {
    const from = newResident();
    const { answers } = await send({ from, to: NAAST, subject: 'Vraag', text: WORDS });
    const [answer] = answers as [ParsedMail];
    const unanswerable: [string, SendMailOptions][] = [
      ['out of office (Outlook)', reply(from, answer, 'Ik ben afwezig tot 10 november.', { subject: `Automatisch antwoord: ${answer.subject}`, headers: { 'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All' } })],
      ['auto-reply header only', reply(from, answer, 'Ik ben er even niet.', { headers: { 'X-Autoreply': 'yes' } })],
      ['X-Autorespond', reply(from, answer, 'Bedankt voor uw bericht.', { headers: { 'X-Autorespond': 'yes' } })],
      ['auto-generated', { from, to: NAAST, subject: 'Herinnering', text: 'Uw afspraak is morgen om 10 uur.', headers: { 'Auto-Submitted': 'auto-generated' } }],
      ['bulk', { from, to: NAAST, subject: 'Nieuwsbrief', text: 'Nieuws uit de wijk deze maand.', headers: { Precedence: 'bulk' } }],
      ['mailing list', { from, to: NAAST, subject: '[buurt] Vergadering', text: 'De vergadering is dinsdag.', headers: { 'List-Id': '<buurt.lists.example.nl>', 'List-Unsubscribe': '<mailto:leave@lists.example.nl>' } }],
      ['unsubscribe link only', { from, to: NAAST, subject: 'Aanbieding', text: 'Korting op alles deze week.', headers: { 'List-Unsubscribe': '<https://example.nl/afmelden>' } }],
      ['bounce with a null sender', { envelope: { from: '', to: NAAST }, from: 'Mail Delivery System <mailer-daemon@example.nl>', to: NAAST, subject: 'Undelivered Mail Returned to Sender', text: 'Delivery failed.' }],
      ['bounce from MAILER-DAEMON', { envelope: { from: 'MAILER-DAEMON@example.nl', to: NAAST }, from, to: NAAST, subject: 'Mail delivery failed', text: 'The mail could not be delivered.' }],
      ['our own address', { from: NAAST, to: NAAST, subject: 'Re: Vraag', text: WORDS }],
      ['our own address as Reply-To', { from, replyTo: NAAST, to: NAAST, subject: 'Vraag', text: WORDS }],
      ['a no-reply sender', { from: 'noreply@example.nl', to: NAAST, subject: 'Uw pakket', text: 'Uw pakket komt morgen.' }],
    ];
    for (const [name, mail] of unanswerable) {
      const before = smtp.messages.length;
      await resident.sendMail(mail);
      expect(smtp.messages.slice(before).filter((m) => !(m.subject ?? '').match(REFERENCE)), name).toEqual([]);
    }
    // A delivery report (multipart/report) from a server that does give a return path.
    const report = [
      `From: Mail Delivery Subsystem <postbeheer@example.nl>`,
      `To: ${NAAST}`,
      'Subject: Delivery Status Notification (Failure)',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain',
      '',
      'Your message could not be delivered.',
      '--b1',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.example.nl',
      '--b1--',
      '',
    ].join('\r\n');
    const before = smtp.messages.length;
    await resident.sendMail({ envelope: { from: 'postbeheer@example.nl', to: NAAST }, raw: report });
    expect(smtp.messages.slice(before), 'delivery report').toEqual([]);
    // The conversation itself goes on as before.
    const { answers: next } = await send(reply(from, answer, '1'));
    expect(next).toHaveLength(1);
  });

  it('refuses a 20 MB mail at DATA with a clear 552, and tells the sender to send text only', async () => {
    const from = newResident();
    const messageId = `<groot-${Date.now()}@example.nl>`;
    const before = smtp.messages.length;
    const big = resident.sendMail({
      from,
      to: NAAST,
      subject: 'Scan van mijn brieven',
      messageId,
      text: WORDS,
      attachments: [{ filename: 'scan.pdf', content: Buffer.alloc(20 * 1024 * 1024, 0x41) }],
    });
    await expect(big).rejects.toMatchObject({ responseCode: 552, response: expect.stringMatching(/te groot.*alleen tekst/) });
    const answers = smtp.messages.slice(before).filter((m) => addressesOf(m).includes(from));
    expect(answers).toHaveLength(1);
    expect(answers[0]!.text).toBe(EMAIL_TEXTS.tooBig(10));
    expect(answers[0]!.inReplyTo).toBe(messageId);
    expect(answers[0]!.subject).toBe('Re: Scan van mijn brieven');
    // The resident sends it again as text, in the same thread: the intake starts with their words.
    const { answers: again } = await send(reply(from, answers[0]!, WORDS));
    expect(again[0]!.text).toContain('Voor wie zoek je hulp?');
  });

  it('does not answer the same mail twice when a server delivers it again', async () => {
    const from = newResident();
    const mail = { from, to: NAAST, subject: 'Vraag', text: WORDS, messageId: `<twee-keer-${Date.now()}@example.nl>` };
    expect((await send(mail)).answers).toHaveLength(1);
    expect((await send(mail)).answers).toHaveLength(0);
  });

  it('keeps two threads of one resident apart, and a new thread starts afresh', async () => {
    const from = newResident();
    const first = (await send({ from, to: NAAST, subject: 'Trap', text: WORDS })).answers[0]!;
    const second = (await send({ from, to: NAAST, subject: 'Schulden', text: 'Ik heb schulden en de deurwaarder komt steeds langs.' })).answers[0]!;
    expect(referencesOf(first)[0]).not.toBe(referencesOf(second)[0]);
    expect(first.messageId).not.toBe(second.messageId);
    const inFirst = (await send(reply(from, first, '1'))).answers[0]!;
    expect(inFirst.subject).toBe('Re: Trap');
    expect(inFirst.text).toContain('Hoe snel');
  });

  it('sends a proactive message into the stored thread', async () => {
    const from = newResident();
    const { messageId: root, answers } = await send({ from, to: NAAST, subject: 'Hulp bij formulieren', text: WORDS });
    const [answer] = answers as [ParsedMail];
    // Naast's Message-IDs carry the conversation key: <naast.KEY.random@domain>.
    const user = /^<naast\.([0-9a-f]{24})\./.exec(answer.messageId!)![1]!;
    const email = naast.adapters.find((a) => a.id === 'email')!;
    const before = smtp.messages.length;
    await email.send(user, [{ kind: 'text', text: 'Je ondersteuner heeft gereageerd.' }]);
    const [pushed] = smtp.messages.slice(before) as [ParsedMail];
    expect(addressesOf(pushed)).toEqual([from]);
    expect(pushed.subject).toBe('Re: Hulp bij formulieren');
    expect(pushed.inReplyTo).toBe(answer.messageId);
    expect(referencesOf(pushed)).toEqual([root, answer.messageId]);
    expect(pushed.headers.get('auto-submitted')).toBe('auto-generated');
    await expect(email.send('0'.repeat(24), [{ kind: 'text', text: 'x' }])).rejects.toThrow(/no e-mail thread/);
  });
});
