import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { textHints, treeHints, type Hint, type HintKind } from '../../src/admin/b1-hints.js';
import { parseTree } from '../../src/core/tree-loader.js';
import type { Tree } from '../../src/core/tree-schema.js';

const { tree: intake } = parseTree(await readFile('dialogs/intake.yaml', 'utf8'), 'dialogs/intake.yaml');
const copy = (): Tree => structuredClone(intake);
const kinds = <H extends Hint>(hints: H[], kind: HintKind): H[] => hints.filter((h) => h.kind === kind);

describe('B1 hints: long sentences', () => {
  it('flags a Dutch sentence of more than 15 words and says how long it is', () => {
    const hints = textHints('Als je hulp nodig hebt bij het invullen van een formulier van de gemeente kun je ons altijd bellen.', 'nl');
    expect(kinds(hints, 'long-sentence')).toEqual([{ kind: 'long-sentence', message: 'Lange zin (19 woorden): maak hem korter.' }]);
  });

  it('leaves the same content alone when it is split into short sentences', () => {
    expect(textHints('Moet je een formulier van de gemeente invullen? Heb je daar hulp bij nodig? Bel ons gerust.', 'nl')).toEqual([]);
  });

  it('flags a long English sentence and keeps quiet on short ones', () => {
    expect(kinds(textHints('If you would like some help with filling in a form from the municipality you can always call us on the phone.', 'en'), 'long-sentence')).toHaveLength(1);
    expect(textHints('Do you need help with a form? Call us. We are happy to help.', 'en')).toEqual([]);
  });

  it('counts a placeholder as one word and never as a long word', () => {
    // 15 words with the placeholders; {frontDeskPhone} would be a long word if read as letters.
    const hints = textHints('Bel {frontDesk} op {frontDeskPhone} als je vragen hebt over je brief of over je geld.', 'nl');
    expect(hints).toEqual([]);
  });

  it('reads line breaks and bullet lines as the end of a sentence', () => {
    const bullets = ['Dan stuur ik dit naar de organisatie:', '- je vraag, in je eigen woorden', '- je antwoorden op mijn vragen', '- hoe ze je kunnen bereiken'];
    expect(kinds(textHints(bullets.join('\n'), 'nl'), 'long-sentence')).toEqual([]);
    expect(kinds(textHints(bullets.join(' '), 'nl'), 'long-sentence')).toHaveLength(1);
  });

  it('does not end a sentence at the dot of an abbreviation or a number', () => {
    const hints = textHints('Je kunt bellen of mailen c.q. een brief sturen naar ons adres in de stad als je bijv. 10.000 vragen hebt.', 'nl');
    expect(kinds(hints, 'long-sentence')).toHaveLength(1);
  });
});

describe('B1 hints: long words', () => {
  it('flags a long Dutch compound and a Dutch word of many syllables', () => {
    const hints = textHints('De arbeidsongeschiktheidsverzekering betaalt. Dit is een ingewikkelde brief.', 'nl');
    expect(kinds(hints, 'long-word').map((h) => h.words)).toEqual([['arbeidsongeschiktheidsverzekering'], ['ingewikkelde']]);
    expect(hints[0]!.message).toBe('Lang woord: "arbeidsongeschiktheidsverzekering". Kan het korter of eenvoudiger?');
  });

  it('leaves short words, words B1 readers know and separable verbs alone', () => {
    expect(textHints('Deze organisaties zijn onafhankelijk. Je vraag is doorgegeven. Je kunt altijd terugkomen.', 'nl')).toEqual([]);
  });

  it('skips e-mail addresses, web addresses, numbers and names', () => {
    const text = 'Mail naar zorgloketgemeentehaarlem@voorbeeld.nl of kijk op www.zorgloketgemeentehaarlem.nl. Bel 0800-12345678. Naast werkt in Haarlem. Bel Veilig Thuis of 113 Zelfmoordpreventie.';
    expect(kinds(textHints(text, 'nl'), 'long-word')).toEqual([]);
  });

  it('accepts a hard word that the text explains', () => {
    expect(textHints('Dat heet een keukentafelgesprek.', 'nl')).toEqual([]);
    expect(textHints('This is a keukentafelgesprek ("kitchen table talk").', 'en')).toEqual([]);
    expect(kinds(textHints('Je krijgt een keukentafelgesprek.', 'nl'), 'long-word')).toHaveLength(1);
  });

  it('flags long English words except common ones', () => {
    const hints = textHints('The characteristically unreadable letter.', 'en');
    expect(kinds(hints, 'long-word').flatMap((h) => h.words)).toEqual(['characteristically', 'unreadable']);
    expect(textHints('The municipality gives information about organisations. Everything is independent.', 'en')).toEqual([]);
  });
});

describe('B1 hints: hard words', () => {
  it('names the officialese word and a plainer one', () => {
    expect(kinds(textHints('Bel ons indien je vragen hebt.', 'nl'), 'hard-word')).toEqual([
      { kind: 'hard-word', message: 'Moeilijk woord: "indien". Schrijf liever "als".', words: ['indien'] },
    ]);
  });

  it('finds several words in the order of the text, also at the start of a sentence', () => {
    const hints = kinds(textHints('Indien u reeds een beschikking heeft ontvangen, belt u ons. Tevens sturen wij een brief.', 'nl'), 'hard-word');
    expect(hints.flatMap((h) => h.words)).toEqual(['Indien', 'reeds', 'beschikking', 'ontvangen', 'Tevens']);
  });

  it('matches phrases as a whole, also across a line break, and not their single words', () => {
    expect(kinds(textHints('Dit is ten behoeve\nvan je aanvraag.', 'nl'), 'hard-word').flatMap((h) => h.words)).toEqual(['ten behoeve van']);
    expect(kinds(textHints('Ten slotte: van wie is dit? Ik kom om tien uur.', 'nl'), 'hard-word')).toEqual([]);
    expect(kinds(textHints('Bel of mail c.q. schrijf ons.', 'nl'), 'hard-word').flatMap((h) => h.words)).toEqual(['c.q.']);
  });

  it('does not see a hard word inside another word', () => {
    expect(textHints('Je kunt een klacht indienen. Dat doe je snel.', 'nl')).toEqual([]);
  });

  it('knows English officialese', () => {
    const hints = kinds(textHints('Prior to the meeting, please commence the form in order to get help.', 'en'), 'hard-word');
    expect(hints.map((h) => h.message)).toEqual([
      'Moeilijk woord: "Prior to". Schrijf liever "before".',
      'Moeilijk woord: "commence". Schrijf liever "start".',
      'Moeilijk woord: "in order to". Schrijf liever "to".',
    ]);
    expect(textHints('Before the meeting, start the form to get help.', 'en')).toEqual([]);
  });

  it('ignores placeholders and addresses', () => {
    expect(kinds(textHints('Mail naar indien@voorbeeld.nl of bel {reeds}.', 'nl'), 'hard-word')).toEqual([]);
  });
});

describe('B1 hints: the passive voice', () => {
  it('flags worden with a past participle, also a separable or prefixed one', () => {
    const pairs = (text: string) => kinds(textHints(text, 'nl'), 'passive').map((h) => h.words);
    expect(pairs('Je gegevens worden doorgegeven aan de gemeente.')).toEqual([['worden', 'doorgegeven']]);
    expect(pairs('Je vraag wordt morgen besproken.')).toEqual([['wordt', 'besproken']]);
    expect(pairs('De brief werd gisteren verstuurd.')).toEqual([['werd', 'verstuurd']]);
    expect(pairs('Je aanvraag is gisteren afgewezen door de gemeente.')).toEqual([['is', 'afgewezen']]);
  });

  it('writes the words in the message with … between them when they are apart', () => {
    expect(kinds(textHints('Je vraag wordt morgen doorgegeven.', 'nl'), 'passive')[0]!.message).toBe('Lijdende vorm ("wordt … doorgegeven"): zeg liever wie het doet.');
  });

  it('keeps quiet on active Dutch sentences and on worden as a main verb', () => {
    expect(textHints('We geven je gegevens door aan de gemeente. Het wordt beter. Wil je vrijwilliger worden? Je vraag is doorgestuurd.', 'nl')).toEqual([]);
  });

  it('flags English be + past participle, regular and irregular, with an adverb between', () => {
    const pairs = (text: string) => kinds(textHints(text, 'en'), 'passive').map((h) => h.words);
    expect(pairs('Your answer is needed.')).toEqual([['is', 'needed']]);
    expect(pairs('The letter was sent yesterday.')).toEqual([['was', 'sent']]);
    expect(pairs('It has been passed on.')).toEqual([['been', 'passed']]);
    expect(pairs('Your data is always deleted.')).toEqual([['is', 'deleted']]);
  });

  it('keeps quiet on active English and on states such as "interested"', () => {
    expect(textHints('We need your answer. I am interested. Is that right? We will delete it.', 'en')).toEqual([]);
  });
});

describe('B1 hints for a whole tree', () => {
  /** Where a hint points must exist: a node, texts.<key> or domains.<id>, and a text at the field's path. */
  function textAt(tree: Tree, node: string, field: string): unknown {
    if (node.startsWith('texts.')) return field === 'text' ? tree.texts[node.slice(6) as keyof Tree['texts']] : undefined;
    if (node.startsWith('domains.')) return field === 'name' ? tree.domains[node.slice(8) as keyof Tree['domains']] : undefined;
    if (node === 'otherLanguages') return tree.otherLanguages?.[field as 'tr'];
    const found = tree.nodes.find((n) => n.id === node);
    return field.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), found);
  }

  it('finds few hints in the real intake, each pointing at a real text', () => {
    const hints = treeHints(intake);
    for (const h of hints) {
      const text = textAt(intake, h.node, h.field) as { nl: string; en: string } | undefined;
      expect(text, `${h.node} ${h.field}`).toBeDefined();
      expect(typeof text![h.lang as 'nl' | 'en']).toBe('string');
    }
    // Measured: 10 (5 passive, 3 long words, 2 long sentences, all in texts a B1 editor would look at again).
    expect(hints.length).toBeLessThanOrEqual(16);
    expect(kinds(hints, 'missing-translation')).toEqual([]);
  });

  it('reports an English text that is a copy of the Dutch one', () => {
    const tree = copy();
    const greeting = tree.nodes.find((n) => n.id === 'greeting') as { text: { nl: string; en: string } };
    greeting.text.en = ` ${greeting.text.nl.toUpperCase()} `;
    expect(kinds(treeHints(tree), 'missing-translation')).toEqual([
      { kind: 'missing-translation', message: 'Vertaling ontbreekt: de Engelse tekst is gelijk aan de Nederlandse.', node: 'greeting', field: 'text', lang: 'en' },
    ]);
  });

  it('accepts short texts that are the same in both languages', () => {
    const tree = copy();
    tree.domains.work = { nl: 'Werk (Wmo)', en: 'Werk (Wmo)' };
    expect(kinds(treeHints(tree), 'missing-translation')).toEqual([]);
  });

  it('reports an empty English text and an empty other-language message', () => {
    const tree = copy();
    const forWhom = tree.nodes.find((n) => n.id === 'for_whom') as { options: { label: { en: string } }[] };
    forWhom.options[2]!.label.en = '  ';
    tree.otherLanguages!.pl = '';
    const missing = kinds(treeHints(tree), 'missing-translation').map(({ node, field, lang }) => ({ node, field, lang }));
    expect(missing).toEqual([
      { node: 'for_whom', field: 'options.2.label', lang: 'en' },
      { node: 'otherLanguages', field: 'pl', lang: 'pl' },
    ]);
  });

  it('names tree-level texts and option labels by where they are', () => {
    const tree = copy();
    tree.texts.help.nl = 'Indien je hulp wilt, typ help.';
    const urgency = tree.nodes.find((n) => n.id === 'urgency') as { options: { label: { en: string } }[] };
    urgency.options[1]!.label.en = 'Prior to Friday';
    const found = treeHints(tree).filter((h) => h.kind === 'hard-word').map(({ node, field, lang }) => ({ node, field, lang }));
    expect(found).toEqual([
      { node: 'urgency', field: 'options.1.label', lang: 'en' },
      { node: 'texts.help', field: 'text', lang: 'nl' },
    ]);
  });
});
