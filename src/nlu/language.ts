/** Language guess: script first, then tell-tale letters and function words; Dutch when unsure. */
import type { DetectedLanguage } from './types.js';

const WORD_RE = /\p{L}+/gu;
const ARABIC_RE = /\p{Script=Arabic}/gu;
const CYRILLIC_RE = /\p{Script=Cyrillic}/gu;
const LETTER_RE = /\p{L}/gu;
const UK_LETTERS = /[іїєґІЇЄҐ]/;
const RU_LETTERS = /[ыэъёЫЭЪЁ]/;
const TR_LETTERS = /[ğşıİĞŞ]/g;
const PL_LETTERS = /[ąęłśżźćńĄĘŁŚŻŹĆŃ]/g;

const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));
const UK_WORDS = set('що як це мені мене допомога допоможіть будь ласка дякую житло робота гроші борг');
const TR_WORDS = set(
  've bir yardım yardim için icin değil degil bu benim çok cok var yok ne nasıl nasil evim param istiyorum lütfen lutfen merhaba ama ' +
    'mı mi mu mü ile gibi daha sonra çocuğum cocugum kira borç borc iş yok',
);
const PL_WORDS = set(
  'nie jest pomoc mam się sie że jak co mój moj moja proszę prosze dzień dzien bardzo mieszkanie pieniądze pieniadze potrzebuję ' +
    'potrzebuje czy mnie dla być byc tak ale który ktory jestem mogę moge',
);
const NL_WORDS = set(
  'de het een en ik niet is van wat mijn heb wij ze hij zij maar ook met voor op dat die er kan wil geen naar zijn hebben moet hoe waar ' +
    'jij mij om te bij nog al door dan als wel mn ben hebt heeft kunnen graag weet zo omdat deze dit was',
);
const EN_WORDS = set(
  'the and i my is not have what to you it of for with can do dont am are was me we he she they this that on at please how need want ' +
    'get has been would could about because im cant help',
);

function count(words: readonly string[], vocab: ReadonlySet<string>): number {
  let n = 0;
  for (const w of words) if (vocab.has(w)) n++;
  return n;
}

/** Detects the resident's language from at most the first few thousand characters. */
export function detectLanguage(text: string): DetectedLanguage {
  const sample = text.slice(0, 5000).toLowerCase();
  const letters = sample.match(LETTER_RE)?.length ?? 0;
  if (letters === 0) return 'nl';
  const arabic = sample.match(ARABIC_RE)?.length ?? 0;
  const cyrillic = sample.match(CYRILLIC_RE)?.length ?? 0;
  if (arabic / letters >= 0.3) return 'ar';
  const words = sample.match(WORD_RE) ?? [];
  if (cyrillic / letters >= 0.3) {
    if (UK_LETTERS.test(sample) || (!RU_LETTERS.test(sample) && count(words, UK_WORDS) > 0)) return 'uk';
    return 'other';
  }
  const tr = (sample.match(TR_LETTERS)?.length ?? 0) * 2 + count(words, TR_WORDS);
  const pl = (sample.match(PL_LETTERS)?.length ?? 0) * 2 + count(words, PL_WORDS);
  const nl = count(words, NL_WORDS);
  const en = count(words, EN_WORDS);
  const best = Math.max(nl, en);
  if (tr >= 2 && tr > best && tr >= pl) return 'tr';
  if (pl >= 2 && pl > best) return 'pl';
  if (en > nl && en >= 2) return 'en';
  return 'nl';
}
