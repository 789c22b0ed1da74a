import { createRequire } from 'node:module';

// natural loads dotenv on import, which prints to standard output (the CLI tools' channel).
process.env.DOTENV_CONFIG_QUIET = 'true';
const require = createRequire(import.meta.url);

interface Stemmer {
  stem(word: string): string;
}
interface Natural {
  PorterStemmer: Stemmer;
  PorterStemmerNl: Stemmer;
  stopwords: string[];
}

/** The parts of natural Naast uses, loaded once, quietly. */
export const natural = require('natural') as Natural;

/** natural's Dutch stop words (not exported at its top level). */
export const STOPWORDS_NL: readonly string[] = (require('natural/lib/natural/util/stopwords_nl.js') as { words: string[] }).words;
