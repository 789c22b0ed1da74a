import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNaast, type RunningNaast } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Tree } from '../../src/core/tree-schema.js';
import { loadedFromJson } from '../../src/admin/tree-admin.js';
import { createTreePreview, PREVIEWS_PER_USER } from '../../src/admin/tree-preview.js';
import { detectCrisis } from '../../src/nlu/crisis.js';
import { HURRIED_ANSWERS } from '../support/chat.js';
import { login as signIn } from '../support/admin-login.js';

// The editor's routes over real HTTP: live checks with B1 hints, drafts, versions with diffs, the
// graph, and the preview that runs the real dialog code without making a case.

const ADMIN = { email: 'beheer@haarlem.example', password: 'een lang wachtwoord 42' };
const LONG_GREETING = 'Hallo, ik ben Naast en ik ben de chat van de cliëntondersteuning in {municipality} die je gratis en onafhankelijk helpt met je vraag over zorg of geld.';
const NEW_GREETING = { nl: 'Hoi! Ik ben Naast uit {municipality}. Ik help je gratis.', en: 'Hi! I am Naast from {municipality}. I help you for free.' };

interface Reply {
  kind: 'text' | 'choices';
  text: string;
  choices?: { id: string; label: string }[];
}
interface PreviewAnswer {
  session: string;
  replies: Reply[];
  restarted: boolean;
}

describe('the dialog tree editor API', () => {
  let naast: RunningNaast;
  let dataDir: string;
  let cookie = '';
  let live: Tree;

  const call = (method: string, path: string, body?: unknown, as = cookie) =>
    fetch(`${naast.url}/admin/api${path}`, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), cookie: as },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  // The shared one throws unless the login answers 200.
  const login = (email: string, password: string) => signIn(naast.url, email, password);
  const withGreeting = (text: { nl: string; en: string }): Tree => {
    const tree = structuredClone(live);
    const greeting = tree.nodes.find((n) => n.id === 'greeting')!;
    if (greeting.kind !== 'message') throw new Error('greeting is not a message');
    greeting.text = text;
    return tree;
  };
  const preview = async (body: Record<string, unknown>, as = cookie) => {
    const res = await call('POST', '/trees/intake/preview', body, as);
    expect(res.status).toBe(200);
    return (await res.json()) as PreviewAnswer;
  };
  const said = (a: PreviewAnswer) => a.replies.map((r) => r.text).join('\n');

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'naast-tree-editor-'));
    naast = await startNaast(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password }));
    cookie = await login(ADMIN.email, ADMIN.password);
    live = (await (await call('GET', '/trees/intake')).json()) as Tree;
  });
  afterAll(async () => {
    await naast?.stop();
  });

  it('checks a tree without saving it: errors name the node, a long Dutch sentence gets a B1 hint', async () => {
    const broken = structuredClone(live);
    const greeting = broken.nodes.find((n) => n.id === 'greeting') as { next: string };
    greeting.next = 'nergens';
    const res = await call('POST', '/trees/intake/check', broken);
    expect(res.status).toBe(200);
    const { errors } = (await res.json()) as { errors: { node: string; message: string }[] };
    expect(errors).toContainEqual({ node: 'greeting', message: expect.stringContaining("'nergens'") });

    const long = await call('POST', '/trees/intake/check', withGreeting({ nl: LONG_GREETING, en: NEW_GREETING.en }));
    const checked = (await long.json()) as { errors: unknown[]; hints: { node: string; field: string; lang: string; kind: string; message: string }[] };
    expect(checked.errors).toEqual([]);
    expect(checked.hints).toContainEqual(expect.objectContaining({ node: 'greeting', field: 'text', lang: 'nl', kind: 'long-sentence' }));
    // The short greeting has no long sentence.
    const short = (await (await call('POST', '/trees/intake/check', withGreeting(NEW_GREETING))).json()) as typeof checked;
    expect(short.hints.filter((h) => h.node === 'greeting' && h.kind === 'long-sentence')).toEqual([]);

    expect((await call('GET', '/trees/intake/draft')).status).toBe(404);
    expect((await call('POST', '/trees/nope/check', live)).status).toBe(404);
  });

  it('runs a whole intake in the preview up to the PREVIEW reference, and nothing reaches the real store or disk', async () => {
    const before = {
      handoffs: (await naast.core.store.list('handoffs')).length,
      outbox: (await naast.core.store.list('outbox')).length,
      events: (await naast.core.store.list('events')).length,
      conversations: (await naast.core.store.list('conversations')).length,
    };
    const tree = withGreeting(NEW_GREETING);
    let answer = await preview({ tree, text: '' });
    expect(answer.restarted).toBe(true);
    expect(said(answer)).toContain('Hoi! Ik ben Naast uit Haarlem.');
    const session = answer.session;

    let all = '';
    for (const text of ['Ik heb schulden en de deurwaarder komt steeds langs.', ...HURRIED_ANSWERS]) {
      answer = await preview({ tree, session, text });
      expect(answer.session).toBe(session);
      expect(answer.restarted).toBe(false);
      all += `${said(answer)}\n`;
      if (all.includes('PREVIEW')) break;
    }
    expect(all).toMatch(/Mag ik je vraag doorgeven aan/);
    expect(all).toContain('Je nummer is PREVIEW.');
    // `status` answers from the preview's own handoff, not a real case.
    expect(said(await preview({ tree, session, text: 'status' }))).toContain('PREVIEW');

    expect({
      handoffs: (await naast.core.store.list('handoffs')).length,
      outbox: (await naast.core.store.list('outbox')).length,
      events: (await naast.core.store.list('events')).length,
      conversations: (await naast.core.store.list('conversations')).length,
    }).toEqual(before);
    expect(await readdir(join(dataDir, 'outbox')).catch(() => [])).toEqual([]);
  });

  it('answers a choice by its id and restarts the preview when the tree changes', async () => {
    const first = await preview({ tree: live, text: 'Ik heb schulden en de deurwaarder komt steeds langs.' });
    const offered = first.replies.find((r) => r.kind === 'choices');
    expect(offered?.choices?.map((c) => c.id)).toContain('myself');
    const chosen = await preview({ tree: live, session: first.session, choice: 'myself' });
    expect(chosen.restarted).toBe(false);
    expect(said(chosen)).toContain('Hoe snel heb je hulp nodig?');

    const changed = await preview({ tree: withGreeting(NEW_GREETING), session: first.session, text: '' });
    expect(changed.restarted).toBe(true);
    expect(changed.session).not.toBe(first.session);
    expect(said(changed)).toContain('Hoi! Ik ben Naast uit Haarlem.');
  });

  it('refuses an invalid tree in the preview with 422, and a body that is not a preview with 400', async () => {
    const broken = withGreeting({ nl: 'Hallo zonder gemeente.', en: 'Hello from {municipality}.' });
    const res = await call('POST', '/trees/intake/preview', { tree: broken, text: '' });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { errors: { node: string }[] }).errors).toContainEqual(expect.objectContaining({ node: 'greeting' }));
    expect((await call('POST', '/trees/intake/preview', { tree: live, text: 5 })).status).toBe(400);
  });

  it('keeps the draft, lists versions with who and how much changed, and shows the diff of a publish', async () => {
    expect(await (await call('GET', '/trees/intake/versions')).json()).toEqual([{ version: 1, publishedBy: 'dialogs/ (file)', publishedAt: null, live: true, changes: 0 }]);

    const saved = await call('PUT', '/trees/intake/draft', withGreeting(NEW_GREETING));
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ ok: true, hints: expect.any(Array) });
    const draft = (await (await call('GET', '/trees/intake/draft')).json()) as { tree: Tree; savedBy: string; savedAt: string };
    expect(draft.savedBy).toBe(ADMIN.email);
    expect(draft.tree.nodes.find((n) => n.id === 'greeting')).toMatchObject({ text: NEW_GREETING });

    expect(await (await call('POST', '/trees/intake/publish', {})).json()).toEqual({ version: 2 });
    const versions = (await (await call('GET', '/trees/intake/versions')).json()) as { version: number; publishedBy: string; live: boolean; changes: number }[];
    expect(versions.map((v) => [v.version, v.live])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(versions[0]).toMatchObject({ publishedBy: ADMIN.email, changes: 2 });

    const v2 = (await (await call('GET', '/trees/intake/versions/2')).json()) as { tree: Tree; changes: { node: string; field: string; change: string; text: string }[] };
    expect(v2.changes).toContainEqual(expect.objectContaining({ node: 'greeting', field: 'text.nl', change: 'changed', text: expect.stringContaining('Hoi! Ik ben Naast') }));
    expect(((await (await call('GET', '/trees/intake/versions/1')).json()) as { changes: unknown[] }).changes).toEqual([]);
    expect((await call('GET', '/trees/intake/versions/9')).status).toBe(404);

    expect(await (await call('POST', '/trees/intake/rollback', { version: 1 })).json()).toEqual({ version: 1 });
    const log = (await (await call('GET', '/audit')).json()) as { action: string; detail?: Record<string, unknown> }[];
    const published = log.find((e) => e.action === 'published')!;
    expect(published.detail).toMatchObject({ version: 2, from: 1, to: 2, changeCount: 2 });
    expect(published.detail!.changes).toContainEqual(expect.stringContaining('greeting › text.nl'));
    expect(log.find((e) => e.action === 'rolled back')!.detail).toMatchObject({ version: 1, from: 2, to: 1, changeCount: 2 });
  });

  it('draws the graph as SVG with one box per step, for the live tree and for a version', async () => {
    const res = await call('GET', '/trees/intake/graph.svg?of=live');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const svg = await res.text();
    expect(svg.match(/<g class="node"/g)?.length).toBe(live.nodes.length);
    for (const node of live.nodes) expect(svg).toContain(`data-node="${node.id}"`);
    expect((await call('GET', '/trees/intake/graph.svg?of=2')).status).toBe(200);
    // The draft was published, so there is none to draw.
    expect((await call('GET', '/trees/intake/graph.svg?of=draft')).status).toBe(404);
    expect((await call('GET', '/trees/intake/graph.svg?of=7')).status).toBe(404);
  });

  it('keeps one user out of another user\'s preview', async () => {
    const mine = await preview({ tree: live, text: 'Ik heb schulden en de deurwaarder komt steeds langs.' });
    const created = await call('POST', '/users', { email: 'redacteur@haarlem.example', role: 'editor' });
    const { password } = (await created.json()) as { password: string };
    let editor = await login('redacteur@haarlem.example', password);
    const changed = await call('POST', '/password', { current: password, next: 'een eigen lang wachtwoord' }, editor);
    expect(changed.status).toBe(200);
    editor = (changed.headers.get('set-cookie') ?? '').split(';')[0]!;
    const theirs = await preview({ tree: live, session: mine.session, text: 'Voor mij' }, editor);
    expect(theirs.session).not.toBe(mine.session);
    expect(theirs.restarted).toBe(true);
  });

  it('forgets a preview after 30 idle minutes and keeps at most 20 for one user', async () => {
    let at = Date.parse('2025-03-03T10:00:00Z');
    const previews = createTreePreview({ pool: () => naast.core.pool, classifier: naast.core.classifier, isCrisis: detectCrisis, site: naast.core.site, log: naast.core.log, now: () => new Date(at) });
    const loaded = loadedFromJson(live, 'test');
    const first = await previews.turn('u1', undefined, loaded, { text: '' });
    at += 29 * 60_000;
    expect((await previews.turn('u1', first.session, loaded, { text: 'hallo' })).restarted).toBe(false);
    at += 31 * 60_000;
    const later = await previews.turn('u1', first.session, loaded, { text: '' });
    expect(later.restarted).toBe(true);

    const other = await previews.turn('u2', undefined, loaded, { text: '' });
    const sessions = [later.session];
    for (let i = 0; i < PREVIEWS_PER_USER; i++) {
      at += 1000;
      sessions.push((await previews.turn('u1', undefined, loaded, { text: '' })).session);
    }
    expect(previews.size()).toBe(PREVIEWS_PER_USER + 1);
    // The least recently used made way; the newest and the other user's stay.
    expect((await previews.turn('u1', sessions.at(-1), loaded, { text: 'hallo' })).restarted).toBe(false);
    expect((await previews.turn('u2', other.session, loaded, { text: 'hallo' })).restarted).toBe(false);
    expect((await previews.turn('u1', sessions[0], loaded, { text: '' })).restarted).toBe(true);
  });

  it('refuses viewers and supporters every editor route', async () => {
    const organisation = naast.core.pool.organisations[0]!.id;
    for (const user of [
      { email: 'kijker@haarlem.example', role: 'viewer' },
      { email: 'ondersteuner@mee.example', role: 'supporter', organisation },
    ]) {
      const created = await call('POST', '/users', user);
      expect(created.status).toBe(201);
      const { password } = (await created.json()) as { password: string };
      const first = await login(user.email, password);
      const changed = await call('POST', '/password', { current: password, next: 'een eigen lang wachtwoord' }, first);
      expect(changed.status).toBe(200);
      const theirs = (changed.headers.get('set-cookie') ?? '').split(';')[0]!;
      for (const [method, path, body] of [
        ['POST', '/trees/intake/check', live],
        ['GET', '/trees/intake/draft', undefined],
        ['GET', '/trees/intake/versions', undefined],
        ['GET', '/trees/intake/versions/1', undefined],
        ['GET', '/trees/intake/graph.svg', undefined],
        ['POST', '/trees/intake/preview', { tree: live, text: '' }],
      ] as const) {
        expect((await call(method, path, body, theirs)).status, `${user.role} ${method} ${path}`).toBe(403);
      }
    }
  });
});
