// Answers are saved as the user goes, so the part often holds an unfinished checklist, which
// parseAnswersXml (complete answers only) rejects. This reads such a draft back from the same
// format: the JSON inside <antwoorden>, lifted to the current version, unknown keys dropped.
import { CHECKLIST_VERSION, checklist, migrateAnswers, type Answers } from '../../src/participation/index.ts';

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, name: string) => {
    if (name[0] === '#') {
      const code = name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[name] ?? m;
  });
}

function element(xml: string, name: string): string | undefined {
  const match = new RegExp(`<(?:[\\w-]+:)?${name}>([\\s\\S]*?)</(?:[\\w-]+:)?${name}>`).exec(xml);
  return match?.[1] === undefined ? undefined : unescapeXml(match[1]);
}

const KNOWN = new Set<string>(checklist.map((q) => q.id));

/** The draft answers and hash from an answers part, or null when it is not readable at all. */
export function parseDraftAnswersXml(xml: string): { answers: Partial<Answers>; generatedHash: string; generatedAt?: string } | null {
  const json = element(xml, 'antwoorden');
  if (json === undefined) return null;
  let raw: unknown;
  try {
    raw = migrateAnswers(JSON.parse(json));
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const answers: Record<string, unknown> = { checklistVersion: CHECKLIST_VERSION };
  for (const [key, value] of Object.entries(raw)) if (KNOWN.has(key)) answers[key] = value;
  const generatedAt = element(xml, 'gegenereerdOp');
  return {
    answers: answers as Partial<Answers>,
    generatedHash: (element(xml, 'hash') ?? '').trim(),
    ...(generatedAt ? { generatedAt } : {}),
  };
}
