/** `npm run --silent inbox-links`: each organisation's secret inbox link, for the administrator to hand out. */
import { loadConfig } from '../config.js';
import { loadPool } from '../pool/load-pool.js';
import { openStore } from '../store/open-store.js';
import { inboxLinks, loadOrCreateInboxKey } from './org-inbox.js';

const config = loadConfig();
const pool = await loadPool(config.poolFile);
// With DATABASE_URL the key lives in the database that every instance shares.
const store = config.database ? await openStore(config) : undefined;
const key = await loadOrCreateInboxKey(config.dataDir, store).finally(() => store?.close());
process.stdout.write(inboxLinks(key, pool, config.publicUrl).map(({ id, name, url }) => `${id}\t${name}\t${url}\n`).join(''));
