import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { createMailTransport, MailError } from '../../src/handoff/mail-transport.js';
import { closedPort, startFakeSmtp } from '../fakes/smtp-server.js';
import { tempDir } from './fixtures.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const MAIL = { to: 'intake@mee.example', subject: 'Naast HA-7K3Q: test', text: 'Hallo\nwereld', html: '<p>Hallo</p>' };

describe('mail transport', () => {
  it('writes the whole message as <name>.eml, leaving no temp file', async () => {
    const { dir, cleanup } = await tempDir();
    cleanups.push(cleanup);
    const outboxDir = join(dir, 'outbox');
    const transport = createMailTransport({ outboxDir, from: 'Naast <naast@naast.test>' });

    const result = await transport.send({ ...MAIL, name: 'HA-7K3Q', messageId: '<naast.HA-7K3Q.1@naast.test>' });

    expect(result).toEqual({ delivered: 'file', path: join(outboxDir, 'HA-7K3Q.eml') });
    expect(await readdir(outboxDir)).toEqual(['HA-7K3Q.eml']);
    const parsed = await simpleParser(await readFile(result.path!));
    expect(parsed.subject).toBe(MAIL.subject);
    expect(parsed.text).toBe('Hallo\nwereld');
    expect(parsed.messageId).toBe('<naast.HA-7K3Q.1@naast.test>');
    expect(parsed.from?.text).toContain('naast@naast.test');
  });

  it('keeps file names to safe characters', async () => {
    const { dir, cleanup } = await tempDir();
    cleanups.push(cleanup);
    const transport = createMailTransport({ outboxDir: dir, from: 'naast@naast.test' });
    const result = await transport.send({ ...MAIL, name: '../../etc/passwd' });
    expect(result.path).toBe(join(dir, '_.._etc_passwd.eml'));
  });

  it('hands the message to an SMTP server on loopback', async () => {
    const smtp = await startFakeSmtp();
    cleanups.push(smtp.close);
    const transport = createMailTransport({ smtpUrl: smtp.url, outboxDir: '/nonexistent', from: 'naast@naast.test' });
    cleanups.push(() => transport.close());
    expect(await transport.send(MAIL)).toEqual({ delivered: 'smtp' });
    expect((await smtp.next()).subject).toBe(MAIL.subject);
  });

  it('reports a server that is down as a retryable MailError', async () => {
    const port = await closedPort();
    const transport = createMailTransport({ smtpUrl: `smtp://127.0.0.1:${port}`, outboxDir: '/nonexistent', from: 'naast@naast.test' });
    cleanups.push(() => transport.close());
    const failure = await transport.send(MAIL).catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(MailError);
    expect(failure).toMatchObject({ via: 'smtp', retryable: true });
  });
});
