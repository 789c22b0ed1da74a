/**
 * Erasure while the supporter and the resident write to each other by e-mail (the relay): the
 * resident's "ja" to "really erase everything?" is for Naast, not passed on to the supporter; the
 * organisation gets the erasure request through real SMTP; the relay thread and its token are gone.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { describe, expect, it } from 'vitest';
import { startNaast } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Handoff } from '../../src/handoff/handoff.js';
import { freePort } from '../fakes/free-port.js';
import { startFakeSmtp } from '../fakes/smtp-server.js';
import { chat, chatIntake } from '../support/chat.js';

const NAAST = 'naast@naast.example.org';
const SUPPORTER = 'anna@clientenbelang.example.org';

describe('erasure with an open mail thread to the supporter', () => {
  it('erases instead of relaying the yes, and asks the organisation over SMTP to delete its copy', async () => {
    const smtp = await startFakeSmtp();
    const port = await freePort();
    const dataDir = await mkdtemp(join(tmpdir(), 'naast-erasure-relay-'));
    const naast = await startNaast(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SMTP_URL: smtp.url, MAIL_FROM: NAAST, LOG_LEVEL: 'silent', INBOUND_SMTP_PORT: String(port) }));
    const supporter = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
    try {
      const { session, reference } = await chatIntake(naast.url, 'Ik heb schulden en de deurwaarder Zuiderduin komt steeds langs.');
      const handoffMail = await smtp.waitFor((m) => (m.subject ?? '').includes(reference));
      await supporter.sendMail({
        from: SUPPORTER,
        to: handoffMail.replyTo!.value[0]!.address!,
        subject: `Re: ${handoffMail.subject}`,
        inReplyTo: handoffMail.messageId,
        references: [handoffMail.messageId!],
        text: 'Ik kan u donderdag bellen. Schikt dat?',
      });
      expect((await chat(naast.url, session, 'status')).replies.map((r) => r.text).join('\n')).toContain('donderdag bellen');

      await chat(naast.url, session, 'verwijder mijn gegevens');
      const before = smtp.messages.length;
      const done = await chat(naast.url, session, 'ja');
      expect(done.replies.map((r) => r.text).join('\n')).toContain('Klaar. Ik heb je gegevens gewist.');

      const request = await smtp.waitFor((m) => (m.subject ?? '').includes(`${reference}: verzoek om de gegevens te wissen`));
      expect(request.text).toContain('Verwijder ook uw kopie van deze zaak (AVG artikel 17).');
      expect(request.text).not.toContain('Zuiderduin');
      await naast.core.outbox.drain();
      // Nothing but that request went out: the yes was not relayed.
      expect(smtp.messages.slice(before).map((m) => m.subject)).toEqual([request.subject]);

      const h = await naast.core.store.get<Handoff>('handoffs', reference);
      expect(h?.relay).toBeUndefined();
      expect(h?.relayToken).toBeUndefined();
      expect(h?.erasedAt).toBeDefined();
    } finally {
      supporter.close();
      await naast.stop();
      await smtp.close();
    }
  }, 60_000);
});
