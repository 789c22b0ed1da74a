/** `npm run --silent inbox-links`: each organisation's secret inbox link, for the administrator to hand out. */
import { loadConfig } from '../config.js';
import { loadPool } from '../pool/load-pool.js';
import { inboxLinks, loadOrCreateInboxKey } from './org-inbox.js';

const config = loadConfig();
const pool = await loadPool(config.poolFile);
const key = await loadOrCreateInboxKey(config.dataDir);
process.stdout.write(inboxLinks(key, pool, config.publicUrl).map(({ id, name, url }) => `${id}\t${name}\t${url}\n`).join(''));
