/**
 * Erasure on a channel that keeps an address: a resident who writes by e-mail (received over SMTP,
 * answers written as `.eml` without an SMTP server) asks to erase; afterwards the store keeps
 * neither their address nor their words, and the channel does not write the address back.
 */
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import nodemailer from 'nodemailer';
import { describe, expect, it } from 'vitest';
import { startNaast } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { freePort } from '../fakes/free-port.js';
import { files } from '../support/files.js';

const NAAST = 'naast@gemeente.example.nl';
const RESIDENT = 'wilhelmus.brederode@voorbeeld.nl';
const STORY = 'Mijn moeder Geertruida kan de trap niet meer op en heeft hulp nodig in huis.';


describe('erasure by e-mail', () => {
  it('leaves neither the address nor the words in the store, and the channel does not write the address back', async () => {
    const port = await freePort();
    const dataDir = await mkdtemp(join(tmpdir(), 'naast-erasure-email-'));
    const naast = await startNaast(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, MAIL_FROM: NAAST, LOG_LEVEL: 'silent', INBOUND_SMTP_PORT: String(port) }));
    const resident = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
    const outbox = join(dataDir, 'outbox');
    const seen = new Set<string>();
    /** Naast's newest answers (`.eml` files) since the last look; it says 250 only after answering. */
    const answers = async (): Promise<ParsedMail[]> => {
      const fresh = (await readdir(outbox).catch(() => [] as string[])).filter((n) => n.startsWith('email-') && !seen.has(n)).sort();
      fresh.forEach((n) => seen.add(n));
      return Promise.all(fresh.map(async (n) => simpleParser(await readFile(join(outbox, n)))));
    };
    const replyTo = async (previous: ParsedMail, text: string) => {
      await resident.sendMail({ from: RESIDENT, to: NAAST, subject: `Re: ${previous.subject}`, inReplyTo: previous.messageId, references: [previous.messageId!], text });
      const [next] = await answers();
      expect(next, `an answer to "${text}"`).toBeDefined();
      return next!;
    };
    try {
      await resident.sendMail({ from: RESIDENT, to: NAAST, subject: 'Hulp voor mijn moeder', text: STORY });
      const [first] = await answers();
      expect(first?.text).toBeTruthy();
      const kept = (await naast.core.store.list<{ id: string; to?: string }>('addresses')).filter((a) => a.to === RESIDENT);
      expect(kept).toHaveLength(1);

      const asked = await replyTo(first!, 'verwijder mijn gegevens');
      expect(asked.text).toContain('Wil je dat ik al je gegevens wis?');
      const done = await replyTo(asked, 'Ja');
      expect(done.text).toContain('Klaar. Ik heb je gegevens gewist.');

      expect(await naast.core.store.get('addresses', kept[0]!.id)).toBeUndefined();
      expect(await naast.core.store.get('conversations', kept[0]!.id)).toBeUndefined();
      const dbFiles = await files(join(dataDir, 'db'));
      for (const path of dbFiles) {
        const text = await readFile(path, 'utf8');
        for (const secret of [RESIDENT, 'Geertruida', 'brederode']) expect(text.includes(secret), `${path} holds ${secret}`).toBe(false);
      }
      // Of the mail Naast wrote to them, only the confirmation that was sent after the erasure is left.
      const left = (await readdir(outbox)).filter((n) => n.startsWith('email-'));
      expect(left).toHaveLength(1);
      const confirmation = await readFile(join(outbox, left[0]!), 'utf8');
      expect(confirmation).toContain('Klaar. Ik heb je gegevens gewist.');
      expect(confirmation).not.toContain('Geertruida');
    } finally {
      resident.close();
      await naast.stop();
    }
  }, 60_000);
});
