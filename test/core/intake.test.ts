import { describe, expect, it } from 'vitest';
import { drive, pool, tree } from './drive.js';

const CLEAR_INCOME = 'Ik heb schulden en de deurwaarder komt steeds langs. Ik kan mijn rekeningen niet betalen.';
const nl = (key: keyof typeof tree.texts) => tree.texts[key].nl.split('\n')[0]!;

describe('the default intake, whole conversations', () => {
  it('takes a clear money question from greeting to a reference in ten resident turns', () => {
    const lines = ['', CLEAR_INCOME, '1', '3', 'Nog niets', 'nee', 'ja klopt', 'geen voorkeur', 'ja dat mag', 'Liever niet', '06-1234 5678'];
    const { turns, handoffs, last } = drive(lines);
    const table = turns.map((t) => [t.said, t.node]);
    expect(table).toEqual([
      ['', 'ask_question'],
      [CLEAR_INCOME, 'for_whom'],
      ['1', 'urgency'],
      ['3', 'tried'],
      ['Nog niets', 'decision'],
      ['nee', 'confirm_domains'],
      ['ja klopt', 'choose_organisation'],
      ['geen voorkeur', 'consent'],
      ['ja dat mag', 'name'],
      ['Liever niet', 'contact'],
      ['06-1234 5678', last.node],
    ]);
    expect(last.text).toContain('HA-TEST2');
    expect(turns.length - 1).toBe(10);
    expect(handoffs).toHaveLength(1);
    const h = handoffs[0]!;
    expect(h.words).toBe(CLEAR_INCOME);
    expect(h.domains.map((d) => d.id)).toContain('income');
    const chosen = pool.organisations.find((o) => o.id === h.organisation.id)!;
    expect(chosen.independent).toBe(true);
    expect(chosen.domains).toContain('income');
    expect(h.contact).toEqual({ route: 'phone', value: '0612345678' });
    expect(h.consent.at).toBe('2026-11-23T10:00:00.000Z');
    expect(h.consent.text).toContain(h.organisation.name);
    expect(h.answers.map((a) => a.label)).toEqual(['Voor wie', 'Hoe dringend', 'Al geprobeerd', 'Gesprek gepland']);
    expect(h.answers[0]!.value).toBe('Voor mij');
  });

  it('shows the greeting without any typing', () => {
    const { last } = drive(['']);
    expect(last.text).toContain('Naast');
    expect(last.text).toContain('gratis');
    expect(last.node).toBe('ask_question');
  });

  it('answers a first message with content at once, after the greeting', () => {
    const { last } = drive([CLEAR_INCOME]);
    expect(last.text).toContain('Naast');
    expect(last.node).toBe('for_whom');
  });

  it('lets the resident correct the domains, several at once', () => {
    const { state } = drive(['', CLEAR_INCOME, '1', '3', 'Nog niets', 'nee', 'nee', '1 en 7']);
    expect(state.domains).toEqual(['social_support', 'housing']);
    expect(state.node).toBe('choose_organisation');
  });

  it('asks for the domains when it found none', () => {
    const { turns } = drive(['', 'ik heb hulp nodig maar weet niet waarmee', '1', '3', 'Nog niets', 'nee']);
    expect(turns.at(-1)!.text).toContain(tree.domains.income.nl);
  });

  it('shares nothing when consent is refused', () => {
    const { handoffs, last } = drive(['', CLEAR_INCOME, '1', '3', 'Nog niets', 'nee', 'ja', 'geen voorkeur', 'nee']);
    expect(handoffs).toHaveLength(0);
    expect(last.node).toBe('consent_refused');
  });

  it('offers only the complaint desk for a complaint', () => {
    const { state } = drive(['', 'Ik wil bezwaar maken tegen het besluit van de gemeente over mijn huishoudelijke hulp', '1', '3', 'Nog niets', 'nee', 'ja']);
    expect(state.kind).toBe('complaint');
    expect(state.offered.every((id) => pool.organisations.find((o) => o.id === id)!.complaintDesk)).toBe(true);
  });

  it('points out-of-scope questions to the municipality without a handoff', () => {
    const { last } = drive(['', 'Wanneer wordt het oud papier opgehaald in mijn straat?']);
    expect(last.node).toBe('out_of_scope');
    expect(last.text).toContain(pool.frontDesk.phone);
  });

  it('goes on in English when the resident writes English', () => {
    const { last, state } = drive(['', 'I cannot pay my rent and I am afraid we will be evicted']);
    expect(state.lang).toBe('en');
    expect(last.text).toContain(tree.texts.language_switched.en);
  });

  it('takes the contact as a phone number or an e-mail address', () => {
    const base = ['', CLEAR_INCOME, '1', '3', 'Nog niets', 'nee', 'ja', 'geen voorkeur', 'ja', 'Anna'];
    expect(drive([...base, 'Anna@Example.org']).handoffs[0]!.contact).toEqual({ route: 'email', value: 'anna@example.org', name: 'Anna' });
    
  });

  it('asks again, with an example, for a contact that is neither phone nor e-mail', () => {
    const base = ['', CLEAR_INCOME, '1', '3', 'Nog niets', 'nee', 'ja', 'geen voorkeur', 'ja', 'Anna'];
    const { last, handoffs } = drive([...base, 'bel me maar']);
    expect(handoffs).toHaveLength(0);
    expect(last.node).toBe('contact');
    expect(last.text).toContain('06');
  });
});

describe('commands at any point', () => {
  const toUrgency = ['', CLEAR_INCOME, '1'];

  it('answers help and then asks the same question again', () => {
    const { last } = drive([...toUrgency, 'help']);
    expect(last.text).toContain(nl('help'));
    expect(last.node).toBe('urgency');
    expect(last.replies.at(-1)!.kind).toBe('choices');
  });

  it('gives the front desk for mens, in English for human', () => {
    expect(drive([...toUrgency, 'mens']).last.text).toContain(pool.frontDesk.phone);
    expect(drive([...toUrgency, 'HUMAN']).last.text).toContain(pool.frontDesk.phone);
  });

  it('stops, and starts afresh on the next message', () => {
    const { turns } = drive([...toUrgency, 'stop', 'hallo']);
    expect(turns.at(-2)!.text).toContain(nl('stopped'));
    expect(turns.at(-1)!.node).toBe('ask_question');
    expect(turns.at(-1)!.text).toContain('Naast');
  });

  it('restarts with opnieuw', () => {
    const { last, state } = drive([...toUrgency, 'opnieuw']);
    expect(last.text).toContain(tree.texts.restarted.nl);
    expect(state.node).toBe('ask_question');
    expect(state.slots).toEqual({});
  });

  it('switches language with taal and keeps the place', () => {
    const { last, state } = drive([...toUrgency, 'taal', 'English']);
    expect(state.lang).toBe('en');
    expect(last.text).toContain(tree.texts.language_set.en);
    expect(last.node).toBe('urgency');
  });

  it('says there is no handoff yet for status, and the reference afterwards', () => {
    expect(drive([...toUrgency, 'status']).last.text).toContain(nl('status_none'));
    const done = ['', CLEAR_INCOME, '1', '3', 'Nog niets', 'nee', 'ja', 'geen voorkeur', 'ja', 'Liever niet', '0612345678', 'status'];
    const { last } = drive(done, { handoff: { reference: 'HA-TEST2', status: 'sent', organisation: 'Sociaal Raadslieden' } });
    expect(last.text).toContain('HA-TEST2');
  });

  it('lets a resident choose another organisation after a handoff, never offering the one they left', () => {
    const done = ['', CLEAR_INCOME, '1', '3', 'Nog niets', 'nee', 'ja', 'geen voorkeur', 'ja', 'Liever niet', '0612345678'];
    const handoff = { reference: 'HA-TEST2', status: 'sent' as const, organisation: 'Sociaal Raadslieden' };
    const first = drive(done, { handoff });
    const left = first.state.organisation!;
    const { last, state } = drive([...done, 'andere ondersteuner'], { handoff });
    expect(last.text).toContain('Je hoeft niet te zeggen waarom');
    expect(state.node).toBe(tree.nodes.find((n) => n.kind === 'choose_organisation')!.id);
    expect(state.reference).toBeUndefined();
    expect(state.excluded).toEqual([left]);
    expect(state.offered).not.toContain(left);
    // Before any handoff there is nobody to leave.
    expect(drive([...toUrgency, 'andere ondersteuner']).last.text).toContain(nl('status_none'));
  });

  it('answers an unknown /command with the commands it knows', () => {
    expect(drive([...toUrgency, '/foo']).last.text).toContain(nl('unknown_command'));
  });
});

describe('safety first', () => {
  it('gives the crisis numbers before anything else, then asks the same question', () => {
    const { last } = drive(['', CLEAR_INCOME, '1', 'ik wil niet meer leven']);
    expect(last.replies[0]!.text).toContain('113');
    expect(last.replies[0]!.text).toContain('0800-0113');
    expect(last.replies[0]!.text).toContain('112');
    expect(last.replies[0]!.text).toContain('0800-2000');
    expect(last.node).toBe('urgency');
  });

  it('keeps a crisis message that is also the question, and goes on', () => {
    const { last, state } = drive(['', 'hij slaat me als hij drinkt en ik durf niet naar huis']);
    expect(last.replies[0]!.text).toContain('0800-2000');
    expect(state.slots.question).toContain('slaat');
    expect(last.node).toBe('for_whom');
  });

  it('answers crisis words even as the very first message', () => {
    expect(drive(['ik wil dood']).last.text).toContain('0800-0113');
  });
});

describe('bad input', () => {
  it('asks for text when a message is empty', () => {
    const { last } = drive(['', CLEAR_INCOME, '   ']);
    expect(last.text).toContain(tree.texts.empty.nl);
    expect(last.node).toBe('for_whom');
  });

  it('refuses a message over 10,000 characters kindly, keeping nothing of it', () => {
    const { last, state } = drive(['', 'a'.repeat(10_001)]);
    expect(last.text).toContain(nl('too_long'));
    expect(state.slots.question).toBeUndefined();
  });

  it('accepts a message of exactly 10,000 characters', () => {
    const long = ('ik heb schulden ' + 'x'.repeat(20) + ' ').repeat(300).slice(0, 10_000);
    expect(drive(['', long]).state.slots.question).toBe(long.trim());
  });

  it('asks for words when the question is emoji only', () => {
    const { last } = drive(['', '😢😢😢']);
    expect(last.node).toBe('ask_question');
  });

  it('keeps HTML as typed text', () => {
    const { state } = drive(['', '<script>alert(1)</script> ik heb schulden']);
    expect(state.slots.question).toBe('<script>alert(1)</script> ik heb schulden');
  });

  it('asks again, with the options, for a choice that matches nothing', () => {
    const { last } = drive(['', CLEAR_INCOME, 'banaan']);
    expect(last.text).toContain(nl('not_understood'));
    expect(last.replies.at(-1)!.kind).toBe('choices');
    expect(last.node).toBe('for_whom');
  });

  it('answers a voice note or photo in words, then asks again', () => {
    const { last } = drive(['', CLEAR_INCOME, { media: true }]);
    expect(last.text).toContain(nl('media'));
    expect(last.node).toBe('for_whom');
  });

  it('answers a voice note as the very first message, after the greeting', () => {
    const { last } = drive([{ media: true }]);
    expect(last.text).toContain('Naast');
    expect(last.text).toContain(nl('media'));
  });

  it('answers after the end instead of staying silent', () => {
    const done = ['', CLEAR_INCOME, '1', '3', 'Nog niets', 'nee', 'ja', 'geen voorkeur', 'ja', 'Liever niet', '0612345678', 'dank je'];
    expect(drive(done).last.text).toContain(nl('ended'));
  });
});

describe('after the handoff', () => {
  it('answers status with the reference once, without repeating the closing text', () => {
    const done = ['', CLEAR_INCOME, '1', '3', 'Nog niets', 'nee', 'ja', 'geen voorkeur', 'ja', 'Liever niet', '0612345678', 'status'];
    const { last } = drive(done, { handoff: { reference: 'HA-TEST2', status: 'sent', organisation: 'Sociaal Raadslieden' } });
    expect(last.replies).toHaveLength(1);
    expect(last.text).toContain('HA-TEST2');
  });
});

describe('residents who write another language', () => {
  it('answers Turkish in Turkish once, goes on in Dutch and puts organisations that speak Turkish first', () => {
    const { turns, state } = drive(['', 'Kira borcum var ve ev sahibi beni evden çıkarmak istiyor, ne yapabilirim?', '1', '3', 'Nog niets', 'nee', 'ja']);
    expect(turns[1]!.text).toContain('Türkçe');
    expect(state.writtenIn).toBe('tr');
    expect(state.lang).toBe('nl');
    const first = pool.organisations.find((o) => o.id === state.offered[0])!;
    expect(first.languages).toContain('tr');
  });
});

describe('understanding the resident in the dialog', () => {
  it('maps a vague, misspelled money question to money and shows it for confirmation', () => {
    const { last, state } = drive(['', 'de deurwaader staat steeds voor de deur en ik kan de rekeningen nie meer betale', '1', '3', 'Nog niets', 'nee']);
    expect(state.domains[0]).toBe('income');
    expect(last.text).toContain(tree.domains.income.nl);
  });

  it('maps everyday words about the stairs to help at home (Wmo)', () => {
    const { state } = drive(['', 'ik kom de trap niet meer op en douchen lukt ook niet meer alleen', '1', '3', 'Nog niets', 'nee']);
    expect(state.domains[0]).toBe('social_support');
  });

  // Every step where the resident is asked something: a crisis there gets the crisis answer first.
  const path = ['', CLEAR_INCOME, '1', '3', 'Nog niets', 'nee', 'ja', 'geen voorkeur', 'ja', 'Liever niet', '0612345678'];
  it.each(path.slice(0, -1).map((_, i) => [i, path.slice(0, i + 1)] as const))('answers a crisis first at step %i', (_i, before) => {
    const at = drive(before).state.node;
    const { last } = drive([...before, 'ik wil er niet meer zijn']);
    expect(last.replies[0]!.text).toContain('0800-0113');
    expect(last.node).toBe(at === 'ask_question' ? 'for_whom' : at);
  });
});
