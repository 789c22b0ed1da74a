import { afterEach, describe, expect, it } from 'vitest';
import { createMailTransport } from '../../src/handoff/mail-transport.js';
import { createOutbox, type OutboxItem } from '../../src/handoff/outbox.js';
import { createLogger } from '../../src/log.js';
import { createLowdbStore } from '../../src/store/lowdb-store.js';
import { closedPort, startFakeSmtp } from '../fakes/smtp-server.js';
import { fakeClock, tempDir } from './fixtures.js';

const log = createLogger('silent');
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const mail = (ref: string) => ({ to: 'intake@mee.example', subject: `Naast ${ref}: test`, text: 'case text', html: '<p>case</p>' });

async function freshDir() {
  const { dir, cleanup } = await tempDir();
  cleanups.push(cleanup);
  return dir;
}

describe('outbox', () => {
  it('keeps a mail with growing backoff while SMTP is down, then delivers it exactly once', async () => {
    const dir = await freshDir();
    const port = await closedPort();
    const clock = fakeClock('2026-11-20T10:00:00.000Z');
    const store = await createLowdbStore(dir);
    const transport = createMailTransport({ smtpUrl: `smtp://127.0.0.1:${port}`, outboxDir: dir, from: 'naast@naast.test' });
    const delivered: string[] = [];
    const outbox = createOutbox({
      store,
      transport,
      log,
      now: clock.now,
      onDelivered: async (item) => {
        delivered.push(item.id);
      },
    });
    cleanups.push(async () => {
      await outbox.stop();
      await transport.close();
      await store.close();
    });

    await outbox.enqueue({ id: 'HA-2345', handoff: 'HA-2345', mail: mail('HA-2345') });
    await outbox.drain();
    let item = await store.get<OutboxItem>('outbox', 'HA-2345');
    expect(item).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: '2026-11-20T10:00:05.000Z' });
    expect(item?.mail?.subject).toBe('Naast HA-2345: test');

    clock.advance(1_000);
    await outbox.runDue();
    expect((await store.get<OutboxItem>('outbox', 'HA-2345'))?.attempts).toBe(1);

    clock.set('2026-11-20T10:00:06.000Z');
    await outbox.runDue();
    expect(await store.get<OutboxItem>('outbox', 'HA-2345')).toMatchObject({ attempts: 2, nextAttemptAt: '2026-11-20T10:00:16.000Z' });

    const smtp = await startFakeSmtp(port);
    cleanups.push(smtp.close);
    clock.set('2026-11-20T10:00:20.000Z');
    await Promise.all([outbox.runDue(), outbox.runDue(), outbox.drain()]);
    await outbox.runDue();

    expect(smtp.messages.map((m) => m.subject)).toEqual(['Naast HA-2345: test']);
    expect(delivered).toEqual(['HA-2345']);
    item = await store.get<OutboxItem>('outbox', 'HA-2345');
    expect(item).toMatchObject({ status: 'delivered', attempts: 3, delivered: 'smtp' });
    expect(item?.mail).toBeUndefined();
  });

  it('resumes a pending mail after a restart on the same data directory', async () => {
    const dir = await freshDir();
    const down = await closedPort();
    const store1 = await createLowdbStore(dir);
    const transport1 = createMailTransport({ smtpUrl: `smtp://127.0.0.1:${down}`, outboxDir: dir, from: 'naast@naast.test' });
    const outbox1 = createOutbox({ store: store1, transport: transport1, log });
    await outbox1.enqueue({ id: 'HA-6789', handoff: 'HA-6789', mail: mail('HA-6789') });
    await outbox1.drain();
    await outbox1.stop();
    await transport1.close();
    await store1.close();

    const smtp = await startFakeSmtp();
    cleanups.push(smtp.close);
    const store2 = await createLowdbStore(dir);
    const transport2 = createMailTransport({ smtpUrl: smtp.url, outboxDir: dir, from: 'naast@naast.test' });
    const outbox2 = createOutbox({ store: store2, transport: transport2, log });
    cleanups.push(async () => {
      await outbox2.stop();
      await transport2.close();
      await store2.close();
    });

    expect((await store2.get<OutboxItem>('outbox', 'HA-6789'))?.status).toBe('pending');
    await outbox2.start();
    await outbox2.drain();

    expect(smtp.messages.map((m) => m.subject)).toEqual(['Naast HA-6789: test']);
    expect((await store2.get<OutboxItem>('outbox', 'HA-6789'))?.status).toBe('delivered');
  });

  it('withdraws undelivered mail of a handoff and reports what had already gone', async () => {
    const dir = await freshDir();
    const down = await closedPort();
    const store = await createLowdbStore(dir);
    const transport = createMailTransport({ smtpUrl: `smtp://127.0.0.1:${down}`, outboxDir: dir, from: 'naast@naast.test' });
    const outbox = createOutbox({ store, transport, log });
    cleanups.push(async () => {
      await outbox.stop();
      await transport.close();
      await store.close();
    });
    await outbox.enqueue({ id: 'HA-AAAA', handoff: 'HA-AAAA', mail: mail('HA-AAAA') });
    await store.put<OutboxItem>('outbox', {
      id: 'HA-AAAA-earlier',
      handoff: 'HA-AAAA',
      status: 'delivered',
      attempts: 1,
      createdAt: '2026-11-01T00:00:00.000Z',
      nextAttemptAt: '2026-11-01T00:00:00.000Z',
    });

    expect(await outbox.withdraw('HA-AAAA')).toEqual({ withdrawn: ['HA-AAAA'], delivered: ['HA-AAAA-earlier'] });
    expect(await store.get('outbox', 'HA-AAAA')).toBeUndefined();
  });

  it('refuses the same id twice', async () => {
    const dir = await freshDir();
    const store = await createLowdbStore(dir);
    const transport = createMailTransport({ outboxDir: dir, from: 'naast@naast.test' });
    const outbox = createOutbox({ store, transport, log });
    cleanups.push(async () => {
      await outbox.stop();
      await store.close();
    });
    await outbox.enqueue({ id: 'HA-BBBB', handoff: 'HA-BBBB', mail: mail('HA-BBBB') });
    await expect(outbox.enqueue({ id: 'HA-BBBB', handoff: 'HA-BBBB', mail: mail('HA-BBBB') })).rejects.toThrow(/already/);
  });
});
