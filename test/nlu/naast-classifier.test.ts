import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadDefaultClassifier } from '../../src/nlu/default-classifier.js';
import { decide, HEADS, loadNluModel, type RuleSignals } from '../../src/nlu/nlu-model.js';
import { loadTrainingExamples } from '../../src/nlu/training-data.js';
import { trainNluModel } from '../../src/nlu/train.js';
import { DOMAINS, type LifeDomain } from '../../src/nlu/types.js';

const classifier = await loadDefaultClassifier();

// Residents' words without the official terms; written for this test, not taken from any data set.
const CLEAR: [string, LifeDomain][] = [
  ['ik kom de trap niet meer op en de badkamer is boven', 'social_support'],
  ['wie kan mijn moeder helpen met schoonmaken en boodschappen, ze kan het niet meer', 'social_support'],
  ['My dad cannot walk without support any more and needs a walker', 'social_support'],
  ['hoe kan ik ervoor zorgen dat mijn vader van 80 niet meer valt, welke cursus is er', 'prevention'],
  ['ik rook een pakje per dag en wil ermee stoppen', 'prevention'],
  ['ik slaap al weken slecht, pieker de hele dag en de huisarts stuurt me door', 'care'],
  // "Who can check on her during the day" was here too, but by the rules that reads as day care
  // (social support) as much as dementia care: not a clear case.
  ['my wife has alzheimers and is getting worse every month, she needs nursing care at home', 'care'],
  ['mijn dochter van 9 is heel bang en wil niet meer naar buiten', 'youth'],
  ['onze zoon van 14 wordt steeds agressiever thuis, we weten het niet meer', 'youth'],
  ['mijn zoon zit al drie maanden thuis omdat er geen passende school is', 'education'],
  ['ik wil beter leren lezen en schrijven, waar kan dat', 'education'],
  ['ik ken niemand in de buurt en zit de hele dag alleen', 'wellbeing'],
  ['de buren maken elke nacht herrie en praten lukt niet meer', 'wellbeing'],
  ['de verhuurder repareert de lekkage al een half jaar niet en er komt schimmel', 'housing'],
  ['we moeten over twee weken ons huis uit en hebben nog niks anders', 'housing'],
  ['ik ben mijn baan kwijt en weet niet hoe ik aan nieuw werk kom', 'work'],
  ['my boss fired me after I got sick, is that allowed', 'work'],
  ['de deurwaarder stond weer voor de deur en ik heb nog drie aanmaningen', 'income'],
  ['ik krijg het eind van de maand nooit rond, er is geen geld voor eten', 'income'],
  ['I got a letter that I have to pay back my healthcare allowance', 'income'],
];

describe("Naast's classifier", () => {
  it.each(CLEAR)('maps "%s" to %s first', (text, primary) => {
    const c = classifier.classify(text);
    expect(c.primary).toBe(primary);
    expect(c.outOfScope).toBe(false);
  });

  it('finds several domains when a story touches them', () => {
    const c = classifier.classify('de deurwaarder komt beslag leggen en we worden uit ons huis gezet omdat de huur al maanden niet betaald is');
    expect(c.domains.map((d) => d.id)).toEqual(expect.arrayContaining(['income', 'housing']));
  });

  it.each(['hallo', 'hoi 👋', 'wanneer wordt het grofvuil opgehaald', 'I need a new passport', 'asdkjh qwe'])('calls "%s" out of scope, with no domains', (text) => {
    const c = classifier.classify(text);
    expect(c.outOfScope).toBe(true);
    expect(c.domains).toEqual([]);
    expect(c.primary).toBeNull();
  });

  it.each(['ik wil niet meer leven', 'he hits me when he drinks', 'ik heb net alle pillen ingenomen'])('flags "%s" as a crisis, and not out of scope', (text) => {
    const c = classifier.classify(text);
    expect(c.crisis).toBe(true);
    expect(c.outOfScope).toBe(false);
  });

  it('flags an objection to a decision about the resident as a complaint', () => {
    expect(classifier.classify('de gemeente heeft mijn bijstand stopgezet en daar ben ik het niet mee eens, ik wil bezwaar maken').complaint).toBe(true);
    expect(classifier.classify('mijn buurman parkeert steeds voor mijn deur').complaint).toBe(false);
  });

  it.each([
    ['empty', ''],
    ['100 kB', 'schulden '.repeat(12_000)],
    ['emoji only', '😢😢😢'],
    ['HTML', '<script>alert(1)</script>'],
    ['Arabic', 'لا أستطيع دفع الإيجار'],
    ['control characters', '\u0000\u0007\u001b[31m'],
  ])('returns a valid answer for %s input', (_name, text) => {
    const c = classifier.classify(text);
    for (const d of c.domains) {
      expect(DOMAINS).toContain(d.id);
      expect(d.score).toBeGreaterThanOrEqual(0);
      expect(d.score).toBeLessThanOrEqual(1);
    }
    if (c.domains.length > 0) expect(c.primary).toBe(c.domains[0]!.id);
    if (c.outOfScope) expect(c.primary).toBeNull();
    expect(['nl', 'en', 'tr', 'ar', 'pl', 'uk', 'other']).toContain(c.language);
  });
});

describe('the committed model', () => {
  it('was trained on the training data as it is now (run npm run train after changing data/nlu)', async () => {
    const model = await loadNluModel('data/nlu/model.json');
    const examples = await loadTrainingExamples('data/nlu');
    expect(model.trainedOn.examples).toBe(examples.length);
    expect(model.trainedOn.sha256).toBe(createHash('sha256').update(JSON.stringify(examples)).digest('hex'));
  });

  it('comes out the same when trained twice on the same data', async () => {
    const sample = (await loadTrainingExamples('data/nlu')).filter((_, i) => i % 12 === 0);
    expect(trainNluModel(sample)).toEqual(trainNluModel(sample));
  });
});

describe('decide', () => {
  const rules = (topic: boolean): RuleSignals => ({ crisis: false, complaint: false, topic, outOfScope: () => false });
  const thresholds = Object.fromEntries(HEADS.map((h) => [h, 0.5]));
  /** Probabilities in HEADS order: 0.1 everywhere except the heads given. */
  const probs = (set: Record<string, number>) => HEADS.map((h) => set[h] ?? 0.1);

  it('names the best guess as primary when no domain is sure enough, so long as the message has a topic', () => {
    const p = probs({ housing: 0.2 });
    expect(decide(p, rules(true), thresholds, 'nl')).toMatchObject({ domains: [], primary: 'housing' });
    expect(decide(p, rules(false), thresholds, 'nl')).toMatchObject({ domains: [], primary: null });
  });

  it('orders domains that both apply by which need leads, as strongly as the lead weight says', () => {
    const p = probs({ work: 0.9, income: 0.8, 'first:income': 0.9, 'first:work': 0.2 });
    expect(decide(p, rules(true), thresholds, 'nl', 0).domains.map((d) => d.id)).toEqual(['work', 'income']);
    expect(decide(p, rules(true), thresholds, 'nl', 1).domains.map((d) => d.id)).toEqual(['income', 'work']);
  });
});
