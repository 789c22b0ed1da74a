import { describe, expect, it } from 'vitest';
import type { Handoff } from '../../src/handoff/handoff.js';
import { composeHandoffMail } from '../../src/handoff/handoff-mail.js';
import { deadlineAfter } from '../../src/handoff/handoff-service.js';
import { WORDS, firstLink, sampleRequest } from './fixtures.js';

const LINK = 'https://naast.example.nl/h/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';

function handoff(overrides: Partial<Handoff> = {}): Handoff {
  return {
    ...sampleRequest({ words: `Zie https://evil.example/x eerst. ${WORDS}` }),
    id: 'HA-7K3Q',
    reference: 'HA-7K3Q',
    createdAt: '2026-11-20T09:16:00.000Z',
    tokenHash: 'f'.repeat(64),
    tokenExpiresAt: '2026-12-20T09:16:00.000Z',
    status: 'queued',
    history: [{ status: 'queued', at: '2026-11-20T09:16:00.000Z' }],
    ...overrides,
  };
}

describe('composeHandoffMail', () => {
  it('puts the case link before anything the resident typed', () => {
    const mail = composeHandoffMail(handoff(), LINK);
    expect(mail.to).toBe('intake@mee.example');
    expect(mail.subject).toBe('Naast HA-7K3Q: nieuwe vraag om cliëntondersteuning');
    expect(firstLink(mail.text)).toBe(LINK);
    expect(mail.text).toContain(`Zie https://evil.example/x eerst. ${WORDS}`);
    for (const part of ['Wonen', 'Geld en inkomen', 'Voor wie: mijzelf', 'Telefoon: 06 12345678', 'Naam: Fatima', 'Nederlands', 'webchat']) {
      expect(mail.text).toContain(part);
    }
    expect(mail.text).toContain('Ik geef toestemming om mijn vraag te delen met MEE & de Wering.');
    expect(mail.text).toContain('2026-11-20T09:15:00.000Z');
  });

  it('escapes every value in the HTML part and loads nothing from outside', () => {
    const { html } = composeHandoffMail(handoff(), LINK);
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('MEE &amp; de Wering');
    expect(html).toContain(`<a href="${LINK}">`);
    expect(html).not.toMatch(/<img|src=|<link|url\(/i);
  });

  it('states a complaint’s deadline in the subject and the text', () => {
    const mail = composeHandoffMail(handoff({ kind: 'complaint', deadline: '2026-12-04' }), LINK);
    expect(mail.subject).toBe('Naast HA-7K3Q: klacht, antwoord uiterlijk 2026-12-04');
    expect(mail.text).toContain('2026-12-04');
    expect(firstLink(mail.text)).toBe(LINK);
  });
});

describe('deadlineAfter', () => {
  it('counts 14 calendar days from the date in Amsterdam', () => {
    expect(deadlineAfter(new Date('2026-11-20T09:16:00Z'))).toBe('2026-12-04');
    // 23:30 UTC on 20 March is already 21 March in Amsterdam.
    expect(deadlineAfter(new Date('2026-03-20T23:30:00Z'))).toBe('2026-04-04');
    // Across the change to summer time and a month end.
    expect(deadlineAfter(new Date('2026-03-25T12:00:00Z'))).toBe('2026-04-08');
  });
});
