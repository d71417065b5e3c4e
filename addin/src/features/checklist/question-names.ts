// The shared check messages name questions by number ("vraag 14"), as the paper checklist does.
// The pane shows no numbers, so it names them by the words the pane shows and links to them instead.
import { checklist } from '../../../../src/participation/index.ts';
import { addinText as t } from '../../../../src/text/ui-addin.ts';

const REF = /\b([Vv])raag (\d+[a-z]?)\b/g;

/** The question as the pane shows it: a name the user can find on screen. */
export function shortName(id: string): string {
  return checklist.find((q) => q.id === id)?.label ?? id;
}

/** The question a number refers to; with two questions on one number, the one the message is about. */
function idForNr(nr: string, ownId?: string): string | undefined {
  const same = checklist.filter((q) => q.nr === nr);
  return same.find((q) => q.id === ownId)?.id ?? same[0]?.id;
}

/**
 * The message with every "vraag 7a" replaced by "de vraag ‘Waarom is er geen participatie?’", or by
 * "deze vraag" where it names its own question and is shown there.
 */
export function nameQuestions(message: string, ownId?: string, atOwnQuestion = false): string {
  return message.replace(REF, (whole, v: string, nr: string) => {
    const id = idForNr(nr, ownId);
    if (!id) return whole;
    // Shown at (or right after) the question itself, its own words would only repeat.
    const ref = atOwnQuestion && id === ownId ? t.thisQuestion : t.questionRef(shortName(id));
    return v === 'V' ? ref.charAt(0).toUpperCase() + ref.slice(1) : ref;
  });
}

/** The questions a message is about: its own first, then the ones it names, each once. */
export function questionsIn(message: string, ownId: string): string[] {
  const ids = [ownId];
  for (const m of message.matchAll(REF)) {
    const id = idForNr(m[2]!, ownId);
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}
