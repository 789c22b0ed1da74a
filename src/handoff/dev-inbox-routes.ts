import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import express, { type Request, type Router } from 'express';
import { simpleParser } from 'mailparser';
import { escapeHtml } from './handoff-mail.js';

const isLoopback = (req: Request) => /^(::1|127\.\d+\.\d+\.\d+|::ffff:127\.\d+\.\d+\.\d+)$/.test(req.socket.remoteAddress ?? '');

function page(title: string, body: string): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

/**
 * Without an SMTP server, handoff e-mails are `.eml` files; this shows them in the browser.
 * Only from this machine: the mails carry residents' data and there is no login yet.
 */
export function createDevInboxRouter(deps: { outboxDir: string }): Router {
  const router = express.Router();
  router.use('/outbox', (req, res, next) => {
    if (isLoopback(req)) return next();
    res.status(403).type('text/plain').send('Alleen op deze computer. / Only on this machine.');
  });

  router.get('/outbox', async (_req, res) => {
    const files = (await readdir(deps.outboxDir).catch(() => [] as string[])).filter((f) => f.endsWith('.eml')).sort().reverse();
    const rows = await Promise.all(
      files.map(async (f) => {
        const mail = await simpleParser(await readFile(join(deps.outboxDir, f)));
        return `<li><a href="/outbox/${encodeURIComponent(f)}">${escapeHtml(mail.subject ?? f)}</a> — ${escapeHtml(mail.date?.toISOString() ?? '')}</li>`;
      }),
    );
    const body = rows.length ? `<ul>${rows.join('')}</ul>` : '<p>Nog geen overdrachten. / No handoffs yet.</p>';
    res.type('html').send(page('Uitgaande overdrachten (outbox)', `<p>Deze e-mails zijn niet verstuurd: er is geen SMTP_URL ingesteld.</p>${body}`));
  });

  router.get('/outbox/:file', async (req, res) => {
    const file = req.params.file;
    if (!/^[\w.-]+\.eml$/.test(file)) {
      res.status(404).type('text/plain').send('Niet gevonden / Not found');
      return;
    }
    const raw = await readFile(join(deps.outboxDir, file)).catch(() => undefined);
    if (!raw) {
      res.status(404).type('text/plain').send('Niet gevonden / Not found');
      return;
    }
    const mail = await simpleParser(raw);
    const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(', ') : (mail.to?.text ?? '');
    // The text part, escaped; links made clickable after escaping so nothing else can become markup.
    const text = escapeHtml(mail.text ?? '').replace(/https?:\/\/[^\s<]+/g, (u) => `<a href="${u}">${u}</a>`);
    res.type('html').send(
      page(mail.subject ?? file, `<p>Aan / To: ${escapeHtml(to)}</p><pre>${text}</pre><p><a href="/outbox">Terug naar de lijst</a></p>`),
    );
  });
  return router;
}
