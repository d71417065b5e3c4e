import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { buildReport } from './build-report.ts';
import type { ReportInput } from './build-report.ts';

function input(): ReportInput {
  const w = { id: 'g1', naam: 'Werkgroep Interactief beleid', voorzitterId: 'u1', ledenIds: ['u1', 'u2'], mtLidIds: ['m1'] };
  const meeting = (id: string, day: string) => ({ id, werkgroepId: 'g1', subject: 'Overleg werkgroep', start: `${day}T13:00:00Z`, end: `${day}T14:30:00Z` });
  return {
    year: 2026,
    today: '2026-11-23',
    scopeLabel: 'Werkgroep Interactief beleid',
    werkgroepen: [w],
    people: [
      { id: 'u1', displayName: 'Annemiek Jansen' },
      { id: 'u2', displayName: 'Pieter de Vries' },
      { id: 'm1', displayName: 'Marc Knaapen' },
    ],
    meetings: [meeting('e1', '2026-09-01'), meeting('e2', '2026-10-06'), meeting('e3', '2026-11-03'), meeting('e4', '2026-12-01'), meeting('e0', '2025-12-02')],
    actions: [
      { id: 't1', werkgroepId: 'g1', titel: 'Format ontwikkelen', trekkerId: 'u1', dueDate: '2026-10-01', status: 'klaar', completedAt: '2026-09-28T10:00:00Z' },
      { id: 't2', werkgroepId: 'g1', titel: 'Leidraad toetsen', trekkerId: 'u2', dueDate: '2026-10-15', status: 'klaar', completedAt: '2026-10-20T10:00:00Z' },
      { id: 't3', werkgroepId: 'g1', titel: '<script>x</script>Evaluatie', trekkerId: 'u2', dueDate: '2026-11-01', status: 'open' },
      { id: 't4', werkgroepId: 'g1', titel: 'Brochure maken', trekkerId: 'u1', dueDate: '2026-12-15', status: 'open' },
    ],
    results: [
      {
        id: 'r1', werkgroepId: 'g1', nr: 1, titel: 'Bij drie pilots is optimaal gebruikgemaakt van interactief beleid',
        doel: 'Het toepassen van de leidraad interactief werken bij de drie pilots.', doelgroep: ['Projectleiders van de drie pilots', 'Projectwethouders'],
        watIsErGebeurd: 'Drie projecten zijn aangewezen als pilot.', methode: 'Werkgroep met maandelijks overleg.', doorlooptijd: { start: '2026-05-01', eind: '2027-03-31' },
        capaciteit: 'Maandelijks overleg met werkgroep', verankering: 'De leidraad wordt aangepast.', verantwoordelijkMtLidId: 'm1', status: 'loopt',
      },
      {
        id: 'r3', werkgroepId: 'g1', nr: 3, titel: 'Interactief beleid is geïntegreerd in projectmatig werken', doel: 'Integreren in PMW.', doelgroep: ['MT'],
        watIsErGebeurd: 'Verwerkt in het handboek.', methode: 'Bilateraal overleg.', doorlooptijd: { start: '2026-07-01', eind: '2026-07-31' },
        capaciteit: '3 x overleg', verankering: 'Handboek PMW.', verantwoordelijkMtLidId: 'm1', status: 'gereed',
      },
    ],
    verbeterpunten: [
      {
        id: 'v1', werkgroepId: 'g1', nr: 1, evaluatieNr: 5, titel: 'Bundel de krachten van wijkverenigingen', probleem: ['Veel wijkverenigingen met beperkte bestuursbezetting'],
        watWillenWeBereiken: ['Het overleg opschalen naar een kernoverleg'], verantwoordelijkMtLidId: 'm1',
        acties: [
          { nr: 1, omschrijving: 'In 2014 zijn er maximaal 8 kernoverleggen.', status: 'loopt' },
          { nr: 2, omschrijving: 'Wijkschouwen anders opzetten.', status: 'uitgevoerd' },
          { nr: 3, omschrijving: 'Meldingssysteem promoten.', status: 'onderdeel bedrijfsvoering' },
        ],
      },
    ],
  };
}

describe('jaarverslag .docx', () => {
  it('holds the sections and the year\'s numbers, read back with mammoth', async () => {
    const steps: number[] = [];
    const blob = await buildReport(input(), (f) => steps.push(f));
    expect(steps.at(-1)).toBe(1);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await blob.arrayBuffer()) });
    expect(value).toContain('Jaarverslag participatie 2026');
    expect(value).toContain('Werkgroep Interactief beleid');
    for (const h of ['Samenvatting', 'Vergaderingen', 'Resultaten', 'Verbeterpunten', 'Acties']) expect(value).toContain(h);
    // 3 meetings held before today (2025 and the coming one not counted).
    expect(value).toContain('In 2026 zijn 3 vergaderingen gehouden.');
    expect(value).toContain('Er waren 4 acties. Daarvan zijn er 2 klaar. 1 actie was later klaar dan afgesproken.');
    expect(value).toContain('Er staan nog 2 acties open. Daarvan is 1 te laat.');
    expect(value).toContain('De werkgroep werkt aan 2 resultaten. Daarvan is 1 gereed.');
    expect(value).toContain('Er is 1 verbeterpunt met 3 acties. Daarvan zijn er 2 uitgevoerd of onderdeel van de bedrijfsvoering.');
    expect(value).toContain('Resultaat 1. Bij drie pilots is optimaal gebruikgemaakt van interactief beleid');
    expect(value).toContain('Marc Knaapen');
    expect(value).toContain('1 mei 2026 tot 31 maart 2027');
    expect(value).toContain('Klaar, te laat');
    expect(value).toContain('<script>x</script>Evaluatie');
  });

  it('is a readable document with tables (HTML conversion keeps the results table)', async () => {
    const blob = await buildReport(input());
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(await blob.arrayBuffer()) });
    expect(html).toContain('<h1>Samenvatting</h1>');
    expect((html.match(/<table>/g) ?? []).length).toBeGreaterThanOrEqual(4);
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;Evaluatie');
  });
});
