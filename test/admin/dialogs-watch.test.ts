import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNaast, type RunningNaast } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { login } from '../support/admin-login.js';
import { chat } from '../support/chat.js';

const ADMIN = { email: 'beheer@haarlem.example', password: 'een lang wachtwoord 42' };
const OLD = 'Hallo, ik ben Naast.';

/** Polls until `check` holds (the watcher waits for the file to be quiet), or fails with the last value. */
async function eventually<T>(get: () => Promise<T>, check: (v: T) => boolean, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  let value = await get();
  while (!check(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    value = await get();
  }
  return value;
}

describe('a dialog file edited while Naast runs', () => {
  let naast: RunningNaast;
  let file: string;
  let original: string;
  let cookie: string;
  const greeting = async () => (await chat(naast.url, undefined, '')).replies[0]!.text;
  const trees = async () => (await (await fetch(`${naast.url}/admin/api/trees`, { headers: { cookie } })).json()) as { id: string; version: number; fileError?: string }[];

  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'naast-dialogs-'));
    await cp('dialogs', join(dir, 'dialogs'), { recursive: true });
    file = join(dir, 'dialogs', 'intake.yaml');
    original = await readFile(file, 'utf8');
    naast = await startNaast(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: join(dir, 'data'), DIALOGS_DIR: join(dir, 'dialogs'), LOG_LEVEL: 'silent', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password }));
    cookie = await login(naast.url, ADMIN.email, ADMIN.password);
  });
  afterAll(async () => {
    await naast?.stop();
  });

  it('goes live as a new version when it is valid, for new conversations only', async () => {
    const running = await chat(naast.url, undefined, '');
    expect(running.replies[0]!.text).toContain(OLD);
    await writeFile(file, original.replace(OLD, 'Goedendag, ik ben Naast.'));
    expect(await eventually(greeting, (t) => t.includes('Goedendag'))).toContain('Goedendag, ik ben Naast.');
    expect(await trees()).toEqual([{ id: 'intake', version: 2 }]);
    const versions = (await (await fetch(`${naast.url}/admin/api/trees/intake/versions`, { headers: { cookie } })).json()) as { version: number; publishedBy: string }[];
    expect(versions[0]).toMatchObject({ version: 2, publishedBy: expect.stringMatching(/intake\.yaml \(file\)$/) });
    // The resident who started before keeps the old texts: "opnieuw" greets them with the version they began with.
    expect((await chat(naast.url, running.session, 'opnieuw')).replies.map((r) => r.text).join('\n')).toContain(OLD);
  });

  it('never goes live when it is broken: the running version stays and editors see the file and node', async () => {
    await writeFile(file, original.replace(OLD, 'Kapot.').replace('next: ask_question', 'next: ask_nothing'));
    const listed = await eventually(trees, (t) => Boolean(t[0]?.fileError));
    expect(listed[0]).toMatchObject({ id: 'intake', version: 2 });
    expect(listed[0]!.fileError).toContain("node 'greeting': next leads to unknown node 'ask_nothing'");
    expect(listed[0]!.fileError).toMatch(/intake\.yaml/);
    expect(await greeting()).toContain('Goedendag, ik ben Naast.');

    // Put right again, the problem is gone and the file is what runs.
    await writeFile(file, original);
    expect(await eventually(greeting, (t) => t.includes(OLD))).toContain(OLD);
    expect(await trees()).toEqual([{ id: 'intake', version: 3 }]);
  });
});
