import { describe, expect, it } from 'vitest';
import { analyseDocx } from './index.ts';
import { parseWordPart } from './wordml.ts';
import { readStructure } from './structure.ts';
import { serializeAnswersXml } from '../participation/index.ts';
import { buildDocx, documentXml } from '../../tests/fixtures/ooxml.ts';
import { GOOD_HAND_WRITTEN, addInContent, adviserenAnswers, voorstel } from '../../tests/fixtures/scan-fixtures.ts';

const TODAY = '2026-11-23';
const header = {
  afdeling: 'Ruimte',
  voorstelnr: 'DJ-1',
  zaaknummer: '42',
  opsteller: 'Saskia',
  portefeuillehouder: 'A. Jansen',
  onderwerp: 'Speelruimtebeleid.',
  datum: 'Weert, 10 maart 2026',
};

describe('readStructure', () => {
  it('finds numbered and styled headings and ends the section at the next one', () => {
    const xml = documentXml({
      blocks: [
        { kind: 'heading', text: '10. Overleg gevoerd met', styled: true },
        { kind: 'p', text: 'Intern.' },
        { kind: 'heading', text: '11. Participatie:', styled: true },
        { kind: 'p', text: 'We hebben inwoners geraadpleegd.' },
        { kind: 'heading', text: 'Communicatie' },
        { kind: 'p', text: 'Via de website.' },
      ],
    });
    const s = readStructure(parseWordPart(xml));
    expect(s.participatie).toMatchObject({ headingCount: 1, text: 'We hebben inwoners geraadpleegd.' });
    expect(s.sections.map((x) => x.heading)).toEqual(['10. Overleg gevoerd met', '11. Participatie', 'Communicatie']);
  });

  it('reads a template laid out as one table, with the label beside the text', () => {
    const xml = documentXml({
      blocks: [
        {
          kind: 'table',
          rows: [
            ['Onderwerp', 'Nieuwe speeltuin'],
            ['Participatie', 'Niet van toepassing.'],
            ['Communicatie', 'Via de website.'],
          ],
        },
      ],
    });
    const s = readStructure(parseWordPart(xml));
    expect(s.participatie).toMatchObject({ headingCount: 1, text: 'Niet van toepassing.' });
    expect(s.header.onderwerp).toBe('Nieuwe speeltuin');
  });

  it('falls back to the file date when the text has none', async () => {
    const buf = await buildDocx({ ...voorstel({ ...header, datum: undefined, participatie: [] }), created: '2026-04-01T08:00:00Z' });
    const d = await analyseDocx(buf, 'x.docx', { today: TODAY });
    expect(d.header).toMatchObject({ datum: '2026-04-01', datumBron: 'eigenschappen' });
    expect(d.notes).toContain('date-from-properties');
  });
});

describe('analyseDocx and the add-in conventions', () => {
  it('notices that the add-in paragraph was edited by hand', async () => {
    const edited = addInContent(adviserenAnswers(), { editedText: GOOD_HAND_WRITTEN.join('\n') });
    const buf = await buildDocx({ ...voorstel({ ...header, participatie: edited.blocks }), customXml: [edited.customXml] });
    const d = await analyseDocx(buf, 'x.docx', { today: TODAY });
    expect(d.source).toBe('add-in');
    expect(d.notes).toContain('hand-edited');
  });

  it('reads an answers part that Word stored as UTF-16', async () => {
    const c = addInContent(adviserenAnswers());
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(c.customXml.replace('UTF-8', 'UTF-16'), 'utf16le')]);
    const buf = await buildDocx({ ...voorstel({ ...header, participatie: c.blocks }), customXml: ['<other xmlns="urn:x"/>', utf16] });
    const d = await analyseDocx(buf, 'x.docx', { today: TODAY });
    expect(d.level).toEqual({ level: 'adviseren', basis: 'antwoorden' });
    expect(d.notes).not.toContain('hand-edited');
  });

  it('falls back to the text when the answers part is damaged', async () => {
    const c = addInContent(adviserenAnswers());
    const broken = serializeAnswersXml({ answers: adviserenAnswers(), generatedHash: 'x' }).replace('afgerond', '???');
    const buf = await buildDocx({ ...voorstel({ ...header, participatie: c.blocks }), customXml: [broken] });
    const d = await analyseDocx(buf, 'x.docx', { today: TODAY });
    expect(d.notes).toContain('answers-unreadable');
    expect(d.source).toBe('add-in');
    expect(d.level?.basis).toBe('schatting');
  });

  it('notes answers without the paragraph (the control was deleted)', async () => {
    const c = addInContent(adviserenAnswers());
    const buf = await buildDocx({ ...voorstel({ ...header, participatie: [] }), customXml: [c.customXml] });
    const d = await analyseDocx(buf, 'x.docx', { today: TODAY });
    expect(d.notes).toContain('control-missing');
  });
});
