import { describe, expect, it } from 'vitest';
import { ignoreReason } from '../../channels/email-filter.js';
import { readMail } from '../../channels/email-received.js';

const OWN = 'naast@gemeente.example.nl';
const notOurs = () => false;

async function reason(headers: string[], envelopeFrom?: string) {
  const raw = Buffer.from([...headers, 'Message-ID: <m1@example.nl>', '', 'Ik heb een vraag over mijn huur.', ''].join('\r\n'));
  const mail = await readMail(raw, envelopeFrom === undefined ? {} : { envelopeFrom });
  return ignoreReason(mail, OWN, notOurs);
}

describe('which mail gets no answer', () => {
  it.each([
    ['a resident', ['From: Els <els@example.nl>', 'Subject: Vraag'], undefined],
    ['a resident who was absent at an appointment', ['From: els@example.nl', 'Subject: Afwezig bij de afspraak'], undefined],
    ['Auto-Submitted: no', ['From: els@example.nl', 'Auto-Submitted: no', 'Subject: Vraag'], undefined],
    ['out of office', ['From: els@example.nl', 'Subject: Automatisch antwoord: Vraag'], 'auto-reply'],
    ['Auto-Submitted: auto-replied', ['From: els@example.nl', 'Auto-Submitted: auto-replied', 'Subject: Vraag'], 'auto-reply'],
    ['X-Auto-Response-Suppress', ['From: els@example.nl', 'X-Auto-Response-Suppress: All', 'Subject: Vraag'], 'auto-reply'],
    ['Precedence: junk', ['From: els@example.nl', 'Precedence: junk', 'Subject: Vraag'], 'bulk'],
    ['Precedence: list', ['From: els@example.nl', 'Precedence: list', 'Subject: Vraag'], 'mailing-list'],
    ['List-Id', ['From: els@example.nl', 'List-Id: <buurt.example.nl>', 'Subject: Vraag'], 'mailing-list'],
    ['a null Return-Path', ['Return-Path: <>', 'From: els@example.nl', 'Subject: Vraag'], 'bounce'],
    ['a MAILER-DAEMON Return-Path', ['Return-Path: <MAILER-DAEMON@mx.example.nl>', 'From: els@example.nl', 'Subject: Vraag'], 'bounce'],
    ['our own From', [`From: Naast <${OWN.toUpperCase()}>`, 'Subject: Vraag'], 'own-address'],
    ['no From', ['Subject: Vraag'], 'no-sender'],
  ])('%s', async (_name, headers, expected) => {
    expect(await reason(headers)).toBe(expected);
  });

  it('treats a null SMTP envelope sender as a bounce', async () => {
    expect(await reason(['From: els@example.nl', 'Subject: Vraag'], '')).toBe('bounce');
  });
});
