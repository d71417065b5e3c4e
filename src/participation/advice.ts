import { adviceText } from '../text/ui-participation.ts';
import type { Answers } from './answers.ts';
import { defaultProfile } from './profile.ts';
import type { Profile } from './profile.ts';
import { LEVEL_IDS } from './types.ts';
import type { Advice, Level } from './types.ts';

export type AdviceInput = Pick<Answers, 'q5_beleidsruimte' | 'q6_prioriteit'> & Partial<Pick<Answers, 'q16_mandaat'>>;

const CRITERIA = ['speerpunt', 'impact', 'omvang', 'afbreukrisico'] as const;

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (values[k] === undefined ? m : String(values[k])));
}

/** Weert prioritisation (2010): the sum of four 0–3 scores picks the band. */
function levelForScore(score: number): Level {
  if (score <= 3) return 'informeren';
  if (score <= 6) return 'raadplegen';
  if (score <= 9) return 'adviseren';
  return 'coproduceren';
}

/**
 * The advised rung on the ladder. Beleidsruimte caps it (geen → informeren, beperkt → at most
 * adviseren); meebeslissen only when the participants may decide within fixed kaders (Q16).
 */
export function adviseLevel(answers: AdviceInput, profile: Profile = defaultProfile): Advice {
  const scores = answers.q6_prioriteit;
  const score = CRITERIA.reduce((sum, c) => sum + scores[c], 0);
  const label = (l: Level) => profile.niveaus[l].label;
  const reasons: string[] = CRITERIA.map((c) => fill(adviceText.criteria[c], { score: scores[c] }));
  let level = levelForScore(score);
  reasons.push(fill(adviceText.total, { score, level: label(level) }));

  if (answers.q5_beleidsruimte === 'geen') {
    level = 'informeren';
    reasons.push(fill(adviceText.noRoom, { level: label(level) }));
  } else if (answers.q5_beleidsruimte === 'beperkt' && LEVEL_IDS.indexOf(level) > LEVEL_IDS.indexOf('adviseren')) {
    level = 'adviseren';
    reasons.push(fill(adviceText.limitedRoom, { level: label(level) }));
  } else if (level === 'coproduceren') {
    if (answers.q16_mandaat?.vastgelegd === true && answers.q16_mandaat.beslissen === true) {
      level = 'meebeslissen';
      reasons.push(fill(adviceText.mandate, { level: label(level) }));
    } else {
      reasons.push(adviceText.noMandate);
    }
  }
  reasons.push(profile.niveaus[level].beschrijving);
  return { level, score, reasons };
}
