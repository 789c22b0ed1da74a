import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/nlu/language.js';
import type { DetectedLanguage } from '../../src/nlu/types.js';

const CASES: [string, DetectedLanguage][] = [
  ['ik heb een vraag over mijn huur', 'nl'],
  ['Mijn moeder kan niet meer alleen wonen, wat kan ik doen?', 'nl'],
  ['I have a question about my rent and I do not know what to do', 'en'],
  ['my mother needs help at home', 'en'],
  ['Merhaba, kira borcum var ve yardım istiyorum', 'tr'],
  ['evim için yardım lazım, param yok', 'tr'],
  ['Dzień dobry, mam problem z mieszkaniem i nie mam pieniędzy', 'pl'],
  ['potrzebuję pomocy, nie mam pracy', 'pl'],
  ['Доброго дня, мені потрібна допомога з житлом', 'uk'],
  ['Здравствуйте, мне нужна помощь с квартирой, это срочно', 'other'],
  ['مرحبا، أحتاج مساعدة في دفع الإيجار', 'ar'],
  ['schulden', 'nl'],
  ['help', 'nl'],
  ['', 'nl'],
  ['🙏😢', 'nl'],
  ['12345', 'nl'],
];

describe('detectLanguage', () => {
  it.each(CASES)('%s → %s', (text, lang) => expect(detectLanguage(text)).toBe(lang));
});
