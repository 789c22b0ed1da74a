/** The store the settings choose: PostgreSQL with DATABASE_URL, else lowdb files under DATA_DIR/db. */
import { join } from 'node:path';
import type { Config } from '../config.js';
import { createLowdbStore, type StoreLog } from './lowdb-store.js';
import { createPostgresStore } from './postgres-store.js';
import type { Store } from './store.js';

export async function openStore(config: Pick<Config, 'dataDir' | 'database'>, log?: StoreLog, tenant = ''): Promise<Store> {
  if (config.database) return createPostgresStore({ url: config.database.url, maxConnections: config.database.maxConnections, tenant, ...(log ? { log } : {}) });
  return createLowdbStore(join(config.dataDir, 'db'), log ? { log } : {});
}
