import { describe, expect, it } from 'vitest';
import { createKeywordClassifier } from '../../src/nlu/keyword-classifier.js';
import { DOMAINS, type Classification, type LifeDomain } from '../../src/nlu/types.js';

const classifier = createKeywordClassifier();

function expectValid(c: Classification): void {
  expect(Array.isArray(c.domains)).toBe(true);
  for (const d of c.domains) {
    expect(DOMAINS).toContain(d.id);
    expect(d.score).toBeGreaterThanOrEqual(0);
    expect(d.score).toBeLessThanOrEqual(1);
  }
  expect(c.primary).toBe(c.domains[0]?.id ?? null);
  expect(typeof c.crisis).toBe('boolean');
  expect(typeof c.complaint).toBe('boolean');
  expect(typeof c.outOfScope).toBe('boolean');
  expect(['nl', 'en', 'tr', 'ar', 'pl', 'uk', 'other']).toContain(c.language);
}

// [message, primary domain, other domains that must be present]
const CLEAR: [string, LifeDomain, LifeDomain[]][] = [
  ['mijn oma kan niet meer zelf schoonmaken, kan ze huishoudelijke hulp krijgen', 'social_support', []],
  ['Wij willen een traplift aanvragen voor mijn vader', 'social_support', []],
  ['ik heb een scootmobil nodig want lopen gaat niet meer', 'social_support', []],
  ['Ik zorg elke dag voor mijn zieke man en ben op als mantelzorger', 'social_support', []],
  ['My mother needs a wheelchair and help at home', 'social_support', []],
  ['can we get a stairlift for my dad through the council', 'social_support', []],
  ['ik wil stoppen met roken maar het lukt niet', 'prevention', []],
  ['Waar kan ik mijn baby laten inenten, bij het consultatiebureau?', 'prevention', []],
  ['mijn man drinkt de laatste tijd elke avond te veel bier', 'prevention', []],
  ['I want to lose weight and exercise more, is there a programme?', 'prevention', []],
  ['how do I quit vaping', 'prevention', []],
  ['ik ben al maanden depressief en de wachtlijst bij de ggz is lang', 'care', []],
  ['Mijn moeder heeft dementie, moet ze naar een verpleeghuis?', 'care', []],
  ['vergoedt mijn zorgverzekering de fysiotherapie', 'care', []],
  ['I have panic attacks and need a psychologist', 'care', []],
  ['does my health insurance cover the dentist', 'care', []],
  ['mijn zoon van 12 luistert niet en heeft driftbuien, wie kan helpen', 'youth', []],
  ['Jeugdzorg wil mijn dochter uit huis plaatsen', 'youth', []],
  ['ik wil graag pleegouder worden', 'youth', []],
  ['my teenage son has ADHD and we need youth care', 'youth', []],
  ['mijn kind van 14 zit al drie maanden thuis, geen school wil hem hebben', 'education', ['youth']],
  ['Ik wil beter Nederlands leren, is er een taalcursus?', 'education', []],
  ['ik moet inburgeren maar snap de regels niet', 'education', []],
  ['I want to learn Dutch, where are the language classes', 'education', []],
  ['how do I apply for student finance', 'education', []],
  ['sinds mijn vrouw overleden is voel ik me heel eenzaam', 'wellbeing', []],
  ['ik zoek vrijwilligerswerk in de buurt', 'wellbeing', []],
  ['de buren maken elke nacht herrie, ruzie met de buurman', 'wellbeing', []],
  ['I feel so lonely, I never see anyone', 'wellbeing', []],
  ['I would like to volunteer at a community centre', 'wellbeing', []],
  ['ik heb een huurachterstand en de verhuurder dreigt met ontruiming', 'housing', []],
  ['er zit overal schimmel in de badkamer en de corporatie doet niks', 'housing', []],
  ['Ik ben dakloos en slaap bij vrienden op de bank', 'housing', []],
  ['kan ik urgentie krijgen voor een woning', 'housing', []],
  ['my landlord wants to evict me', 'housing', []],
  ['there is mould everywhere in my flat and the landlord does nothing', 'housing', []],
  ['ik ben ontslagen en weet niet hoe ik een ww uitkering aanvraag', 'work', []],
  ['Ik zoek werk maar krijg alleen afwijzingen op mijn sollicitaties', 'work', []],
  ['kan ik een jobcoach krijgen', 'work', []],
  ['I lost my job and need to find work', 'work', []],
  ['my employer has not paid my salary for two months', 'work', []],
  ['ik heb schulden en de deurwaarder staat voor de deur', 'income', []],
  ['ik kom niet rond van mijn bijstand', 'income', []],
  ['Ik moet 2000 euro huurtoeslag terugbetalen', 'income', ['housing']],
  ['schulden', 'income', []],
  ['I have debts and cannot pay my bills', 'income', []],
  ['a bailiff came to my door about my energy bill', 'income', []],
  ['de deurwaarder wil mijn huis uit zetten', 'income', ['housing']],
];

describe('keyword classifier domains', () => {
  it.each(CLEAR)('%s → %s', (text, primary, also) => {
    const c = classifier.classify(text);
    expect(c.primary).toBe(primary);
    for (const d of also) expect(c.domains.map((x) => x.id)).toContain(d);
    expect(c.outOfScope).toBe(false);
  });

  it('raises no crisis on ordinary questions', () => {
    for (const [text] of CLEAR) expect(classifier.classify(text).crisis, text).toBe(false);
  });

  it('lists domains best first with scores in 0..1', () => {
    const c = classifier.classify('ik heb schulden bij de deurwaarder en een huurachterstand');
    expectValid(c);
    const scores = c.domains.map((d) => d.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('keeps the domain of a suicidal adult as care', () => {
    const c = classifier.classify('ik heb zoveel schulden, ik wil er niet meer zijn');
    expect(c.crisis).toBe(true);
    expect(c.domains.map((d) => d.id)).toEqual(expect.arrayContaining(['care', 'income']));
  });

  it('gives a self-harming child youth', () => {
    const c = classifier.classify('mijn dochter van 15 snijdt zichzelf');
    expect(c.crisis).toBe(true);
    expect(c.primary).toBe('youth');
  });

  it('gives domestic violence against an adult social_support', () => {
    const c = classifier.classify('mijn man slaat me en ik weet niet waar ik heen moet');
    expect(c.crisis).toBe(true);
    expect(c.domains.map((d) => d.id)).toContain('social_support');
  });

  it('returns no domains for out-of-scope messages', () => {
    const c = classifier.classify('Wanneer wordt het grofvuil opgehaald?');
    expect(c).toMatchObject({ domains: [], primary: null, outOfScope: true, crisis: false, complaint: false });
  });

  it('reads an age only where one is meant', () => {
    expect(classifier.classify('ik ben 3 maanden achter met de huur').primary).toBe('housing');
    expect(classifier.classify('ik ben 15 en mijn ouders zetten me het huis uit').domains.map((d) => d.id)).toContain('youth');
  });

  it('keeps an unpayable fine in scope as income', () => {
    const c = classifier.classify('ik heb een verkeersboete maar ik kan hem niet betalen');
    expect(c.outOfScope).toBe(false);
    expect(c.primary).toBe('income');
  });
});

describe('keyword classifier robustness', () => {
  const odd: [string, string][] = [
    ['empty', ''],
    ['whitespace', '   \n\t '],
    ['emoji only', '🙏🙏😢'],
    ['html and script', '<script>alert("x")</script><b>hallo</b>'],
    ['arabic', 'أنا بحاجة إلى مساعدة في دفع الإيجار'],
    ['ukrainian', 'Мені потрібна допомога з житлом'],
    ['control characters', '\u0000\u0007\uFFFF\uD800'],
    ['regex meta', '.*+?^${}()|[]\\ (((('],
  ];
  it.each(odd)('returns a valid result for %s', (_, text) => {
    expectValid(classifier.classify(text));
  });

  it('handles 100 kB quickly and still finds a crisis at the end', () => {
    const text = 'ik heb een vraag over mijn huur en schulden. '.repeat(2300) + ' ik wil dood';
    expect(text.length).toBeGreaterThan(100_000);
    const start = performance.now();
    const c = classifier.classify(text);
    expect(performance.now() - start).toBeLessThan(500);
    expectValid(c);
    expect(c.crisis).toBe(true);
  });

  it('does not throw on non-string input', () => {
    expectValid(classifier.classify(undefined as unknown as string));
  });
});
