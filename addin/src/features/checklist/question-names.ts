// The shared check messages name questions by number ("vraag 14"), as the paper checklist does.
// The pane shows no numbers, so it names them by their short title and links to them instead.
import { checklist } from '../../../../src/participation/index.ts';
import { addinText as t } from '../../../../src/text/ui-addin.ts';

const REF = /\b([Vv])raag (\d+[a-z]?)\b/g;

/** The question's short name (src/text/ui-addin.ts), else its full label. */
export function shortName(id: string): string {
  return t.questionShort[id] ?? checklist.find((q) => q.id === id)?.label ?? id;
}

/** The question a number refers to; with two questions on one number, the one the message is about. */
function idForNr(nr: string, ownId?: string): string | undefined {
  const same = checklist.filter((q) => q.nr === nr);
  return same.find((q) => q.id === ownId)?.id ?? same[0]?.id;
}

/** The message with every "vraag 7a" replaced by "de vraag ‘Reden voor geen participatie’". */
export function nameQuestions(message: string, ownId?: string): string {
  return message.replace(REF, (whole, v: string, nr: string) => {
    const id = idForNr(nr, ownId);
    if (!id) return whole;
    const ref = t.questionRef(shortName(id));
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
