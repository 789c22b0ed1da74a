import { describe, expect, it } from 'vitest';
import { newestText } from '../../channels/email-newest-text.js';

const QUOTE = '> Voor wie zoek je hulp?\n> 1. Voor mij\n> 2. Voor mijn kind';

describe('the newest text of an e-mail reply', () => {
  it.each([
    ['Gmail, Dutch', `3\n\nOp di 3 nov 2026 om 10:12 schreef Naast <naast@gemeente.nl>:\n\n${QUOTE}\n`, '3'],
    ['Gmail, wrapped attribution', `Voor mij\n\nOp di 3 nov 2026 om 10:12 schreef Naast <\nnaast@gemeente.nl>:\n${QUOTE}`, 'Voor mij'],
    ['attribution without time or address', `Nog niets\n\nOp dinsdag schreef Naast:\n${QUOTE}`, 'Nog niets'],
    ['English client', `Yes please\n\nOn Tue, Nov 3, 2026 at 10:12 AM Naast <naast@gemeente.nl> wrote:\n${QUOTE}`, 'Yes please'],
    ['Apple Mail', `ja\n\n> Op 3 nov. 2026 om 10:12 heeft Naast <naast@gemeente.nl> het volgende geschreven:\n${QUOTE}`, 'ja'],
    ['Apple Mail, unquoted attribution', `ja\n\nOp 3 nov. 2026 om 10:12 heeft Naast <naast@gemeente.nl> het volgende geschreven:\n\n${QUOTE}`, 'ja'],
    ['Outlook, Dutch', 'Prima\r\n\r\n________________________________\r\nVan: Naast <naast@gemeente.nl>\r\nVerzonden: dinsdag 3 november 2026 10:12\r\nAan: Els\r\nOnderwerp: Hulp\r\n\r\nVoor wie zoek je hulp?', 'Prima'],
    ['Outlook, English', 'OK\n\n-----Original Message-----\nFrom: Naast <naast@gemeente.nl>\nSent: Tuesday\nSubject: Hulp\n\nVoor wie?', 'OK'],
    ['Outlook HTML turned into text', 'Prima, doe maar.\n\n\n\n------------------------------\n\nVan: Naast <naast@gemeente.nl>\nVerzonden: dinsdag 3 november 2026 10:12\nAan: Els\n \nWat wil je?', 'Prima, doe maar.'],
    ['a signature', 'Mijn moeder kan de trap niet op.\n\n-- \nEls Jansen\nDorpsstraat 1, 1234 AB Dorp', 'Mijn moeder kan de trap niet op.'],
    ['sent from a phone', 'Ik heb schulden.\n\nVerzonden vanaf mijn iPhone', 'Ik heb schulden.'],
    ['sent from a phone, English, above a quote', `geen voorkeur\n\nSent from my iPhone\n\nOn Tue, Nov 3, 2026, at 10:12, Naast <naast@gemeente.nl> wrote:\n${QUOTE}`, 'geen voorkeur'],
    ['a sign-off with name and address', 'Ik heb schulden.\n\nMet vriendelijke groet,\nEls Jansen\nDorpsstraat 1\n1234 AB Dorp', 'Ik heb schulden.'],
    ['"groetjes" above a quote', `Nog niets\n\nGroetjes,\nEls\n\nOp di 3 nov 2026 om 10:12 schreef Naast <naast@gemeente.nl>:\n${QUOTE}`, 'Nog niets'],
    ['answers between quoted lines', `${QUOTE}\n\nVoor mijn moeder.\n\n> Hoe snel?\nDeze week`, 'Voor mijn moeder.\n\nDeze week'],
  ])('%s', (_name, body, expected) => {
    expect(newestText(body)).toBe(expected);
  });

  it('keeps a resident\'s own sentence that looks a little like an attribution', () => {
    const body = 'Op maandag schreef de gemeente mij een brief:\nik moet geld terugbetalen.';
    expect(newestText(body)).toBe(body);
  });

  it('keeps a greeting that is the whole message, or far from its end', () => {
    expect(newestText('Groeten')).toBe('Groeten');
    const long = 'Mvg\nIk heb een vraag.\nDe brief kwam gisteren.\nIk snap hem niet.\nHet gaat om geld.\nEn om mijn huis.\nWat moet ik doen?';
    expect(newestText(long)).toBe(long);
  });

  it('keeps "Van:" when no "Verzonden:" follows', () => {
    expect(newestText('Van: mijn moeder heb ik gehoord dat het kan.\nKlopt dat?')).toBe('Van: mijn moeder heb ik gehoord dat het kan.\nKlopt dat?');
  });
});
