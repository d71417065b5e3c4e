// Loaded with a dynamic import only when a verslag is made, so `docx` never weighs on the first page.
import { Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { meetingText } from '../../../text/ui-meetings.ts';
import type { VerslagContent } from './verslag-content.ts';

const T = meetingText.verslag;

const h2 = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2 });
const none = () => new Paragraph({ children: [new TextRun({ text: T.none, italics: true })] });
const bullets = (lines: string[]) => (lines.length === 0 ? [none()] : lines.map((text) => new Paragraph({ text, bullet: { level: 0 } })));

/** The "Verslag en besluitenlijst" of one meeting as a Word document; the text is the docx library's, escaped by it. */
export async function buildVerslag(content: VerslagContent): Promise<Blob> {
  const agenda =
    content.agenda.length === 0
      ? [none()]
      : content.agenda.flatMap((a) => [
          new Paragraph({ text: a.titel, numbering: { reference: 'agenda', level: 0 } }),
          ...(a.toelichting ? a.toelichting.split(/\r?\n/).map((line) => new Paragraph({ text: line, indent: { left: 720 } })) : []),
        ]);
  const besluiten =
    content.besluiten.length === 0 ? [none()] : content.besluiten.map((text) => new Paragraph({ text, numbering: { reference: 'besluiten', level: 0 } }));
  const numbered = (reference: string, format: string) => ({
    reference,
    levels: [{ level: 0, format: LevelFormat.DECIMAL, text: format, style: { paragraph: { indent: { left: 360, hanging: 360 } } } }],
  });
  const doc = new Document({
    creator: content.werkgroep,
    title: content.title,
    numbering: { config: [numbered('agenda', '%1.'), numbered('besluiten', 'B%1.')] },
    sections: [
      {
        children: [
          new Paragraph({ text: content.title, heading: HeadingLevel.TITLE }),
          new Paragraph({ text: content.werkgroep }),
          new Paragraph({ children: [new TextRun({ text: `${T.status}: ${content.status}`, italics: true })] }),
          h2(T.agenda),
          ...agenda,
          h2(T.besluiten),
          ...besluiten,
          h2(T.newActions),
          ...bullets(content.newActions),
          h2(T.doneActions),
          ...bullets(content.doneActions),
          h2(T.nextMeeting),
          new Paragraph({ text: content.next }),
        ],
      },
    ],
  });
  return Packer.toBlob(doc);
}
