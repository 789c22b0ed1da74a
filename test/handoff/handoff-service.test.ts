import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandoffService, type HandoffService } from '../../src/handoff/handoff-service.js';
import type { Handoff } from '../../src/handoff/handoff.js';
import { createMailTransport, type MailTransport } from '../../src/handoff/mail-transport.js';
import { createOutbox, type Outbox } from '../../src/handoff/outbox.js';
import { createLogger } from '../../src/log.js';
import { createLowdbStore } from '../../src/store/lowdb-store.js';
import type { Store } from '../../src/store/store.js';
import { startFakeSmtp, type FakeSmtp } from '../fakes/smtp-server.js';
import { WORDS, consenting, fakeClock, firstLink, sampleRequest, tempDir } from './fixtures.js';

const log = createLogger('silent');
const PUBLIC_URL = 'http://naast.test:3000';
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function setup(options: { smtp?: FakeSmtp; now?: () => Date } = {}) {
  const { dir, cleanup } = await tempDir();
  cleanups.push(cleanup);
  const store: Store = await createLowdbStore(dir);
  const transport: MailTransport = createMailTransport({
    smtpUrl: options.smtp?.url,
    outboxDir: join(dir, 'outbox'),
    from: 'Naast <naast@naast.test>',
  });
  let service: HandoffService | undefined;
  const outbox: Outbox = createOutbox({
    store,
    transport,
    log,
    now: options.now,
    onDelivered: (item) => service!.delivered(item),
  });
  service = consenting(createHandoffService({ store, outbox, publicUrl: PUBLIC_URL, referencePrefix: 'HA', log, now: options.now }), store);
  cleanups.push(async () => {
    await outbox.stop();
    await transport.close();
    await store.close();
  });
  return { dir, store, outbox, service };
}

describe('handoff service', () => {
  it('stores the handoff on disk before create() resolves and mails it to the organisation', async () => {
    const smtp = await startFakeSmtp();
    cleanups.push(smtp.close);
    const { dir, outbox, service } = await setup({ smtp });

    const handoff = await service.create(sampleRequest());

    // A second store on the same directory reads only what reached the disk.
    const fresh = await createLowdbStore(dir);
    const saved = await fresh.get<Handoff>('handoffs', handoff.reference);
    expect(saved?.words).toBe(WORDS);
    expect(saved?.status).toBe('queued');
    expect(await fresh.get('outbox', handoff.reference)).toMatchObject({ handoff: handoff.reference });
    await fresh.close();

    const mail = await smtp.next();
    expect(mail.subject).toBe(`Naast ${handoff.reference}: nieuwe vraag om cliëntondersteuning`);
    expect(handoff.reference).toMatch(/^HA-[23456789A-HJKMNP-Z]{4}$/);
    const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
    expect(to?.value[0]?.address).toBe('intake@mee.example');
    expect(mail.headers.get('x-naast-reference')).toBe(handoff.reference);
    const link = firstLink(mail.text ?? '');
    expect(link).toMatch(new RegExp(`^${PUBLIC_URL}/h/[A-Za-z0-9_-]{43}$`));
    expect(mail.text).toContain(WORDS);
    expect(mail.html).toContain('&lt;script&gt;');
    expect(mail.html).not.toContain('<script');

    await outbox.drain();
    expect(await service.status(` ${handoff.reference.toLowerCase()} `)).toEqual({
      reference: handoff.reference,
      kind: 'support',
      status: 'sent',
      organisation: 'MEE & de Wering',
    });
    const token = link!.split('/h/')[1]!;
    expect((await service.find(token))?.reference).toBe(handoff.reference);
    // Only the token's hash is kept.
    expect(await readFile(join(dir, 'handoffs.journal'), 'utf8')).not.toContain(token);
  });

  it('gives a complaint a deadline 14 days on and states it in the mail', async () => {
    const smtp = await startFakeSmtp();
    cleanups.push(smtp.close);
    const clock = fakeClock('2026-11-20T09:16:00.000Z');
    const { service } = await setup({ smtp, now: clock.now });

    const handoff = await service.create(sampleRequest({ kind: 'complaint' }));
    expect(handoff.deadline).toBe('2026-12-04');

    const mail = await smtp.next();
    expect(mail.subject).toBe(`Naast ${handoff.reference}: klacht, antwoord uiterlijk 2026-12-04`);
    expect(mail.text).toContain('2026-12-04');
    expect(mail.text).toContain(WORDS);
  });

  it('writes an .eml file under the outbox directory when there is no SMTP server', async () => {
    const { dir, outbox, service } = await setup();
    const handoff = await service.create(sampleRequest({ contact: { route: 'chat' } }));
    await outbox.drain();

    const eml = await simpleParser(await readFile(join(dir, 'outbox', `${handoff.reference}.eml`)));
    expect(eml.subject).toBe(`Naast ${handoff.reference}: nieuwe vraag om cliëntondersteuning`);
    expect(firstLink(eml.text ?? '')).toMatch(new RegExp(`^${PUBLIC_URL}/h/[A-Za-z0-9_-]{43}$`));
    expect(eml.text).toContain(WORDS);
    expect((await service.status(handoff.reference))?.status).toBe('sent');
  });

  it('refuses a request it could not deliver, without storing anything', async () => {
    const { store, service } = await setup();
    await expect(service.create(sampleRequest({ organisation: { id: 'x', name: 'X', email: 'not-an-address' } }))).rejects.toThrow(
      /organisation\.email/,
    );
    expect(await store.list('handoffs')).toEqual([]);
    expect(await store.list('outbox')).toEqual([]);
  });

  it('deletes at start a case a crash cut off from its mail (its resident was never told), and keeps the rest', async () => {
    const { store, outbox, service } = await setup();
    await outbox.stop();
    const announced = await service.create(sampleRequest());
    const cutOff = await service.create(sampleRequest());
    // What a kill between the two writes leaves: the queued case, without its mail.
    await store.delete('outbox', cutOff.reference);
    expect((await store.get<Handoff>('handoffs', cutOff.reference))?.status).toBe('queued');
    expect(await service.dropUnannounced()).toEqual([cutOff.reference]);
    expect(await store.get('handoffs', cutOff.reference)).toBeUndefined();
    expect(await store.get('handoffs', announced.reference)).toBeDefined();
    expect(await service.dropUnannounced()).toEqual([]);
  });

  it('leaves a case cut off from its mail alone while it is young, when instances share the store', async () => {
    const clock = fakeClock('2026-11-23T10:00:00.000Z');
    const { store, outbox, service } = await setup({ now: clock.now });
    await outbox.stop();
    const cutOff = await service.create(sampleRequest());
    await store.delete('outbox', cutOff.reference);
    // Another instance may be between the two writes right now.
    clock.advance(59_000);
    expect(await service.dropUnannounced({ olderThanMs: 60_000 })).toEqual([]);
    clock.advance(2_000);
    expect(await service.dropUnannounced({ olderThanMs: 60_000 })).toEqual([cutOff.reference]);
  });
});
