/** Text normalisation shared by every NLU rule: one canonical form to match against. */

// Letters that NFKD does not decompose but residents type interchangeably with a plain one.
const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  ı: 'i', ł: 'l', ø: 'o', đ: 'd', ð: 'd', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th',
};
const EXTRA_FOLD_RE = /[ıłøđðßæœþ]/g;
const MARKS_RE = /\p{M}+/gu;
const APOSTROPHES_RE = /['’‘`´ʼ]/g;
const NON_WORD_RE = /[^\p{L}\p{N}]+/gu;

/** Lower-cases and folds diacritics but keeps punctuation; safe on regex sources too. */
export function fold(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(MARKS_RE, '').replace(EXTRA_FOLD_RE, (c) => EXTRA_FOLDS[c] ?? c);
}

// The classifier, crisis and flag rules each normalise the same message; remember the last one.
let lastIn = '';
let lastOut = '';

/** Canonical form: folded, apostrophes dropped (`can't` → `cant`), other punctuation to single spaces. */
export function normalise(text: string): string {
  if (text === lastIn) return lastOut;
  const out = fold(text).replace(APOSTROPHES_RE, '').replace(NON_WORD_RE, ' ').trim();
  lastIn = text;
  lastOut = out;
  return out;
}

/** The words of a text in canonical form. */
export function tokens(text: string): string[] {
  const norm = normalise(text);
  return norm === '' ? [] : norm.split(' ');
}
