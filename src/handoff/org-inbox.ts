/**
 * Each organisation's inbox on the web: its cases by status and age, and, when Naast has no SMTP
 * server, the case e-mails themselves. Until supporters log in (#8), the way in is a secret link per
 * organisation: an HMAC of its id under a key that lives only in DATA_DIR.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import express, { type Response, type Router } from 'express';
import { simpleParser } from 'mailparser';
import type { Pool } from '../pool/pool-schema.js';
import type { Store } from '../store/store.js';
import { acrossInstances } from '../util/shared-queue.js';
import type { Handoff } from './handoff.js';
import { escapeHtml, formatDutchTime, STATUS_LABELS } from './handoff-mail.js';
import { SECRET_PAGE_HEADERS, secretPage } from './secret-page.js';

/**
 * The key behind every inbox link; made once, kept in DATA_DIR (readable by Naast only) — or, when
 * several instances share a database, in the database, so a link works whichever instance answers.
 */
export async function loadOrCreateInboxKey(dataDir: string, store?: Pick<Store, 'exclusive' | 'get' | 'put'>): Promise<Buffer> {
  if (store?.exclusive) {
    const shared = store;
    return acrossInstances(shared, 'secrets:inbox-key', async () => {
      const stored = await shared.get<{ id: string; hex: string }>('secrets', 'inbox-key');
      if (stored) return Buffer.from(stored.hex, 'hex');
      // An installation moved from files keeps the links it handed out.
      const fromFile = await readFile(join(dataDir, 'inbox.key'), 'utf8').catch(() => undefined);
      const hex = fromFile && /^[0-9a-f]{64}$/.test(fromFile.trim()) ? fromFile.trim() : randomBytes(32).toString('hex');
      await shared.put('secrets', { id: 'inbox-key', hex });
      return Buffer.from(hex, 'hex');
    });
  }
  const file = join(dataDir, 'inbox.key');
  const existing = await readFile(file, 'utf8').catch(() => undefined);
  if (existing && /^[0-9a-f]{64}$/.test(existing.trim())) return Buffer.from(existing.trim(), 'hex');
  const key = randomBytes(32);
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, key.toString('hex'), { mode: 0o600, flag: 'wx' }).catch(async () => undefined);
  // Another process may have made it first: always use what is on disk.
  return Buffer.from((await readFile(file, 'utf8')).trim(), 'hex');
}

/** The secret part of an organisation's inbox link (43 characters, 256 bits). */
export function inboxToken(key: Buffer, organisationId: string): string {
  return createHmac('sha256', key).update(`inbox:${organisationId}`).digest('base64url');
}

/** Every organisation's inbox link, for the administrator to hand out. */
export function inboxLinks(key: Buffer, pool: Pick<Pool, 'organisations'>, publicUrl: string): { id: string; name: string; url: string }[] {
  return pool.organisations.map((o) => ({ id: o.id, name: o.name, url: `${publicUrl}/o/${inboxToken(key, o.id)}` }));
}

const HEADERS = SECRET_PAGE_HEADERS;

const STYLE =
  'body{font-family:system-ui,sans-serif;line-height:1.5;max-width:56rem;margin:1rem auto;padding:0 1rem;color:#111}' +
  'table{border-collapse:collapse;width:100%}th,td{border:1px solid #555;padding:.25rem .5rem;text-align:left;vertical-align:top}' +
  'pre{white-space:pre-wrap}a{color:#0645ad}';

const page = (title: string, body: string) => secretPage(title, body, STYLE);

const NOT_FOUND = page('Pagina niet gevonden', '<h1>Deze pagina bestaat niet</h1><p>Controleer de link. Lukt het niet, vraag de gemeente om de link van uw organisatie.</p>');

/** Open cases first (oldest first: they wait longest), then the rest, newest first. */
const ORDER: Record<string, number> = { queued: 0, sent: 0, accepted: 1, declined: 2, closed: 2 };

export interface OrgInboxOptions {
  store: Pick<Store, 'list'>;
  pool: Pick<Pool, 'organisations'>;
  key: Buffer;
  /** Where `.eml` files are when there is no SMTP server; undefined when mail goes out for real. */
  outboxDir?: string;
  now?: () => Date;
}

export function createOrgInboxRouter(opts: OrgInboxOptions): Router {
  const now = opts.now ?? (() => new Date());
  const router = express.Router();
  const tokens = () => opts.pool.organisations.map((o) => ({ org: o, token: Buffer.from(inboxToken(opts.key, o.id)) }));

  /** The organisation a link opens, compared in constant time against every organisation's token. */
  function organisationOf(token: string) {
    const given = Buffer.from(token);
    let found: (typeof opts.pool.organisations)[number] | undefined;
    for (const { org, token: t } of tokens()) if (t.length === given.length && timingSafeEqual(t, given)) found = org;
    return found;
  }

  const send = (res: Response, status: number, html: string) => res.status(status).set(HEADERS).send(html);

  router.get('/o/:token', async (req, res) => {
    const org = organisationOf(req.params.token);
    if (!org) return send(res, 404, NOT_FOUND);
    const open = (h: Handoff) => ORDER[h.status] ?? 3;
    const cases = (await opts.store.list<Handoff>('handoffs'))
      .filter((h) => h.organisation.id === org.id)
      .sort((a, b) => open(a) - open(b) || (open(a) === 0 ? a.createdAt.localeCompare(b.createdAt) : b.createdAt.localeCompare(a.createdAt)));
    const days = (iso: string) => Math.floor((now().getTime() - Date.parse(iso)) / 86_400_000);
    const rows = cases
      .map((h) => {
        const mail = opts.outboxDir ? ` <a href="${escapeHtml(req.params.token)}/mail/${escapeHtml(h.reference)}">e-mail bekijken</a>` : '';
        const flags = [h.kind === 'complaint' ? `klacht, antwoord uiterlijk ${h.deadline ?? '?'}` : 'vraag', h.overdue && h.status !== 'closed' ? '<strong>te laat</strong>' : ''].filter(Boolean).join(', ');
        return `<tr><th scope="row">${escapeHtml(h.reference)}${mail}</th><td>${flags}</td><td>${escapeHtml(STATUS_LABELS[h.status])}</td><td>${escapeHtml(formatDutchTime(h.createdAt))}</td><td>${days(h.createdAt)}</td></tr>`;
      })
      .join('');
    const table = cases.length
      ? `<table><caption>Vragen van ${escapeHtml(org.name)}: open vragen eerst, de oudste bovenaan</caption><thead><tr><th scope="col">Nummer</th><th scope="col">Soort</th><th scope="col">Status</th><th scope="col">Ontvangen</th><th scope="col">Dagen</th></tr></thead><tbody>${rows}</tbody></table>`
      : '<p>Er zijn nog geen vragen voor uw organisatie.</p>';
    const how = opts.outboxDir
      ? '<p>Naast verstuurt nu geen e-mail. Open de e-mail van een vraag hier; de link daarin opent de vraag.</p>'
      : '<p>Open de vraag met de link in de e-mail die u kreeg (onderwerp "Naast" en het nummer).</p>';
    send(
      res,
      200,
      page(
        `Naast: vragen voor ${org.name}`,
        `<h1>Vragen voor ${escapeHtml(org.name)}</h1>${how}${table}<p>Deel deze pagina niet: wie de link heeft, ziet deze lijst.</p>`,
      ),
    );
  });

  router.get('/o/:token/mail/:reference', async (req, res) => {
    const org = organisationOf(req.params.token);
    const { reference } = req.params;
    if (!org || !opts.outboxDir || !/^[A-Z]{2}-[2-9A-HJ-NP-Z]{4}$/.test(reference)) return send(res, 404, NOT_FOUND);
    const handoff = (await opts.store.list<Handoff>('handoffs')).find((h) => h.reference === reference && h.organisation.id === org.id);
    const raw = handoff && (await readFile(join(opts.outboxDir, `${reference}.eml`)).catch(() => undefined));
    if (!raw) return send(res, 404, NOT_FOUND);
    const mail = await simpleParser(raw);
    // Escaped first; then links made clickable, so nothing else can become markup.
    const text = escapeHtml(mail.text ?? '').replace(/https?:\/\/[^\s<]+/g, (u) => `<a href="${u}">${u}</a>`);
    send(res, 200, page(mail.subject ?? reference, `<h1>${escapeHtml(mail.subject ?? reference)}</h1><pre>${text}</pre><p><a href="../../${escapeHtml(req.params.token)}">Terug naar de lijst</a></p>`));
  });

  return router;
}
