import { describe, expect, it } from 'vitest';
import { renderAsText, splitText } from '../../channels/channel.js';

const words = (s: string) => s.split(/\s+/).filter(Boolean);

describe('splitText', () => {
  it('leaves a text within the limit alone', () => {
    expect(splitText('Hallo, ik ben Naast.', 4096)).toEqual(['Hallo, ik ben Naast.']);
    expect(splitText('', 10)).toEqual(['']);
  });

  it.each([
    ['paragraphs', Array.from({ length: 30 }, (_, i) => `Alinea ${i} met wat woorden erin.`).join('\n\n')],
    ['sentences', Array.from({ length: 80 }, (_, i) => `Dit is zin ${i}. `).join('')],
    ['one long line of words', 'woord '.repeat(2000)],
    ['no spaces at all', 'x'.repeat(10_000)],
    ['emoji', '😀'.repeat(3000)],
  ])('splits %s into parts within the limit without losing a word', (_name, text) => {
    const parts = splitText(text, 500);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(500);
      expect(part.length).toBeGreaterThan(0);
      expect(part).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    }
    expect(words(parts.join(' ')).join('')).toBe(words(text).join(''));
  });

  it('prefers a sentence end to a space', () => {
    const text = 'Dit is de eerste zin van een bericht. ' + 'a '.repeat(40) + 'einde';
    expect(splitText(text, 60)[0]).toBe('Dit is de eerste zin van een bericht.');
  });
});

describe('renderAsText', () => {
  it('numbers the choices under the text', () => {
    expect(renderAsText({ kind: 'choices', text: 'Voor wie?', choices: [{ id: 'me', label: 'Voor mezelf' }, { id: 'other', label: 'Voor een ander' }] })).toBe(
      'Voor wie?\n1. Voor mezelf\n2. Voor een ander',
    );
  });
});
