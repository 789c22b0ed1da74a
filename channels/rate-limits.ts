/**
 * Rate limits of the routes that take messages: per sending address on every webhook and the chat
 * API, and per conversation on the chat API. Over the limit: 429 with a short JSON error.
 */
import { isIPv4 } from 'node:net';
import type { Request, RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';

/**
 * Each client by its own address: an IPv4 client on a dual-stack socket arrives as ::ffff:a.b.c.d,
 * which must not fall into one shared IPv6 subnet bucket.
 */
export function clientKey(req: Request): string {
  const ip = req.ip ?? req.socket.remoteAddress ?? 'unknown';
  const mapped = ip.replace(/^::ffff:/i, '');
  return isIPv4(mapped) ? mapped : ipKeyGenerator(ip);
}

/** What a limit allows: `limit` requests per `windowMs`. */
export interface Limit {
  limit: number;
  windowMs: number;
}

/**
 * Telegram and the Bot Service post every resident's message from a handful of addresses, so this
 * limit is for a flood (a leaked URL, a loop), never for one busy resident: ten a second, sustained.
 */
export const WEBHOOK_LIMIT: Limit = { limit: 600, windowMs: 60_000 };

/** Per sending address, for a webhook; its senders read only the status and retry later. */
export function webhookLimiter(name: string, limit: Limit = WEBHOOK_LIMIT): RequestHandler {
  return rateLimit({
    ...limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: clientKey,
    // Names the policy in the RateLimit headers; each limiter counts in its own store.
    identifier: name,
    handler: (_req, res) => {
      res.status(429).json({ error: 'too many requests' });
    },
  });
}

/**
 * A person types a message every few seconds at most; 30 a minute in one conversation is a script.
 * Keyed by the session, which must be read from the body first: mount after the JSON parser.
 */
export const CONVERSATION_LIMIT: Limit = { limit: 30, windowMs: 60_000 };

/** Said to a resident (the web chat shows it) when one conversation sends too fast. */
export const SLOW_DOWN_TEXT = 'Je stuurt veel berichten snel na elkaar. Wacht een minuut en probeer het dan opnieuw. / You are sending many messages quickly. Please wait a minute and try again.';

/** Per conversation: `sessionOf` reads the conversation from the parsed request, undefined for a new one. */
export function conversationLimiter(sessionOf: (req: Request) => string | undefined, limit: Limit = CONVERSATION_LIMIT): RequestHandler {
  return rateLimit({
    ...limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    identifier: 'conversation',
    // A new conversation has no session yet; the per-address limit covers those.
    skip: (req) => sessionOf(req) === undefined,
    keyGenerator: (req) => `session:${sessionOf(req)}`,
    handler: (_req, res) => {
      res.status(429).json({ error: SLOW_DOWN_TEXT });
    },
  });
}
