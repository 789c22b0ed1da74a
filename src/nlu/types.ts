/** The nine life domains (levensgebieden) of Haarlem's council motion. */
export const DOMAINS = [
  'social_support',
  'prevention',
  'care',
  'youth',
  'education',
  'wellbeing',
  'housing',
  'work',
  'income',
] as const;

export type LifeDomain = (typeof DOMAINS)[number];

/** Detected language; `other` is said honestly when we do not know. */
export type DetectedLanguage = 'nl' | 'en' | 'tr' | 'ar' | 'pl' | 'uk' | 'other';

/** What the NLU makes of one resident message (the shape of `npm run classify`'s lines). */
export interface Classification {
  /** Domains that apply, best first, scores in 0..1. */
  domains: { id: LifeDomain; score: number }[];
  /** Best domain: the first of `domains`, else the best guess; null when out of scope or the message names no topic. */
  primary: LifeDomain | null;
  crisis: boolean;
  complaint: boolean;
  outOfScope: boolean;
  language: DetectedLanguage;
}

/** The seam every classifier implements; the dialog core only sees this. */
export interface Classifier {
  classify(text: string): Classification;
}
