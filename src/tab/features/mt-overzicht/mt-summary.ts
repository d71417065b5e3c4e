import { isOverdue } from '../../../workgroups/index.ts';
import type { Actie, Resultaat, Verbeterpunt, Werkgroep, WerkgroepRef } from '../../../workgroups/index.ts';

/** One werkgroep as the MT view reads it. */
export interface MtWerkgroepInput {
  werkgroep: Werkgroep;
  actions: readonly Actie[];
  resultaten: readonly Resultaat[];
  verbeterpunten: readonly Verbeterpunt[];
}

export interface MtSummary {
  werkgroepen: (WerkgroepRef & { open: number; overdue: number })[];
  resultaten: (Resultaat & { werkgroepNaam: string; pastDoorlooptijd: boolean })[];
  overdueActions: (Actie & { werkgroepNaam: string })[];
  verbeterpunten: (Verbeterpunt & { werkgroepNaam: string; done: number })[];
}

const DONE = new Set(['uitgevoerd', 'onderdeel bedrijfsvoering']);

/**
 * The same rule as the weekly digest (src/workgroups/reminders.ts): an item is the MT-lid's when it names
 * them, and an item that names no MT-lid belongs to every MT-lid of its werkgroep.
 */
function isTheirs(item: Resultaat | Verbeterpunt, userId: string, werkgroep: Werkgroep): boolean {
  if (item.verantwoordelijkMtLidId !== undefined) return item.verantwoordelijkMtLidId === userId;
  return werkgroep.mtLidIds.includes(userId);
}

/**
 * What the MT view shows an MT-lid across werkgroepen: the results and verbeterpunten they are
 * responsible for, every overdue action, and per werkgroep how many actions are open and late.
 * A result past its Doorlooptijd that is not gereed is flagged. `today` is 'YYYY-MM-DD' (Amsterdam).
 * @example summarizeForMt([{ werkgroep, actions, resultaten, verbeterpunten }], 'mt1', '2026-12-01').overdueActions.length //=> 2
 */
export function summarizeForMt(input: readonly MtWerkgroepInput[], userId: string, today: string): MtSummary {
  const out: MtSummary = { werkgroepen: [], resultaten: [], overdueActions: [], verbeterpunten: [] };
  const byName = [...input].sort((a, b) => a.werkgroep.naam.localeCompare(b.werkgroep.naam, 'nl'));
  for (const w of byName) {
    const naam = w.werkgroep.naam;
    const open = w.actions.filter((a) => a.status === 'open');
    const late = open.filter((a) => isOverdue(a, today));
    out.werkgroepen.push({ id: w.werkgroep.id, naam, open: open.length, overdue: late.length });
    out.overdueActions.push(...late.map((a) => ({ ...a, werkgroepNaam: naam })));
    out.resultaten.push(
      ...w.resultaten
        .filter((r) => isTheirs(r, userId, w.werkgroep))
        .sort((a, b) => a.nr - b.nr)
        .map((r) => ({
          ...r,
          werkgroepNaam: naam,
          pastDoorlooptijd: r.status !== 'gereed' && r.doorlooptijd.eind !== undefined && r.doorlooptijd.eind < today,
        })),
    );
    out.verbeterpunten.push(
      ...w.verbeterpunten
        .filter((v) => isTheirs(v, userId, w.werkgroep))
        .sort((a, b) => a.nr - b.nr)
        .map((v) => ({ ...v, werkgroepNaam: naam, done: v.acties.filter((a) => DONE.has(a.status)).length })),
    );
  }
  // Longest overdue first: that is what an MT-lid asks about.
  out.overdueActions.sort((a, b) => ((a.dueDate ?? '') < (b.dueDate ?? '') ? -1 : (a.dueDate ?? '') > (b.dueDate ?? '') ? 1 : a.titel.localeCompare(b.titel, 'nl')));
  return out;
}
