/** A real SMTP server on loopback that keeps what it receives, parsed; the remote side of the handoff mailer. */
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { createWatch } from './watch.js';

/** A running fake SMTP server. */
export interface FakeSmtp {
  port: number;
  url: string;
  messages: ParsedMail[];
  /** The next message to arrive (or one that arrived and was not yet taken). */
  next(): Promise<ParsedMail>;
  /** The first message that fits, waiting for its arrival (no sleeps); fails after `timeoutMs`. */
  waitFor(test: (m: ParsedMail) => boolean, timeoutMs?: number): Promise<ParsedMail>;
  close(): Promise<void>;
}

/** Starts a plain (no TLS, no auth) SMTP server on 127.0.0.1; port 0 picks a free one. */
export async function startFakeSmtp(port = 0): Promise<FakeSmtp> {
  const messages: ParsedMail[] = [];
  let taken = 0;
  const waiters: ((m: ParsedMail) => void)[] = [];
  const watch = createWatch();
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          watch.changed();
          const waiter = waiters.shift();
          if (waiter) {
            taken++;
            waiter(mail);
          }
          callback();
        })
        .catch((err: Error) => callback(err));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  // A client that vanishes mid-session (a Naast killed by a crash test) is nothing to a mail server:
  // without a listener, smtp-server's 'error' for that socket would be an uncaught exception.
  server.on('error', () => undefined);
  const address = server.server.address() as AddressInfo;
  return {
    port: address.port,
    url: `smtp://127.0.0.1:${address.port}`,
    messages,
    next() {
      if (taken < messages.length) return Promise.resolve(messages[taken++]!);
      return new Promise((resolve) => waiters.push(resolve));
    },
    waitFor(test, timeoutMs = 10_000) {
      return watch.until(() => messages.find(test), timeoutMs, () => `no matching mail within ${timeoutMs} ms; subjects seen: ${JSON.stringify(messages.map((m) => m.subject))}`);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A loopback port that nothing listens on (it was free a moment ago). */
export async function closedPort(): Promise<number> {
  const smtp = await startFakeSmtp();
  await smtp.close();
  return smtp.port;
}
