import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Request, type Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import { z } from 'zod';
import type { Outbound } from '../../src/core/messages.js';
import type { Runtime } from '../../src/core/runtime.js';
import { escapeHtml } from '../../src/handoff/handoff-mail.js';
import { brandingCss, type Branding } from '../../src/tenants/branding.js';
import { clientKey, conversationLimiter } from '../rate-limits.js';


const PUBLIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));

/** A session id as Naast hands them out (UUIDs). */
const Session = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'session must be the id Naast gave');

/** Accepts a little more than MAX_TEXT so the core can answer "too long" kindly instead of a 4xx. */
const ChatRequest = z.strictObject({
  session: Session.optional(),
  text: z.string().max(20_000, 'text is longer than 20,000 characters'),
});

const EventsRequest = z.strictObject({ session: Session });

/** The chat API's reply shape: choices as their labels, answered by label or number. */
export function toApiReply(reply: Outbound): { text: string; choices?: string[] } {
  return reply.kind === 'choices' ? { text: reply.text, choices: reply.choices.map((c) => c.label) } : { text: reply.text };
}

/** The conversation a parsed chat request names, if it names one Naast could have given. */
function sessionOf(req: Request): string | undefined {
  const session: unknown = (req.body as { session?: unknown } | undefined)?.session;
  return Session.safeParse(session).success ? (session as string) : undefined;
}

/** The chat page with the municipality's name, logo and colours; everything from the settings is escaped. */
function brandedPage(branding: Branding): string {
  const name = escapeHtml(branding.name);
  const logo = branding.logo ? `<img class="logo" src="logo${extname(branding.logo).toLowerCase()}" alt="Gemeente ${name}">\n    ` : '';
  return PAGE.replaceAll('{{municipality}}', name).replace('{{logo}}', logo);
}

const PAGE = readFileSync(join(PUBLIC_DIR, 'index.html'), 'utf8');

/** The web chat: the page and `POST /api/chat` of the contract. */
export function createWebchatRouter(deps: { runtime: Runtime; branding: Branding }): Router {
  const router = express.Router();
  const page = brandedPage(deps.branding);
  const css = brandingCss(deps.branding);
  router.get(['/', '/index.html'], (_req, res) => {
    res.type('html').set('Cache-Control', 'no-cache').send(page);
  });
  router.get('/branding.css', (_req, res) => {
    res.type('css').set('Cache-Control', 'no-cache').send(css);
  });
  if (deps.branding.logo) {
    const logo = resolve(deps.branding.logo);
    router.get(`/logo${extname(logo).toLowerCase()}`, (_req, res) => {
      res.set('Cache-Control', 'max-age=3600').sendFile(logo);
    });
  }
  const limiter = rateLimit({
    windowMs: 10_000,
    limit: 100,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: clientKey,
    handler: (_req, res) => {
      res.status(429).json({ error: 'Te veel berichten in korte tijd. Wacht even. / Too many messages; please wait a moment.' });
    },
  });

  // Per conversation too: one session that sends faster than a person types gets a kind 429.
  const perConversation = conversationLimiter(sessionOf);

  router.post('/api/chat', limiter, express.json({ limit: '64kb' }), perConversation, async (req, res) => {
    const parsed = ChatRequest.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({ error: parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ') });
      return;
    }
    let session = parsed.data.session;
    // An unknown session is never adopted: a new conversation gets an id only Naast made.
    if (!session || !(await deps.runtime.exists('webchat', session))) session = randomUUID();
    const replies = await deps.runtime.handle({ kind: 'text', channel: 'webchat', user: session, text: parsed.data.text, at: new Date() });
    res.json({ session, replies: replies.map(toApiReply) });
  });

  // Live notices (a supporter accepted the case, or answered): a stream of server-sent events over a
  // POST, so the session id stays out of URLs and logs. Whatever is not streamed waits for the next turn.
  router.post('/api/chat/events', limiter, express.json({ limit: '1kb' }), async (req, res) => {
    const parsed = EventsRequest.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({ error: 'session: must be the id Naast gave' });
      return;
    }
    const { session } = parsed.data;
    if (!(await deps.runtime.exists('webchat', session))) {
      res.status(404).json({ error: 'no such conversation' });
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' });
    res.write(': connected\n\n');
    let open = true;
    const flush = async () => {
      if (!open) return;
      const pending = await deps.runtime.takePending('webchat', session);
      if (pending.length > 0) res.write(`event: notice\ndata: ${JSON.stringify({ replies: pending.map(toApiReply) })}\n\n`);
    };
    const unwatch = deps.runtime.watch('webchat', session, () => void flush());
    // Proxies drop a silent connection; a comment now and then keeps it.
    const heartbeat = setInterval(() => res.write(': ping\n\n'), 25_000);
    res.on('close', () => {
      open = false;
      unwatch();
      clearInterval(heartbeat);
    });
    await flush();
  });

  router.use(express.static(PUBLIC_DIR, { index: false, maxAge: '1h' }));
  return router;
}
