/**
 * A stand-in for the Bot Framework connector service on loopback: it takes the bot's activities
 * (`POST /v3/conversations/:id/activities[/:activityId]`) and records them, and it publishes OpenID
 * metadata and a JWKS for a key of its own, so tests can sign channel tokens as the Bot Service does.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createWatch } from './watch.js';

/** One activity the bot sent, as the connector saw it. */
export interface ReceivedActivity {
  conversationId: string;
  /** The activity id in the path: set for `replyToActivity`, absent for `sendToConversation`. */
  replyTo?: string;
  authorization?: string;
  activity: {
    type: string;
    text?: string;
    replyToId?: string;
    suggestedActions?: { actions: { type: string; title: string; value: unknown }[] };
    [key: string]: unknown;
  };
}

export interface TokenClaims {
  aud: string;
  serviceurl: string;
  /** Seconds since the epoch; an hour from now unless given. */
  exp?: number;
  iss?: string;
}

export interface FakeConnector {
  /** The serviceUrl to put on activities, e.g. `http://127.0.0.1:1234/`. */
  serviceUrl: string;
  /** Where the OpenID metadata lives (its `jwks_uri` points back here). */
  openIdMetadataUrl: string;
  received: ReceivedActivity[];
  /** Activities of one conversation, in arrival order. */
  of(conversationId: string): ReceivedActivity[];
  /** Waits (no sleeps) until the conversation's activities satisfy `test`; fails after `timeoutMs`. */
  waitFor(conversationId: string, test: (activities: ReceivedActivity[]) => boolean, timeoutMs?: number): Promise<ReceivedActivity[]>;
  /** A channel token as the Bot Service signs it; `forgedKey` signs with another key under the same kid. */
  signToken(claims: TokenClaims, opts?: { forgedKey?: boolean }): Promise<string>;
  close(): Promise<void>;
}

const ROUTE = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Starts the fake on 127.0.0.1 and a free port. */
export async function startFakeConnector(): Promise<FakeConnector> {
  const kid = randomUUID();
  const keys = await generateKeyPair('RS256');
  const forged = await generateKeyPair('RS256');
  // Endorsements: which channels this key may sign for; the library checks the activity's channelId.
  const jwk = { ...(await exportJWK(keys.publicKey)), kid, use: 'sig', alg: 'RS256', endorsements: ['msteams', 'emulator', 'webchat', 'directline'] };
  const received: ReceivedActivity[] = [];
  const watch = createWatch();
  let base = '';

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'GET' && path === '/.well-known/openidconfiguration') {
      json(200, {
        issuer: 'https://api.botframework.com',
        authorization_endpoint: 'https://invalid.botframework.com',
        jwks_uri: `${base}/.well-known/keys`,
        id_token_signing_alg_values_supported: ['RS256'],
        token_endpoint_auth_methods_supported: ['private_key_jwt'],
      });
      return;
    }
    if (req.method === 'GET' && path === '/.well-known/keys') {
      json(200, { keys: [jwk] });
      return;
    }
    const route = ROUTE.exec(path);
    if (req.method !== 'POST' || !route) {
      json(404, { error: { code: 'NotFound', message: `${req.method} ${path}` } });
      return;
    }
    readBody(req).then(
      (text) => {
        const activity = JSON.parse(text) as ReceivedActivity['activity'];
        received.push({
          conversationId: decodeURIComponent(route[1]!),
          ...(route[2] ? { replyTo: decodeURIComponent(route[2]) } : {}),
          ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
          activity,
        });
        watch.changed();
        json(200, { id: randomUUID() });
      },
      () => json(400, { error: { code: 'BadArgument', message: 'unreadable body' } }),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const of = (conversationId: string) => received.filter((r) => r.conversationId === conversationId);
  return {
    serviceUrl: `${base}/`,
    openIdMetadataUrl: `${base}/.well-known/openidconfiguration`,
    received,
    of,
    waitFor(conversationId, test, timeoutMs = 10_000) {
      return watch.until(
        () => {
          const activities = of(conversationId);
          return test(activities) ? activities : undefined;
        },
        timeoutMs,
        () => {
          const seen = of(conversationId).map((r) => `${r.activity.type}${r.replyTo ? `→${r.replyTo}` : ''}`);
          return `conversation ${conversationId}: condition not met within ${timeoutMs} ms; activities seen: ${JSON.stringify(seen)}`;
        },
      );
    },
    async signToken(claims, opts = {}) {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ serviceurl: claims.serviceurl })
        .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
        .setIssuer(claims.iss ?? 'https://api.botframework.com')
        .setAudience(claims.aud)
        .setIssuedAt(now - 60)
        .setNotBefore(now - 60)
        .setExpirationTime(claims.exp ?? now + 3600)
        .sign(opts.forgedKey ? forged.privateKey : keys.privateKey);
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
