/** Understands a resident's answer to a choice: a button, a number, or words close to a label. */

export interface ChoiceCandidate {
  id: string;
  /** The labels in every language; any may match. */
  labels: string[];
}

/** Lower case, diacritics folded, punctuation gone: "Ja, klopt!" → "ja klopt". */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const YES = new Set(['ja', 'jazeker', 'jawel', 'ok', 'oke', 'okay', 'okee', 'prima', 'goed', 'klopt', 'correct', 'akkoord', 'yes', 'yep', 'yeah', 'sure', 'right']);
const NO = new Set(['nee', 'neen', 'nope', 'no', 'niet', 'liever niet']);

function levenshtein(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** The one candidate a rule picks, or undefined when none or several fit. */
function unique(candidates: ChoiceCandidate[], test: (label: string) => boolean): string | undefined {
  const hits = candidates.filter((c) => c.labels.some((l) => test(fold(l))));
  return hits.length === 1 ? hits[0]!.id : undefined;
}

/** Returns the id of the chosen candidate, or undefined when the answer is unclear. */
export function matchChoice(input: string, candidates: ChoiceCandidate[]): string | undefined {
  const raw = input.trim();
  const exactId = candidates.find((c) => c.id === raw);
  if (exactId) return exactId.id;
  const number = /^(\d{1,2})[.)]?$/.exec(raw);
  if (number) return candidates[Number(number[1]) - 1]?.id;

  const said = fold(raw);
  if (!said) return undefined;
  const words = said.split(' ');
  return (
    unique(candidates, (l) => l === said) ??
    // "klopt" for "Ja, klopt": every word said is in the label.
    unique(candidates, (l) => words.every((w) => l.split(' ').includes(w))) ??
    // "ja hoor dat mag" for "Ja, dat mag": every word of the label was said.
    unique(candidates, (l) => l.split(' ').every((w) => words.includes(w))) ??
    (said.length >= 3 ? unique(candidates, (l) => l.startsWith(said)) : undefined) ??
    (said.length >= 5 ? unique(candidates, (l) => levenshtein(l, said) <= 2) : undefined) ??
    yesOrNo(said, candidates)
  );
}

function yesOrNo(said: string, candidates: ChoiceCandidate[]): string | undefined {
  const first = said.split(' ')[0]!;
  const wanted = YES.has(said) || YES.has(first) ? 'yes' : NO.has(said) || NO.has(first) ? 'no' : undefined;
  return wanted && candidates.some((c) => c.id === wanted) ? wanted : undefined;
}

/** Several choices at once: "1 en 3", "1, 3", "geld en wonen". */
export function matchMany(input: string, candidates: ChoiceCandidate[]): string[] {
  const numbers = input.match(/\d{1,2}/g);
  if (numbers && fold(input.replace(/\d{1,2}/g, ' ')).split(' ').every((w) => ['', 'en', 'and', 'of', 'or', 'nummer', 'number'].includes(w))) {
    const ids = numbers.map((n) => candidates[Number(n) - 1]?.id);
    return ids.every((id) => id !== undefined) ? [...new Set(ids as string[])] : [];
  }
  const whole = matchChoice(input, candidates);
  if (whole) return [whole];
  const parts = input.split(/,|;|\+|&|\ben\b|\band\b|\bof\b/i).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return [];
  const ids = parts.map((p) => matchChoice(p, candidates));
  return ids.every((id) => id !== undefined) ? [...new Set(ids as string[])] : [];
}
