import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import express from 'express';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { createCaseRouter } from '../../src/handoff/case-routes.js';
import type { Handoff } from '../../src/handoff/handoff.js';
import { createHandoffService, type HandoffService } from '../../src/handoff/handoff-service.js';
import { createMailTransport } from '../../src/handoff/mail-transport.js';
import { createOutbox } from '../../src/handoff/outbox.js';
import { createLogger } from '../../src/log.js';
import { createLowdbStore } from '../../src/store/lowdb-store.js';
import type { HandoffRequest } from '../../src/handoff/handoff.js';
import { consenting, fakeClock, firstLink, sampleRequest, tempDir } from './fixtures.js';

const log = createLogger('silent');
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** A real HTTP server with the case routes, a file-mail outbox, and a way to make handoffs and read their link. */
async function setup() {
  const { dir, cleanup } = await tempDir();
  cleanups.push(cleanup);
  const clock = fakeClock(new Date().toISOString());
  const store = await createLowdbStore(dir);
  const outboxDir = join(dir, 'outbox');
  const transport = createMailTransport({ outboxDir, from: 'naast@naast.test' });
  let service: HandoffService | undefined;
  const outbox = createOutbox({ store, transport, log, onDelivered: (item) => service!.delivered(item) });

  const app = express();
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  service = consenting(createHandoffService({ store, outbox, publicUrl: base, referencePrefix: 'HA', log, now: clock.now }), store);
  app.use(createCaseRouter({ handoffs: service, log }));
  cleanups.push(async () => {
    await new Promise((resolve) => server.close(resolve));
    await outbox.stop();
    await store.close();
  });

  async function handoff(request: HandoffRequest = sampleRequest()) {
    const created = await service!.create(request);
    await outbox.drain();
    const mail = await simpleParser(await readFile(join(outboxDir, `${created.reference}.eml`)));
    return { reference: created.reference, link: firstLink(mail.text ?? '')! };
  }
  const stored = (reference: string) => store.get<Handoff>('handoffs', reference);
  return { base, clock, handoff, stored };
}

const post = (url: string, body: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', body: new URLSearchParams(body), redirect: 'manual' });

describe('case page', () => {
  it('shows the case, escaped, with two plain forms and nothing loaded from elsewhere', async () => {
    const { handoff } = await setup();
    const { reference, link } = await handoff();

    const res = await fetch(link);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await res.text();
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain(reference);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).not.toMatch(/<script|src=|<link|<img/i);
    const token = link.split('/h/')[1]!;
    expect(html).toContain(`<form method="post" action="${token}/accept">`);
    expect(html).toContain(`<form method="post" action="${token}/decline">`);
    expect(html).toMatch(/<label for="reason">[^<]+<\/label>[\s\S]*<textarea id="reason" name="reason"/);
    expect(html).toContain('verstuurd naar de organisatie');
  });

  it('records an accept once, however often it is posted, and redirects back to the page', async () => {
    const { handoff, stored } = await setup();
    const { reference, link } = await handoff();

    for (let i = 0; i < 2; i++) {
      const res = await post(`${link}/accept`);
      expect(res.status).toBe(303);
      expect(new URL(res.headers.get('location')!, `${link}/accept`).href).toBe(link);
    }
    // A decline after the accept changes nothing either.
    expect((await post(`${link}/decline`, { reason: 'te laat' })).status).toBe(303);

    const h = await stored(reference);
    expect(h?.status).toBe('accepted');
    expect(h?.history.map((e) => e.status)).toEqual(['queued', 'sent', 'accepted']);
    const page = await (await fetch(link)).text();
    expect(page).toContain('Status: geaccepteerd');
    // Once accepted, only closing is left.
    expect(page).not.toContain('/accept"');
    expect(page).not.toContain('/decline"');
    expect(page).toContain(`action="${link.split('/h/')[1]}/close"`);
  });

  it('closes an accepted case once, and never one that was not accepted', async () => {
    const { handoff, stored } = await setup();
    const open = await handoff();
    expect((await post(`${open.link}/close`)).status).toBe(303);
    expect((await stored(open.reference))?.status).toBe('sent');

    const { reference, link } = await handoff();
    await post(`${link}/accept`);
    for (let i = 0; i < 2; i++) expect((await post(`${link}/close`)).status).toBe(303);
    const h = await stored(reference);
    expect(h?.history.map((e) => e.status)).toEqual(['queued', 'sent', 'accepted', 'closed']);
    const page = await (await fetch(link)).text();
    expect(page).toContain('Status: afgesloten');
    expect(page).not.toContain('<form');
  });

  it('keeps a decline’s reason and shows it escaped', async () => {
    const { handoff, stored } = await setup();
    const { reference, link } = await handoff();

    const res = await post(`${link}/decline`, { reason: 'Geen plek <b>deze maand</b>' });
    expect(res.status).toBe(303);

    const h = await stored(reference);
    expect(h?.status).toBe('declined');
    expect(h?.history.at(-1)).toMatchObject({ status: 'declined', note: 'Geen plek <b>deze maand</b>' });
    const page = await (await fetch(link)).text();
    expect(page).toContain('Geen plek &lt;b&gt;deze maand&lt;/b&gt;');
  });

  it('answers an unknown or expired token with a plain 404 page', async () => {
    const { base, clock, handoff, stored } = await setup();
    for (const url of [`${base}/h/${'A'.repeat(43)}`, `${base}/h/nope`]) {
      const res = await fetch(url);
      expect(res.status).toBe(404);
      const html = await res.text();
      expect(html).toContain('<html lang="nl">');
      expect(html).toContain('Deze pagina bestaat niet');
      expect((await post(`${url}/accept`)).status).toBe(404);
    }

    const { reference, link } = await handoff();
    clock.advance(31 * 86_400_000);
    expect((await fetch(link)).status).toBe(404);
    expect((await post(`${link}/accept`)).status).toBe(404);
    expect((await stored(reference))?.status).toBe('sent');
  });
});
