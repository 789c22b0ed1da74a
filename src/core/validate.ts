/** Checks and normalises a free-text answer; undefined means "ask again". */

import type { VALIDATIONS } from './tree-schema.js';

export type Validation = (typeof VALIDATIONS)[number];

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[a-z]{2,}$/i;

/** A Dutch phone number (mobile, landline, 0800/0900, or +31/0031), as digits with a leading 0 or +31. */
export function normalisePhone(input: string): string | undefined {
  const compact = input.replace(/[\s\-.()/]/g, '');
  if (/^(\+31|0031)[1-9]\d{8}$/.test(compact)) return `+31${compact.slice(-9)}`;
  if (/^0[1-9]\d{8}$/.test(compact)) return compact;
  if (/^0[89]00\d{4,7}$/.test(compact)) return compact;
  return undefined;
}

/** A Dutch postcode as "1234 AB" (SA, SD and SS are never issued). */
export function normalisePostcode(input: string): string | undefined {
  const m = /^\s*([1-9]\d{3})\s?([a-z]{2})\s*$/i.exec(input);
  if (!m) return undefined;
  const letters = m[2]!.toUpperCase();
  if (['SA', 'SD', 'SS'].includes(letters)) return undefined;
  return `${m[1]} ${letters}`;
}

/** Returns the cleaned value, or undefined when the answer does not fit. */
export function validateAnswer(kind: Validation, input: string): string | undefined {
  const text = input.trim();
  switch (kind) {
    case 'text':
      // Words, not only emoji or punctuation: the supporter must be able to read it.
      return (text.match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= 2 ? text : undefined;
    case 'email':
      return EMAIL.test(text) ? text.toLowerCase() : undefined;
    case 'phone':
      return normalisePhone(text);
    case 'postcode':
      return normalisePostcode(text);
    case 'contact':
      return EMAIL.test(text) ? text.toLowerCase() : normalisePhone(text);
  }
}
