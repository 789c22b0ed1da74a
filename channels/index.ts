import type { Accounts } from '../src/admin/accounts.js';
import type { Config } from '../src/config.js';
import type { Logger } from '../src/log.js';
import type { Relay } from '../src/handoff/relay.js';
import type { Store } from '../src/store/store.js';
import type { Channel } from './channel.js';
import { createBotFrameworkChannel } from './botframework.js';
import { createEmailChannel } from './email.js';
import { createTelegramChannel } from './telegram.js';
import { createWhatsAppChannel } from './whatsapp.js';

/** What an adapter may use of the running core; never the dialog or the NLU. */
export interface ChannelDeps {
  store: Store;
  log: Logger;
  /** Supporters' answers to cases arrive by e-mail. */
  relay?: Pick<Relay, 'fromSupporter'>;
  /** The admin sessions, for pages behind the login (WhatsApp pairing). */
  accounts: Pick<Accounts, 'sessionUser'>;
}

/** The channels the configuration switches on, besides the web chat that is always there. */
export function createChannels(config: Config, deps: ChannelDeps): Channel[] {
  const channels: Channel[] = [];
  if (config.telegram) channels.push(createTelegramChannel({ ...config.telegram, ...deps }));
  if (config.botframework) channels.push(createBotFrameworkChannel({ ...config.botframework, ...deps }));
  if (config.email) {
    const { relay, ...rest } = deps;
    channels.push(
      createEmailChannel({
        ...config.email,
        smtpUrl: config.smtpUrl,
        mailFrom: config.mailFrom,
        outboxDir: `${config.dataDir}/outbox`,
        ...rest,
        ...(relay ? { onCaseReply: (token, mail) => relay.fromSupporter(token, mail) } : {}),
      }),
    );
  }
  if (config.whatsapp) channels.push(createWhatsAppChannel({ ...config.whatsapp, ...deps }));
  return channels;
}
