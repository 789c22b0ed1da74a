/**
 * Text no person typed and PostgreSQL cannot hold: NUL characters and halves of an emoji (a channel
 * that cut a message in the middle of a surrogate pair).
 */
const NUL = /\u0000/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` with NULs replaced by `nul` and each half emoji by U+FFFD. */
export function wellFormed(text: string, nul = '\uFFFD'): string {
  return text.replace(NUL, nul).replace(LONE_SURROGATE, '\uFFFD');
}
