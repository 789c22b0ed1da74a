import express, { type ErrorRequestHandler, type Request, type Response } from 'express';
import { z } from 'zod';
import {
  AuthenticationConfiguration,
  AuthenticationConstants,
  AuthenticationError,
  BotFrameworkAuthenticationFactory,
  ConnectorClient,
  MicrosoftAppCredentials,
  PasswordServiceClientCredentialFactory,
} from 'botframework-connector';
import { CallerIdConstants, type Activity, type ChannelAccount, type ConversationAccount } from 'botframework-schema';
import type { Inbound, Outbound } from '../src/core/messages.js';
import type { Logger } from '../src/log.js';
import type { Store } from '../src/store/store.js';
import { createKeyedQueue } from '../src/util/keyed-queue.js';
import { ChannelError, renderAsText, splitText, type Channel, type Handler } from './channel.js';
import { webhookLimiter } from './rate-limits.js';

/** Teams accepts about 28 KB of text; shorter parts read better on a phone anyway. */
export const BOTFRAMEWORK_TEXT_LIMIT = 4000;
/** Activities are small; the Bot Service caps a whole one at 256 KB. */
const BODY_LIMIT = '256kb';

export interface BotFrameworkOptions {
  /** The Azure app registration's id; empty for the Emulator on loopback, without authentication. */
  appId: string;
  appPassword: string;
  /** Single-tenant app registrations; multi-tenant when unset. */
  tenantId?: string;
  store: Store;
  log: Logger;
  /** Tests only: where the channel's OpenID metadata (and so its signing keys) come from. */
  openIdMetadataUrl?: string;
}

/** A conversation reference: how to reach a conversation later. Ids only, never what was said. */
interface BotFrameworkAddress {
  id: string;
  serviceUrl: string;
  channelId: string;
  conversation: { id: string; tenantId?: string };
  bot: { id: string; name?: string };
  user: { id: string };
  /** The conversation has had its greeting (or its first message, which the core greets). */
  greeted?: boolean;
}

const Account = z.object({ id: z.string().min(1), name: z.string().nullish(), role: z.string().nullish() });
const IncomingActivity = z.object({
  type: z.string().min(1),
  id: z.string().nullish(),
  channelId: z.string().min(1),
  serviceUrl: z.string().refine((s) => URL.canParse(s) && /^https?:$/.test(new URL(s).protocol), 'must be an http(s) URL'),
  conversation: z.object({ id: z.string().min(1), tenantId: z.string().nullish() }),
  from: Account,
  recipient: Account,
  text: z.string().nullish(),
  value: z.unknown().optional(),
  attachments: z.array(z.object({ contentType: z.string().nullish() })).nullish(),
  membersAdded: z.array(Account).nullish(),
});
type IncomingActivity = z.infer<typeof IncomingActivity>;

const addressId = (conversationId: string) => `botframework:${conversationId}`;

/** Only the Emulator on this machine may talk to a bot without an app id. */
function isLoopback(serviceUrl: string): boolean {
  const host = new URL(serviceUrl).hostname;
  return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** The resident's words: typed, or the label of a suggested action sent back as a value; @mentions removed. */
function textOf(a: IncomingActivity): string {
  const value = a.value as { text?: unknown } | string | undefined | null;
  const raw = a.text ?? (typeof value === 'string' ? value : typeof value?.text === 'string' ? value.text : '');
  return raw.replace(/<at>[^<]*<\/at>/gi, '').trim();
}

function mediaOf(contentType: string): Extract<Inbound, { kind: 'media' }>['media'] {
  if (contentType.startsWith('image/')) return 'image';
  if (contentType.startsWith('audio/')) return 'voice';
  if (contentType.startsWith('application/vnd.microsoft.') && !contentType.includes('file')) return 'other';
  if (contentType.startsWith('video/')) return 'other';
  return 'file';
}

/** One Outbound as message activities: long text split, choices as suggested actions plus a numbered list. */
function toActivities(reply: Outbound, to: string): Partial<Activity>[] {
  const parts = splitText(renderAsText(reply), BOTFRAMEWORK_TEXT_LIMIT);
  return parts.map((text, i) => ({
    type: 'message',
    text,
    textFormat: 'plain',
    ...(reply.kind === 'choices' && i === parts.length - 1
      ? { suggestedActions: { to: [to], actions: reply.choices.map((c) => ({ type: 'imBack', title: c.label, value: c.label })) } }
      : {}),
  }));
}

/**
 * The Bot Framework channel (Azure Bot Service, Teams, the Emulator) with botframework-connector
 * alone: `POST /api/messages` checks the JWT (or, without an app id, a loopback serviceUrl), answers
 * at once, and replies through the connector to the activity's serviceUrl.
 */
export function createBotFrameworkChannel(opts: BotFrameworkOptions): Channel {
  const { appId, store, log } = opts;
  if (appId && !opts.appPassword) throw new ChannelError('botframework', 'an app id needs its password (MICROSOFT_APP_PASSWORD)', false);
  const credentialsFactory = new PasswordServiceClientCredentialFactory(appId, opts.appPassword, opts.tenantId ?? '');
  // The public-cloud settings, spelled out so the OpenID metadata URL is this instance's own
  // (the older ChannelValidation.OpenIdMetadataEndpoint is a process-wide static).
  const auth = BotFrameworkAuthenticationFactory.create(
    '',
    true,
    AuthenticationConstants.ToChannelFromBotLoginUrl,
    AuthenticationConstants.ToChannelFromBotOAuthScope,
    AuthenticationConstants.ToBotFromChannelTokenIssuer,
    AuthenticationConstants.OAuthUrl,
    opts.openIdMetadataUrl ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
    AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerIdConstants.PublicAzureChannel,
    credentialsFactory,
    new AuthenticationConfiguration(),
  );
  // Anonymous without an app id; with one, MSAL fetches (and caches) a token from Microsoft's login.
  const credentials = new MicrosoftAppCredentials(appId, opts.appPassword, opts.tenantId);
  const connectors = new Map<string, ConnectorClient>();
  const connectorFor = (serviceUrl: string) => {
    let client = connectors.get(serviceUrl);
    if (!client) connectors.set(serviceUrl, (client = new ConnectorClient(credentials, { baseUri: serviceUrl })));
    return client;
  };

  let handle: Handler | undefined;
  let stopped = false;
  // A conversation's work runs after everything queued before it, so replies keep their order.
  const queue = createKeyedQueue();
  const enqueue = <T>(conversationId: string, work: () => Promise<T>): Promise<T> => queue.run(conversationId, work);

  async function post(address: BotFrameworkAddress, activity: Partial<Activity>, replyToId?: string): Promise<void> {
    const full: Partial<Activity> = {
      ...activity,
      channelId: address.channelId,
      serviceUrl: address.serviceUrl,
      conversation: address.conversation as ConversationAccount,
      from: address.bot as ChannelAccount,
      recipient: address.user as ChannelAccount,
      ...(replyToId ? { replyToId } : {}),
    };
    const conversations = connectorFor(address.serviceUrl).conversations;
    try {
      if (replyToId) await conversations.replyToActivity(address.conversation.id, replyToId, full);
      else await conversations.sendToConversation(address.conversation.id, full);
    } catch (err) {
      const status = (err as { statusCode?: number }).statusCode;
      throw new ChannelError('botframework', `connector refused a ${activity.type} activity (${status ?? (err as Error).name})`, status === undefined || status === 429 || status >= 500, {
        cause: err,
      });
    }
  }

  async function deliver(address: BotFrameworkAddress, replies: Outbound[], replyToId?: string): Promise<void> {
    for (const reply of replies) for (const activity of toActivities(reply, address.user.id)) await post(address, activity, replyToId);
  }

  /** Saves the conversation reference when it changed; returns it with what was remembered. */
  async function remember(a: IncomingActivity, greeted: boolean): Promise<{ address: BotFrameworkAddress; wasGreeted: boolean }> {
    const stored = await store.get<BotFrameworkAddress>('addresses', addressId(a.conversation.id));
    const address: BotFrameworkAddress = {
      id: addressId(a.conversation.id),
      serviceUrl: a.serviceUrl,
      channelId: a.channelId,
      conversation: { id: a.conversation.id, ...(a.conversation.tenantId ? { tenantId: a.conversation.tenantId } : {}) },
      bot: { id: a.recipient.id, ...(a.recipient.name ? { name: a.recipient.name } : {}) },
      user: { id: a.from.id },
      greeted: greeted || stored?.greeted === true,
    };
    if (JSON.stringify(stored) !== JSON.stringify(address)) await store.put('addresses', address);
    return { address, wasGreeted: stored?.greeted === true };
  }

  /** Typing, then the core's answer as replies to the activity. */
  async function converse(address: BotFrameworkAddress, inbound: Inbound, replyToId: string | undefined): Promise<void> {
    await post(address, { type: 'typing' }, replyToId).catch((err: Error) => log.warn({ channel: 'botframework', err: { type: err.name, message: err.message } }, 'typing not sent'));
    const replies = await handle!(inbound);
    await deliver(address, replies, replyToId);
  }

  /** The work an activity asks for, or undefined when it asks for none. */
  function workFor(a: IncomingActivity): (() => Promise<void>) | undefined {
    const base = { channel: 'botframework' as const, user: a.conversation.id, at: new Date() };
    const replyTo = a.id ?? undefined;
    if (a.type === 'conversationUpdate' && a.membersAdded?.some((m) => m.id !== a.recipient.id)) {
      return async () => {
        const { address, wasGreeted } = await remember(a, true);
        if (!wasGreeted) await converse(address, { ...base, kind: 'text', text: '' }, replyTo);
      };
    }
    if (a.type !== 'message') return undefined;
    const text = textOf(a);
    const attachment = a.attachments?.find((x) => x.contentType);
    if (!text && !attachment) return undefined;
    const inbound: Inbound = text ? { ...base, kind: 'text', text } : { ...base, kind: 'media', media: mediaOf(attachment!.contentType!) };
    return async () => {
      const { address } = await remember(a, true);
      await converse(address, inbound, replyTo);
    };
  }

  async function receive(req: Request, res: Response): Promise<void> {
    if (!handle || stopped) {
      res.status(503).json({ error: 'not accepting activities' });
      return;
    }
    const body: unknown = req.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      res.status(400).json({ error: 'body is not an activity' });
      return;
    }
    const parsed = IncomingActivity.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      res.status(400).json({ error: `not an activity: ${issue.path.join('.') || 'body'} ${issue.message}`.slice(0, 200) });
      return;
    }
    const a = parsed.data;
    if (appId) {
      try {
        // Checks issuer, audience (our app id), signature against the channel's published keys,
        // expiry, endorsements for the channelId and that the token's serviceurl claim is the activity's.
        await auth.authenticateRequest(body as Activity, req.get('authorization') ?? '');
      } catch (err) {
        // A refused token is the caller's problem; keys we could not fetch are ours.
        const ours = (err instanceof AuthenticationError && err.statusCode >= 500) || (err as Error).name === 'FetchError';
        log[ours ? 'error' : 'warn']({ channel: 'botframework', err: { type: (err as Error).name, message: (err as Error).message } }, 'activity refused: authentication failed');
        res.status(401).json({ error: 'unauthorized' });
        return;
      }
    }
    if (!appId && !isLoopback(a.serviceUrl)) {
      log.warn({ channel: 'botframework', channelId: a.channelId }, 'activity refused: no app id and a serviceUrl off loopback');
      res.status(401).json({ error: 'unauthorized: without MICROSOFT_APP_ID only a loopback serviceUrl (the Emulator) is accepted' });
      return;
    }
    log.debug({ channel: 'botframework', type: a.type, channelId: a.channelId, conversation: a.conversation.id, activity: a.id }, 'activity received');
    const work = workFor(a);
    if (work) {
      void enqueue(a.conversation.id, work).catch((err: Error) => {
        log.error({ channel: 'botframework', conversation: a.conversation.id, err: { type: err.name, message: err.message } }, 'activity not answered');
      });
    }
    res.status(200).end();
  }

  const router = express.Router();
  router.post('/api/messages', webhookLimiter('botframework'), express.json({ limit: BODY_LIMIT }), (req, res, next) => {
    receive(req, res).catch(next);
  });
  const onError: ErrorRequestHandler = (err: { status?: number; type?: string }, _req, res, _next) => {
    const status = err.type === 'entity.too.large' ? 413 : typeof err.status === 'number' && err.status < 500 ? err.status : 500;
    if (status === 500) log.error({ channel: 'botframework', err: { type: (err as Error).name, message: (err as Error).message } }, 'activity failed');
    res.status(status).json({ error: err.type === 'entity.parse.failed' ? 'body is not valid JSON' : status === 413 ? 'body is too large' : status === 500 ? 'internal error' : 'bad request' });
  };
  router.use('/api/messages', onError);

  return {
    id: 'botframework',
    router,
    async start(h) {
      handle = h;
      stopped = false;
      log.info({ channel: 'botframework', authenticated: Boolean(appId) }, appId ? 'Bot Framework channel on /api/messages' : 'Bot Framework channel on /api/messages, Emulator on loopback only');
    },
    send(user, replies) {
      return enqueue(user, async () => {
        const address = await store.get<BotFrameworkAddress>('addresses', addressId(user));
        if (!address) throw new ChannelError('botframework', `no conversation reference for Bot Framework conversation ${user}: it never wrote to us`, false);
        await deliver(address, replies);
      });
    },
    async stop() {
      stopped = true;
      await queue.idle();
    },
  };
}
