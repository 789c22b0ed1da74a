import { detectCrisisKinds } from './crisis.js';
import type { Classification, Classifier } from './types.js';

/**
 * Wraps a classifier so it never throws and always answers: a broken feature falls back to "no
 * domain", and must not hide a crisis (if even the crisis rules fail, it says crisis).
 */
export function neverSilent(classify: (text: string) => Classification): Classifier {
  return {
    classify(text: string): Classification {
      const input = typeof text === 'string' ? text : '';
      try {
        return classify(input);
      } catch {
        let crisis: boolean;
        try {
          crisis = detectCrisisKinds(input).length > 0;
        } catch {
          crisis = true;
        }
        return { domains: [], primary: null, crisis, complaint: false, outOfScope: false, language: 'nl' };
      }
    },
  };
}
