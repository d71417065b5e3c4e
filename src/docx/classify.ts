// Best-effort reading of a hand-written Participatie section. Everything here is a guess from
// word patterns (see lexicon.ts); callers must present the level as "schatting" with its
// confidence, never as fact. Each element found keeps the phrase that matched as evidence.
import type { Level } from '../participation/index.ts';
import {
  DONE,
  FUTURE,
  LEVEL_LEXICON,
  NONE,
  NOT_APPLICABLE,
  PAST,
  REASON,
  WHO,
  WHY,
  feedbackCue,
  isNegated,
  showPlanCue,
  usedCue,
} from './lexicon.ts';

export interface RequiredElements {
  wie: boolean;
  niveauWaarom: boolean;
  watGedaan: boolean;
  watMetInbreng: boolean;
  terugkoppeling: boolean;
}

export type SectionKind = 'uitgevoerd' | 'gepland' | 'geen-met-reden' | 'geen-zonder-reden' | 'leeg';

export interface LevelGuess {
  level: Level;
  /** 0..1; capped below 1 because a text guess is never certain. */
  confidence: number;
  /** The words the guess rests on. */
  evidence?: string;
}

/** Per element, the words in the text that made us count it. */
export type Evidence = Partial<Record<keyof RequiredElements, string>>;

export interface TextReading {
  kind: SectionKind;
  elements: RequiredElements;
  evidence: Evidence;
  guess?: LevelGuess;
}

function normalise(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/[\u00a0\s]+/g, ' ')
    .trim()} `;
}

/** Sentences as the reader sees them: split at end marks and line ends, list bullets dropped. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?;])\s+(?=\S)/u)
    .map((s) => normalise(s.replace(/^\s*(?:[-–•*·▪]|\d+[.)]|[a-z][.)])\s+/iu, '')).trim())
    .filter((s) => /[a-z0-9]/.test(s));
}

const NO_ELEMENTS: RequiredElements = { wie: false, niveauWaarom: false, watGedaan: false, watMetInbreng: false, terugkoppeling: false };

function isFeedbackSentence(s: string): boolean {
  const cue = feedbackCue(s);
  return cue !== undefined && !isNegated(s, cue);
}

/**
 * A guess of the ladder level from the words in the text, or undefined when nothing points anywhere.
 * A level that is named counts most, then one described in other words ("bewoners kozen binnen
 * het budget"), then loose cue words. Sentences about feedback are left out: telling people the
 * outcome says nothing about how much influence they had.
 * @example guessLevel('Zij konden advies geven (adviseren), omdat ...') //=> { level: 'adviseren', confidence: 0.85, … }
 */
export function guessLevel(text: string): LevelGuess | undefined {
  const sentences = sentencesOf(text).filter((s) => !isFeedbackSentence(s));
  const t = ` ${sentences.join(' ')} `;
  let best: { level: Level; score: number; named: boolean; described: boolean; evidence: string } | undefined;
  let total = 0;
  // Later rungs win ties: texts about advising usually also mention informing people.
  for (const lex of LEVEL_LEXICON) {
    const named = lex.named.exec(t);
    const described = sentences.map((s) => lex.described.exec(s)).filter((m): m is RegExpExecArray => m !== null);
    const cues = t.match(lex.cues) ?? [];
    const score = (named ? 3 : 0) + Math.min(described.length, 2) * 2 + Math.min(cues.length, 4);
    total += score;
    if (score > 0 && (!best || score >= best.score)) {
      const evidence = (named?.[0] ?? described[0]?.[0] ?? cues[0] ?? '').trim();
      best = { level: lex.level, score, named: named !== null, described: described.length > 0, evidence };
    }
  }
  if (!best) return undefined;
  const share = best.score / total;
  const raw = 0.2 + 0.45 * share + (best.named ? 0.2 : best.described ? 0.1 : 0) + Math.min(best.score, 4) * 0.025;
  const confidence = Math.round(Math.min(0.9, Math.max(0.15, raw)) * 100) / 100;
  return { level: best.level, confidence, evidence: best.evidence };
}

function firstMatch(sentences: readonly string[], re: RegExp): string | undefined {
  for (const s of sentences) {
    const m = re.exec(s);
    if (m) return m[0].trim();
  }
  return undefined;
}

/** Earlier sentences describe a plan made or chosen by the participants themselves. */
function madeTogether(before: readonly string[]): boolean {
  const lex = LEVEL_LEXICON.filter((l) => l.level === 'coproduceren' || l.level === 'meebeslissen');
  return before.some((s) => lex.some((l) => l.described.test(s) || l.named.test(s)));
}

/** Which required elements a text mentions, with the words that show it. */
export function readElements(text: string): { elements: RequiredElements; evidence: Evidence } {
  const sentences = sentencesOf(text);
  const evidence: Evidence = {};
  const wie = firstMatch(sentences, WHO);
  if (wie) evidence.wie = wie;
  const done = firstMatch(sentences, DONE);
  if (done) evidence.watGedaan = done;
  const level = guessLevel(text);
  const why = firstMatch(sentences, WHY);
  if (level && why) evidence.niveauWaarom = `${level.evidence ?? level.level} … ${why}`;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (evidence.terugkoppeling === undefined) {
      const cue = feedbackCue(s);
      if (cue && !isNegated(s, cue)) evidence.terugkoppeling = cue.phrase;
    }
    if (evidence.terugkoppeling === undefined && (evidence.watMetInbreng !== undefined || madeTogether(sentences.slice(0, i)))) {
      const cue = showPlanCue(s);
      if (cue && !isNegated(s, cue)) evidence.terugkoppeling = cue.phrase;
    }
    if (evidence.watMetInbreng === undefined) {
      const cue = usedCue(sentences, i);
      if (cue) evidence.watMetInbreng = cue.phrase;
    }
  }
  // Meebeslissen means the gemeente adopts what the participants chose (PARTICIPATION.md §1):
  // a section that says they chose within the kaders has said what happened with their input.
  if (evidence.watMetInbreng === undefined) {
    const decided = LEVEL_LEXICON.find((l) => l.level === 'meebeslissen')!;
    const m = firstMatch(sentences, decided.described);
    if (m) evidence.watMetInbreng = m;
  }
  return {
    elements: {
      wie: evidence.wie !== undefined,
      niveauWaarom: evidence.niveauWaarom !== undefined,
      watGedaan: evidence.watGedaan !== undefined,
      watMetInbreng: evidence.watMetInbreng !== undefined,
      terugkoppeling: evidence.terugkoppeling !== undefined,
    },
    evidence,
  };
}

/** Which required elements a text mentions. */
export function findElements(text: string): RequiredElements {
  return readElements(text).elements;
}

/** Participation still to come: sentences in the future tense and none in the past. */
function isPlanned(sentences: readonly string[]): boolean {
  return sentences.some((s) => FUTURE.test(s)) && !sentences.some((s) => PAST.test(s) && !FUTURE.test(s));
}

/**
 * Reads a hand-written section: empty, "no participation" (with or without a reason) or a
 * description of participation done or planned, plus the elements it mentions and a level guess.
 */
export function readSectionText(text: string): TextReading {
  const t = normalise(text);
  const words = t.trim().split(' ').filter((w) => /[a-z0-9]/.test(w));
  if (words.length === 0 || /^\s*[-–—.]*\s*$/.test(t)) return { kind: 'leeg', elements: NO_ELEMENTS, evidence: {} };
  const noneMatch = NONE.exec(t);
  if (noneMatch) {
    const rest = (t.slice(0, noneMatch.index) + ' ' + t.slice(noneMatch.index + noneMatch[0].length)).trim();
    const restWords = rest.split(' ').filter((w) => /[a-z]/.test(w));
    // "N.v.t." alone counts as empty: the reader learns nothing, not even that it was a choice.
    if (restWords.length === 0) return { kind: NOT_APPLICABLE.test(noneMatch[0]) ? 'leeg' : 'geen-zonder-reden', elements: NO_ELEMENTS, evidence: {} };
    const hasReason = REASON.test(rest) || restWords.length >= 6;
    // A long text that mentions "geen participatie" in passing is still a description.
    if (restWords.length < 60) return { kind: hasReason ? 'geen-met-reden' : 'geen-zonder-reden', elements: NO_ELEMENTS, evidence: {} };
  }
  const guess = guessLevel(text);
  const { elements, evidence } = readElements(text);
  return { kind: isPlanned(sentencesOf(text)) ? 'gepland' : 'uitgevoerd', elements, evidence, ...(guess ? { guess } : {}) };
}
