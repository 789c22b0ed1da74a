import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseNotice } from '../../src/core/runtime.js';
import { createFollowUpRunner } from '../../src/handoff/follow-ups.js';
import type { Handoff } from '../../src/handoff/handoff.js';
import { createHandoffService } from '../../src/handoff/handoff-service.js';
import { createMailTransport } from '../../src/handoff/mail-transport.js';
import { createOutbox } from '../../src/handoff/outbox.js';
import { createLogger } from '../../src/log.js';
import { createLowdbStore } from '../../src/store/lowdb-store.js';
import { consenting, fakeClock, sampleRequest, tempDir } from './fixtures.js';

const log = createLogger('silent');
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** Handoffs, a file outbox and the runner on one fake clock; notices to residents are collected. */
async function setup(start: string) {
  const { dir, cleanup } = await tempDir();
  const clock = fakeClock(start);
  const store = await createLowdbStore(dir);
  const outboxDir = join(dir, 'outbox');
  const outbox = createOutbox({ store, transport: createMailTransport({ outboxDir, from: 'naast@naast.test' }), log, now: clock.now });
  const service = consenting(createHandoffService({ store, outbox, publicUrl: 'https://naast.test', referencePrefix: 'HA', log, now: clock.now }), store);
  const notices: CaseNotice[] = [];
  const runner = createFollowUpRunner({
    store,
    outbox,
    notify: async (n) => void notices.push(n),
    pool: { coordinator: { name: 'Coördinator', email: 'coordinator@gemeente.test' } },
    log,
    now: clock.now,
  });
  cleanups.push(async () => {
    await outbox.stop();
    await store.close();
    await cleanup();
  });
  const mails = async () => {
    await outbox.drain();
    const names = (await readdir(outboxDir)).filter((n) => n.endsWith('.eml')).sort();
    return Promise.all(names.map(async (n) => ({ name: n, mail: await simpleParser(await readFile(join(outboxDir, n))) })));
  };
  return { clock, service, runner, notices, mails, stored: (ref: string) => store.get<Handoff>('handoffs', ref) };
}

describe('follow-ups on waiting cases, on a fake clock', () => {
  it('reminds the organisation and tells the coordinator after 2 working days, then asks the resident after 5, each once', async () => {
    // Friday 20 November 2026, 17:00 in Amsterdam.
    const { clock, service, runner, notices, mails, stored } = await setup('2026-11-20T16:00:00.000Z');
    const { reference } = await service.create(sampleRequest());

    clock.set('2026-11-24T15:59:00.000Z'); // Tuesday 16:59: not yet two working days
    expect(await runner.runDue()).toEqual({});

    clock.set('2026-11-24T16:00:00.000Z'); // Tuesday 17:00
    expect(await runner.runDue()).toEqual({ [reference]: ['remind-1', 'coordinator-1'] });
    expect(await runner.runDue()).toEqual({});
    const sent = await mails();
    const reminder = sent.find((m) => m.mail.subject?.includes('herinnering'))!.mail;
    expect((reminder.to as { text: string }).text).toBe('intake@mee.example');
    const coordinator = sent.find((m) => m.mail.subject?.includes('wacht op'))!.mail;
    expect((coordinator.to as { text: string }).text).toBe('coordinator@gemeente.test');
    // No personal data in follow-ups: not the words, not the phone number.
    for (const { mail } of sent.filter((m) => !m.name.startsWith(`${reference}.`))) {
      expect(mail.text).not.toContain('brieven over mijn huur');
      expect(mail.text).not.toContain('06 12345678');
    }
    expect(notices).toEqual([]);

    clock.set('2026-11-27T16:00:00.000Z'); // Friday 27 November 17:00: five working days
    expect(await runner.runDue()).toEqual({ [reference]: ['offer-next'] });
    expect(notices).toEqual([{ conversation: 'conv-1', text: 'case_waiting', vars: { reference, organisation: 'MEE & de Wering' } }]);
    expect((await stored(reference))?.followUps).toEqual(['remind-1', 'coordinator-1', 'offer-next']);
  });

  it('does nothing for a case accepted in time', async () => {
    const { clock, service, runner, mails } = await setup('2026-11-20T16:00:00.000Z');
    const { reference } = await service.create(sampleRequest());
    const handoffMail = (await mails()).find((m) => m.name === `${reference}.eml`)!.mail;
    const token = /\/h\/([A-Za-z0-9_-]+)/.exec(handoffMail.text ?? '')![1]!;
    clock.set('2026-11-23T09:00:00.000Z');
    expect((await service.act(token, 'accept'))?.changed).toBe(true);
    clock.set('2026-12-31T09:00:00.000Z');
    expect(await runner.runDue()).toEqual({});
  });

  it('reminds a complaint desk 3 working days before the deadline and flags the complaint overdue after it', async () => {
    // Thursday 5 November 2026, 10:00: deadline Thursday 19 November.
    const { clock, service, runner, mails, stored } = await setup('2026-11-05T09:00:00.000Z');
    const { reference, deadline } = await service.create(sampleRequest({ kind: 'complaint' }));
    expect(deadline).toBe('2026-11-19');

    clock.set('2026-11-16T07:59:00.000Z'); // Monday 08:59
    expect(await runner.runDue()).toEqual({});
    clock.set('2026-11-16T08:00:00.000Z'); // Monday 09:00, three working days before
    expect(await runner.runDue()).toEqual({ [reference]: ['complaint-remind'] });
    expect((await mails()).some((m) => m.mail.subject === `Naast ${reference}: klacht, antwoord uiterlijk 2026-11-19`)).toBe(true);

    clock.set('2026-11-19T22:59:00.000Z'); // Thursday 23:59 in Amsterdam: still on time
    expect(await runner.runDue()).toEqual({});
    clock.set('2026-11-19T23:00:00.000Z'); // Friday 00:00
    expect(await runner.runDue()).toEqual({ [reference]: ['complaint-overdue'] });
    expect((await stored(reference))?.overdue).toBe(true);
    expect((await mails()).some((m) => m.mail.subject === `Naast ${reference}: klacht te laat`)).toBe(true);
  });
});
