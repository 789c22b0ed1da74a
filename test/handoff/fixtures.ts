/** Shared test data: a handoff request with words that must be escaped, and temp dirs. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HandoffRequest } from '../../src/handoff/handoff.js';
import type { HandoffService } from '../../src/handoff/handoff-service.js';
import { recordConsent } from '../../src/privacy/consent-log.js';
import type { Store } from '../../src/store/store.js';

/** The resident's words in every sample: HTML that must never run. */
export const WORDS = 'Ik krijg <script>alert("x")</script> brieven over mijn huur & toeslag.\nWie helpt mij?';

/** A complete support request; override what a test cares about. */
export function sampleRequest(overrides: Partial<HandoffRequest> = {}): HandoffRequest {
  return {
    kind: 'support',
    organisation: { id: 'mee', name: 'MEE & de Wering', email: 'intake@mee.example' },
    domains: [
      { id: 'housing', label: 'Wonen' },
      { id: 'income', label: 'Geld en inkomen' },
    ],
    words: WORDS,
    answers: [
      { label: 'Voor wie', value: 'mijzelf' },
      { label: 'Hoe dringend', value: 'binnen een week' },
    ],
    contact: { route: 'phone', value: '06 12345678', name: 'Fatima' },
    lang: 'nl',
    channel: 'webchat',
    conversation: 'conv-1',
    consent: { at: '2026-11-20T09:15:00.000Z', text: 'Ik geef toestemming om mijn vraag te delen met MEE & de Wering.' },
    ...overrides,
  };
}

/** A fresh temp directory and its clean-up. */
export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'naast-handoff-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** A clock the test moves by hand. */
export function fakeClock(start: string): { now: () => Date; set: (iso: string) => void; advance: (ms: number) => void } {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    set: (iso) => {
      t = Date.parse(iso);
    },
    advance: (ms) => {
      t += ms;
    },
  };
}

/** The first http(s) link in a text. */
export function firstLink(text: string): string | undefined {
  return /https?:\/\/[^\s<>"]+/.exec(text)?.[0];
}

/**
 * The service as the runtime uses it: the resident's consent is in the consent log before each
 * handoff (the service refuses a case without one), as the dialog writes it at the consent step.
 */
export function consenting<S extends Pick<HandoffService, 'create'>>(service: S, store: Pick<Store, 'put'>): S {
  const create = service.create.bind(service);
  return Object.assign(service, {
    async create(request: HandoffRequest) {
      await recordConsent(store, {
        conversation: request.conversation,
        organisation: { id: request.organisation.id, name: request.organisation.name },
        purpose: request.kind,
        shared: ['words', 'answers', 'domains', 'name', 'contact'],
        at: request.consent.at,
        lang: request.lang,
        textVersion: 'test@fixture#000000000000',
      });
      return create(request);
    },
  });
}
