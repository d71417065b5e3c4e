// A light B1 check for Dutch text: long sentences, officialese, passive voice. Heuristic on
// purpose: it gives hints, never errors.
import { messageFor } from '../text/index.ts';
import type { B1Hint } from './types.ts';

export interface CheckB1Options {
  /** Longest sentence that passes; PARTICIPATION.md §4 aims at about 20. */
  maxWords?: number;
}

/** Officialese from PARTICIPATION.md §4 plus common ones, with the plain word to use. */
export const OFFICIALESE: readonly { pattern: RegExp; word: string; suggestion: string }[] = [
  { pattern: /\bmiddels\b/i, word: 'middels', suggestion: 'via' },
  { pattern: /\bteneinde\b/i, word: 'teneinde', suggestion: 'om' },
  { pattern: /\binzake\b/i, word: 'inzake', suggestion: 'over' },
  { pattern: /\breeds\b/i, word: 'reeds', suggestion: 'al' },
  { pattern: /\bindien\b/i, word: 'indien', suggestion: 'als' },
  { pattern: /\b(dient|dienen|diende|dienden)\s+(\S+\s+){0,4}?te\b/i, word: 'dient te', suggestion: 'moet' },
  { pattern: /\bparticipanten\b/i, word: 'participanten', suggestion: 'deelnemers' },
  { pattern: /\bderhalve\b/i, word: 'derhalve', suggestion: 'daarom' },
  { pattern: /\balsmede\b/i, word: 'alsmede', suggestion: 'en' },
  { pattern: /\bthans\b/i, word: 'thans', suggestion: 'nu' },
  { pattern: /\baangaande\b/i, word: 'aangaande', suggestion: 'over' },
  { pattern: /\bomtrent\b/i, word: 'omtrent', suggestion: 'over' },
  { pattern: /\bten behoeve van\b/i, word: 'ten behoeve van', suggestion: 'voor' },
  { pattern: /\bdoch\b/i, word: 'doch', suggestion: 'maar' },
  { pattern: /\bvoornoemde?\b/i, word: 'voornoemd', suggestion: 'deze' },
];

// A form of "worden" followed within a few words by a past participle: "wordt vastgesteld",
// "werden de bewoners betrokken".
const PASSIVE =
  /\b(wordt|worden|werd|werden)\b(\s+\S+){0,6}?\s+(ge|be|ver|ont|her|er|vast|over|aan|op|uit|in|mee|toe|voor|af)\p{L}*(d|t|en)\b/iu;

/** Sentences of a text: split after . ! ? and at line ends. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Words that carry letters or digits; "€" or "–" alone do not count. */
export function countWords(sentence: string): number {
  return sentence.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function begin(sentence: string): string {
  const words = sentence.split(/\s+/u);
  return words.length <= 6 ? sentence : `${words.slice(0, 6).join(' ')} …`;
}

export function checkB1(text: string, options: CheckB1Options = {}): B1Hint[] {
  const maxWords = options.maxWords ?? 20;
  const hints: B1Hint[] = [];
  for (const sentence of splitSentences(text)) {
    const n = countWords(sentence);
    if (n > maxWords) {
      hints.push({ kind: 'long-sentence', excerpt: sentence, message: messageFor('PART.B1_LONG_SENTENCE', { begin: begin(sentence), n }) });
    }
    for (const o of OFFICIALESE) {
      const m = o.pattern.exec(sentence);
      if (m) {
        hints.push({
          kind: 'officialese',
          excerpt: m[0],
          suggestion: o.suggestion,
          message: messageFor('PART.B1_OFFICIALESE', { woord: m[0], suggestie: o.suggestion }),
        });
      }
    }
    if (PASSIVE.test(sentence)) {
      hints.push({ kind: 'passive', excerpt: sentence, message: messageFor('PART.B1_PASSIVE', { begin: begin(sentence) }) });
    }
  }
  return hints;
}
