/** The store contract (store-contract.ts) on every engine: in memory, lowdb files, PostgreSQL. */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createLowdbStore } from '../../src/store/lowdb-store.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { createPostgresStore } from '../../src/store/postgres-store.js';
import { postgresMissing, startTestPostgres, type TestPostgres } from '../fakes/postgres-server.js';
import { storeContract } from './store-contract.js';

storeContract('in memory', { open: async () => ({ store: createMemoryStore() }) });

storeContract('lowdb', {
  async open() {
    const dir = await mkdtemp(join(tmpdir(), 'naast-contract-'));
    return { store: await createLowdbStore(dir), reopen: () => createLowdbStore(dir) };
  },
});

// Without PostgreSQL this part cannot run; on CI it must (.ci/run installs it).
const missing = await postgresMissing();
const skip = missing !== undefined && !process.env.CI;
if (skip) console.warn(`Skipping the PostgreSQL store tests: ${missing}`);
let server: TestPostgres | undefined;
beforeAll(async () => {
  if (!skip) server = await startTestPostgres();
});
afterAll(async () => {
  await server?.close();
});

storeContract(
  'PostgreSQL',
  {
    async open() {
      const url = await server!.database();
      return { store: await createPostgresStore({ url }), reopen: () => createPostgresStore({ url }) };
    },
  },
  { skip },
);
