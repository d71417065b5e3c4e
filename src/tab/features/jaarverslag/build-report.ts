// Loaded with a dynamic import only when a report is made, so `docx` never weighs on the first page.
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { summarizeYear } from '../../../workgroups/index.ts';
import type { Actie, Member, Resultaat, Verbeterpunt, Vergadering, Werkgroep } from '../../../workgroups/index.ts';
import { formatDateNl } from '../../../text/index.ts';
import { jaarverslagText as T } from './report-text.ts';

export interface ReportInput {
  year: number;
  /** 'YYYY-MM-DD' in Amsterdam: meetings up to today are held, open actions before it are late. */
  today: string;
  /** Who the report is for: a werkgroep name or an MT-lid. */
  scopeLabel: string;
  werkgroepen: Werkgroep[];
  people: Member[];
  meetings: Vergadering[];
  actions: Actie[];
  results: Resultaat[];
  verbeterpunten: Verbeterpunt[];
}

const dateNl = (d: string | undefined) => {
  if (!d) return '';
  try {
    return formatDateNl(d.slice(0, 10));
  } catch {
    return d;
  }
};

function cell(text: string, bold = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
}

function table(head: string[], rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: head.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))],
  });
}

const h1 = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_1 });
const h2 = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2 });
const p = (text: string) => new Paragraph({ text });

/** The annual participation report as a Word document (Blob), in B1 Dutch, with the year's numbers. */
export async function buildReport(input: ReportInput, onProgress?: (fraction: number) => void): Promise<Blob> {
  const { year, today } = input;
  const inYear = (instant: string) => instant.slice(0, 4) === String(year);
  const meetings = input.meetings.filter((m) => inYear(m.start)).sort((a, b) => (a.start < b.start ? -1 : 1));
  const summary = summarizeYear({
    year,
    werkgroepen: input.werkgroepen,
    meetings: input.meetings,
    actions: input.actions,
    results: input.results,
    verbeterpunten: input.verbeterpunten,
    today,
  });
  onProgress?.(0.2);
  const nameOf = (id?: string) => (id ? (input.people.find((m) => m.id === id)?.displayName ?? '') : '');
  const actionsInYear = input.actions.filter((a) => (a.dueDate ?? a.completedAt ?? today).slice(0, 4) === String(year));
  const actionState = (a: Actie): string => {
    if (a.status === 'klaar') return a.dueDate && a.completedAt && a.completedAt.slice(0, 10) > a.dueDate ? T.doneLate : T.doneOnTime;
    return a.dueDate && a.dueDate < today ? T.overdue : T.open;
  };

  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: T.title(year), heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: input.scopeLabel, bold: true })] }),
    p(T.madeOn(dateNl(today))),
    h1(T.summary),
    p(T.meetingsHeld(summary.meetings.held, year)),
    p(T.actionsLine(summary.actions.total, summary.actions.done, summary.actions.doneLate)),
    p(T.openLine(summary.actions.open, summary.actions.overdue)),
    p(T.resultsLine(summary.resultaten.total, summary.resultaten.gereed)),
    p(T.verbeterLine(summary.verbeterpunten, summary.verbeterActies.total, summary.verbeterActies.uitgevoerd + summary.verbeterActies['onderdeel bedrijfsvoering'])),
    h1(T.meetings),
    meetings.length > 0
      ? table([T.date, T.subject], meetings.map((m) => [dateNl(m.start), m.subject]))
      : p(T.noMeetings),
    h1(T.results),
  ];
  onProgress?.(0.4);
  const results = [...input.results].sort((a, b) => a.nr - b.nr);
  if (results.length === 0) children.push(p(T.noResults));
  for (const r of results) {
    children.push(
      h2(T.resultaat(r.nr, r.titel)),
      table(
        [T.field, T.value],
        [
          [T.doel, r.doel],
          [T.doelgroep, r.doelgroep.join(', ')],
          [T.watIsErGebeurd, r.watIsErGebeurd],
          [T.methode, r.methode],
          [T.doorlooptijd, [dateNl(r.doorlooptijd.start), dateNl(r.doorlooptijd.eind)].filter(Boolean).join(' tot ')],
          [T.capaciteit, r.capaciteit],
          [T.verankering, r.verankering],
          [T.verantwoordelijk, nameOf(r.verantwoordelijkMtLidId)],
          [T.status, T.statusLabel[r.status]],
        ],
      ),
    );
  }
  children.push(h1(T.verbeterpunten));
  const punten = [...input.verbeterpunten].sort((a, b) => a.nr - b.nr);
  if (punten.length === 0) children.push(p(T.noVerbeterpunten));
  for (const v of punten) {
    children.push(
      h2(T.verbeterpunt(v.nr, v.titel)),
      new Paragraph({ children: [new TextRun({ text: `${T.probleem}: `, bold: true }), new TextRun(v.probleem.join(' '))] }),
      new Paragraph({ children: [new TextRun({ text: `${T.watWillenWeBereiken}: `, bold: true }), new TextRun(v.watWillenWeBereiken.join(' '))] }),
      table([T.nr, T.hoe, T.status], [...v.acties].sort((a, b) => a.nr - b.nr).map((a) => [String(a.nr), a.omschrijving, T.actieStatusLabel[a.status]])),
    );
  }
  onProgress?.(0.6);
  children.push(
    h1(T.actions),
    actionsInYear.length > 0
      ? table(
          [T.actie, T.trekker, T.dueDate, T.status],
          [...actionsInYear]
            .sort((a, b) => ((a.dueDate ?? '') < (b.dueDate ?? '') ? -1 : 1))
            .map((a) => [a.titel, nameOf(a.trekkerId), dateNl(a.dueDate), actionState(a)]),
        )
      : p(T.noActions),
    new Paragraph({ alignment: AlignmentType.LEFT, text: T.footer }),
  );
  const doc = new Document({
    creator: input.scopeLabel,
    title: T.title(year),
    description: T.title(year),
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ children }],
  });
  onProgress?.(0.8);
  const blob = await Packer.toBlob(doc);
  onProgress?.(1);
  return blob;
}
