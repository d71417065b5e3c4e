// Participatie sections as different people write them, built as real .docx files with the docx
// library (not with our own fixture writer), in wordings that do not come from the seeds or the
// generator. Each point of issue 16 has its cases, and its negatives: a section that really lacks
// feedback is still flagged, a heading that uses the word in another sense is not a heading.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readElements, readSectionText } from '../../src/docx/classify.ts';
import { isParticipatieHeadingText } from '../../src/docx/headings.ts';
import { analyseDocx, buildReport, reportToCsv, scanFolder } from '../../src/docx/index.ts';
import type { DocumentSummary } from '../../src/docx/index.ts';

const TODAY = '2026-11-23';

type Body = string | { bullets: string[] } | { rows: string[][] };

interface HandDoc {
  /** How the heading is typed. */
  heading: string;
  /** 'styled': Word's Kop 2; 'bold': a bold line; 'numbered-styled': Kop 1 with the number typed in. */
  headingStyle?: 'styled' | 'bold' | 'plain';
  body: Body[];
  /** Other sections around it, as a voorstel has them. */
  before?: { heading: string; text: string }[];
  after?: { heading: string; text: string }[];
  afdeling?: string;
}

function headingParagraph(text: string, style: HandDoc['headingStyle']): Paragraph {
  if (style === 'styled') return new Paragraph({ text, heading: HeadingLevel.HEADING_2 });
  if (style === 'plain') return new Paragraph({ text });
  return new Paragraph({ children: [new TextRun({ text, bold: true })] });
}

function bodyParagraphs(b: Body): (Paragraph | Table)[] {
  if (typeof b === 'string') return [new Paragraph({ text: b, alignment: AlignmentType.LEFT })];
  if ('bullets' in b) return b.bullets.map((t) => new Paragraph({ text: t, bullet: { level: 0 } }));
  return [
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: b.rows.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) })),
    }),
  ];
}

async function handDocx(d: HandDoc): Promise<Buffer> {
  const style = d.headingStyle ?? 'styled';
  const section = (heading: string, text: string) => [headingParagraph(heading, style), new Paragraph(text)];
  const children: (Paragraph | Table)[] = [
    new Table({
      rows: [
        new TableRow({ children: [new TableCell({ children: [new Paragraph('Afdeling: ' + (d.afdeling ?? 'Ruimte'))] }), new TableCell({ children: [new Paragraph('Zaaknummer: Z-2026-118')] })] }),
        new TableRow({ children: [new TableCell({ children: [new Paragraph('Portefeuillehouder: wethouder De Bruijn')] }), new TableCell({ children: [new Paragraph('Datum: 14 april 2026')] })] }),
      ],
    }),
    ...section('Onderwerp', 'Herinrichting van het Kerkplein.'),
    ...section('Voorstel', 'Het ontwerp vaststellen.'),
    ...(d.before ?? [{ heading: 'Argumenten', text: 'Het plein is aan vervanging toe.' }]).flatMap((s) => section(s.heading, s.text)),
    headingParagraph(d.heading, style),
    ...d.body.flatMap(bodyParagraphs),
    ...(d.after ?? [
      { heading: 'Communicatie', text: 'We zetten het besluit op de website.' },
      { heading: 'Evaluatie', text: 'Na een jaar kijken we of het plein goed werkt.' },
    ]).flatMap((s) => section(s.heading, s.text)),
  ];
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

const analyse = async (d: HandDoc, name = 'x.docx'): Promise<DocumentSummary> => analyseDocx(await handDocx(d), name, { today: TODAY });

describe('feedback written in people\'s own words', () => {
  it.each([
    'In juni kregen alle deelnemers een mail met de uitkomsten.',
    'Na afloop stuurden we iedereen een brief met onze reactie.',
    'De resultaten van de peiling zijn gedeeld met de respondenten, via de nieuwsbrief van september.',
    'Alle insprekers hebben een schriftelijke reactie ontvangen.',
    'We hebben de buurt met een bewonersbrief laten weten wat er met hun ideeën gebeurt.',
    'Deelnemers horen in het najaar wat het college met hun advies doet.',
    'Bewoners zijn per brief op de hoogte gebracht van de uitkomst.',
    'De ondernemers ontvingen begin mei het aangepaste ontwerp, met een toelichting op de keuzes.',
    'Op 2 juli presenteerden we de resultaten aan de wijkraad en de omwonenden.',
    'Iedereen die meedeed krijgt een samenvatting van de gesprekken.',
    'terugkoppeling: via de nieuwsbrief (juni)',
  ])('counts "%s"', (sentence) => {
    const r = readElements(`We spraken met omwonenden over het plein. ${sentence}`);
    expect(r.elements.terugkoppeling, JSON.stringify(r.evidence)).toBe(true);
    expect(r.evidence.terugkoppeling!.length).toBeGreaterThan(3);
  });

  it.each([
    'We stuurden alle bewoners een uitnodiging voor de inloopavond.',
    // Only the minutes of a meeting: people learn what was said, not what was done with it.
    'Het verslag van de avond is naar alle aanwezigen gestuurd.',
    'Inwoners konden tot 1 mei een reactie sturen.',
    'Bewoners kregen een brief met een uitnodiging voor de avond.',
    'Er is nog geen terugkoppeling gegeven aan de deelnemers.',
    'De deelnemers hebben niet gehoord wat er met hun inbreng is gedaan.',
    'We hebben de deelnemers nog niet laten weten wat we met hun reacties doen.',
    'De omwonenden kregen geen bericht over de uitkomst.',
    'Via de website konden inwoners hun mening geven over de plannen.',
    'Het besluit wordt gepubliceerd in het gemeenteblad.',
    'We stuurden de omwonenden een brief over de planning van de werkzaamheden.',
  ])('does not count "%s"', (sentence) => {
    const r = readElements(`We spraken met omwonenden over het plein. ${sentence}`);
    expect(r.elements.terugkoppeling, JSON.stringify(r.evidence)).toBe(false);
  });
});

describe('what was done with the input, in people\'s own words', () => {
  it.each([
    'Het fietspad komt nu aan de oostkant, zoals bewoners vroegen.',
    'Op basis van de inbreng hebben we het aantal parkeerplaatsen verhoogd.',
    'De suggestie om meer bomen te planten is overgenomen.',
    'Een hondenlosloopveld hebben we niet overgenomen, omdat daar geen plek voor is.',
    'Veel omwonenden maakten zich zorgen over sluipverkeer. De ontsluiting is daarom aangepast.',
    'Naar aanleiding van de reacties schuift de speeltuin 20 meter op.',
    'De wens van de jongeren voor een pannakooi hebben we in het ontwerp verwerkt.',
    'Dankzij de input van de ondernemers blijven de laad- en losplekken.',
    'Ouders vonden de oversteek onveilig. Er komt nu een zebrapad bij de school.',
  ])('counts "%s"', (sentence) => {
    const r = readElements(`We hielden een inloopavond voor de buurt. ${sentence}`);
    expect(r.elements.watMetInbreng, JSON.stringify(r.evidence)).toBe(true);
  });

  it.each([
    'De verordening is aangepast aan de nieuwe wet.',
    'Tijdens de avond konden bewoners vragen stellen.',
    'De inbreng wordt nog verwerkt.',
    'We hielden een enquête. Het plan is aangepast aan de nieuwe bouwregels.',
  ])('does not count "%s"', (sentence) => {
    const r = readElements(`We hielden een inloopavond voor de buurt. ${sentence}`);
    expect(r.elements.watMetInbreng, JSON.stringify(r.evidence)).toBe(false);
  });
});

describe('levels that are described, not named', () => {
  it.each([
    ['Binnen een budget van € 40.000 kozen de bewoners zelf welke speeltoestellen er komen.', 'meebeslissen'],
    ['Omwonenden mochten kiezen uit drie ontwerpen; het college neemt hun keuze over.', 'meebeslissen'],
    ['De keuze lag bij de buurt: wat de bewoners kiezen, voeren we uit.', 'meebeslissen'],
    ['We vroegen de adviesraad sociaal domein om advies over de nieuwe regeling.', 'adviseren'],
    ['De jongerenraad kwam zelf met voorstellen voor de openingstijden.', 'adviseren'],
    ['Inwoners bedachten zelf het plan voor de moestuin; wij hielpen met de vergunning.', 'coproduceren'],
    ['Samen met de dorpsraad hebben we het inrichtingsplan uitgewerkt.', 'coproduceren'],
    ['Via een online vragenlijst vroegen we inwoners naar hun mening over de openingstijden.', 'raadplegen'],
    ['De bewoners onderhouden het plantsoen voortaan zelf.', 'zelfbeheer'],
  ])('%s → %s, with a confidence below certainty', (text, level) => {
    const g = readSectionText(text).guess;
    expect(g?.level).toBe(level);
    expect(g!.confidence).toBeGreaterThan(0.3);
    expect(g!.confidence).toBeLessThan(0.9);
    expect(g!.evidence).toBeTruthy();
  });

  it('is surer when the level is named than when it is described', () => {
    const named = readSectionText('Bewoners konden meebeslissen over de inrichting.').guess!;
    const described = readSectionText('Binnen het budget kozen de bewoners de inrichting.').guess!;
    expect(named.level).toBe(described.level);
    expect(named.confidence).toBeGreaterThan(described.confidence);
  });

  it('does not read a level into the feedback sentences', () => {
    // "informeerden … over de uitkomst" is feedback, not the informeren rung.
    const g = readSectionText('We vroegen de wijkraad om advies over het plein. Daarna informeerden we alle bewoners over de uitkomst.').guess;
    expect(g?.level).toBe('adviseren');
  });
});

describe('headings in the forms municipalities use', () => {
  it.each([
    'Participatie',
    '4. Participatie',
    '7.2 Participatie:',
    'Participatie en communicatie',
    'Communicatie en participatie',
    'Inspraak',
    'Betrokkenheid van inwoners',
    'Burgerparticipatie',
    'Participatie en inspraak',
    'Paragraaf 6: Inspraak en participatie',
    'Participatie (inwoners)',
    'Betrekken van bewoners en ondernemers',
    'Participatie/inspraak',
    'PARTICIPATIE',
    'Participatie + communicatie',
    'Participatie wijkagenda',
    'Toetsing door gebruikers en participatie',
    'Omgevingsdialoog',
    'Betrokkenheid samenleving',
    'Betrokkenheid agrariërs',
    'Samenspraak',
  ])('"%s" is a Participatie heading', (h) => expect(isParticipatieHeadingText(h)).toBe(true));

  it.each([
    'Financiële participatie van de gemeente',
    'Participatiewet',
    'Arbeidsparticipatie',
    'Participatie in Enexis Holding',
    'Participatiebudget 2026',
    'Communicatie',
    'Overleg gevoerd met',
    'Sociale participatie en armoedebeleid',
    'Wat vinden inwoners van de participatie van de gemeente in het warmtebedrijf?',
    'OCSW - Zorg & Participatie',
    'Werk en participatie',
    'Participatie gemeente warmtebedrijf',
    'Gevolgen Participatiewet',
  ])('"%s" is not', (h) => expect(isParticipatieHeadingText(h)).toBe(false));

  it.each([
    ['4. Participatie', 'styled'],
    ['Participatie en communicatie', 'bold'],
    ['Inspraak', 'styled'],
    ['Betrokkenheid van inwoners', 'plain'],
    ['Burgerparticipatie', 'bold'],
  ] as const)('finds the section under "%s" (%s) in a real document', async (heading, headingStyle) => {
    const d = await analyse({
      heading,
      headingStyle,
      body: ['We spraken in maart met 40 omwonenden over het plein. In juni kregen alle deelnemers een mail met de uitkomsten.'],
    });
    expect(d.headingCount).toBe(1);
    expect(d.source).toBe('hand');
    expect(d.elements.terugkoppeling).toBe(true);
  });

  it('skips a heading that uses the word in another sense and finds the real one', async () => {
    const d = await analyse({
      heading: 'Participatie',
      before: [{ heading: 'Financiële participatie van de gemeente', text: 'De gemeente neemt voor € 2 miljoen deel in het warmtebedrijf.' }],
      body: ['We hielden twee avonden voor omwonenden. Na afloop stuurden we iedereen een brief met onze reactie.'],
    });
    expect(d.headingCount).toBe(1);
    expect(d.elements).toMatchObject({ watGedaan: true, terugkoppeling: true });
    expect(d.notes).not.toContain('several-headings');
  });

  it('treats "Inspraak" under "Participatie" as part of one section', async () => {
    const d = await analyse({
      heading: 'Participatie',
      headingStyle: 'bold',
      body: ['We vroegen omwonenden in mei om advies over de bomen, omdat zij de straat kennen.', 'Inspraak', 'Na vaststelling ligt het plan zes weken ter inzage.'],
    });
    expect(d.headingCount).toBe(1);
    expect(d.notes).not.toContain('several-headings');
  });

  it('does not count a section that only points to an annex, or names nothing of the participation, as participation done', async () => {
    for (const body of ['Zie bijlage 3, het participatieverslag van de initiatiefnemer.', 'Zie bijlage.', 'diep']) {
      const d = await analyse({ heading: 'Participatie', body: [body] });
      expect(d.status, body).toBe('leeg');
      expect(buildReport({ folder: 'map', today: TODAY, found: 1, documents: [d], problems: [], outsideYear: 0, ignored: 0 }).totals.done, body).toBe(0);
    }
    // One plain sentence that names who took part is a (poor) paragraph, not an empty one.
    const short = await analyse({ heading: 'Participatie', body: ['De buren hebben de tekeningen gezien. Zie verder bijlage 3.'] });
    expect(short.status).toBe('uitgevoerd');
  });

  it('says a document without any text (only pictures, a scanned letter) has nothing to read', async () => {
    const empty = await new Promise<Buffer>((resolve, reject) => {
      Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ text: '' }), new Paragraph({ text: ' ' })] }] })).then(resolve, reject);
    });
    await expect(analyseDocx(empty, 'scan.docx', { today: TODAY })).rejects.toMatchObject({ code: 'SCAN.NO_TEXT' });
  });

  it('reads only the beginning of a very long section, and says so', async () => {
    const filler = 'Dit is een lange zin over het beleid die vaak herhaald wordt, zodat de tekst onder het kopje heel groot wordt.';
    const d = await analyse({ heading: 'Participatie', body: ['Inwoners zijn in maart 2026 met een enquête geraadpleegd.', ...Array.from({ length: 400 }, () => filler)] });
    expect(d.notes).toContain('section-long');
    expect(d.elements.wie).toBe(true);
    const report = buildReport({ folder: 'map', today: TODAY, found: 1, documents: [d], problems: [], outsideYear: 0, ignored: 0 });
    expect(report.followUp.flatMap((f) => f.reasons).join(' ')).toContain('erg lang');
    const normal = await analyse({ heading: 'Participatie', body: ['Inwoners zijn in maart 2026 met een enquête geraadpleegd.', ...Array.from({ length: 20 }, () => filler)] });
    expect(normal.notes).not.toContain('section-long');
  });

  it('says a document has no section when no heading names participation', async () => {
    const d = await analyse({ heading: 'Financiële participatie van de gemeente', body: ['De gemeente koopt aandelen.'] });
    expect(d.status).toBe('ontbreekt');
  });
});

// Whole sections in the styles of several municipalities: what a reader sees in each.
const PARAGRAPHS: { t: string; fb: boolean; used: boolean; level?: string; kind?: string }[] = [
  { t: 'In de aanloop naar dit voorstel zijn de huurders van Woonstede via hun bewonerscommissie betrokken. Zij hebben in twee gesprekken hun wensen voor de renovatie ingebracht. De wens voor betere isolatie is in het plan opgenomen; zonnepanelen op elk dak passen niet in de begroting. De commissie heeft hierover een brief van de wethouder gekregen.', fb: true, used: true },
  { t: 'Participatie heeft plaatsgevonden door middel van een digitale enquête (312 respondenten) en een inloopavond in De Schakel. De resultaten zijn als bijlage toegevoegd.', fb: false, used: false, level: 'raadplegen' },
  { t: 'Met de ondernemers in de binnenstad is in drie sessies gesproken over de venstertijden. Hun voorkeur voor een later eindtijdstip (11.30 uur) is overgenomen. De ondernemers zijn per e-mail geïnformeerd over het collegebesluit.', fb: true, used: true },
  { t: 'De adviesraad sociaal domein heeft op 4 maart advies uitgebracht over de beleidsregels. Het college volgt het advies op twee punten niet; dat staat toegelicht in de bijgevoegde reactie aan de adviesraad.', fb: true, used: true, level: 'adviseren' },
  { t: 'Omwonenden zijn op 10 januari per brief geïnformeerd over de kap van de bomen. Er was geen ruimte voor inbreng, omdat de bomen ziek zijn.', fb: false, used: false, level: 'informeren' },
  { t: 'In het najaar organiseren we drie wijkgesprekken. De opbrengst verwerken we in het concept-wijkplan. Daarna laten we in een nieuwsbrief zien wat we met ieders inbreng hebben gedaan.', fb: true, used: false, kind: 'gepland' },
  { t: 'De dorpsraad Heythuysen heeft samen met de gemeente het dorpsontwikkelingsplan geschreven. Het college neemt het plan ongewijzigd over. Tijdens een dorpsavond op 14 mei is het plan aan de inwoners gepresenteerd.', fb: true, used: true, level: 'coproduceren' },
  { t: 'Er zijn gesprekken gevoerd met de sportverenigingen. Zij gaven aan behoefte te hebben aan meer kleedruimte.', fb: false, used: false },
  { t: 'Bewoners van de Vogelbuurt bepaalden via een stemming welke drie straten als eerste worden vergroend. De uitslag is leidend voor de planning. De uitslag is op 3 juni bekendgemaakt in de wijkkrant en op de website.', fb: true, used: true, level: 'meebeslissen' },
  // A reply document that only "says" how the input was weighed tells the raad; it is feedback once it answers or reaches the indieners.
  { t: 'Tijdens de inspraakperiode kwamen 14 zienswijzen binnen. In de nota van beantwoording staat per zienswijze hoe we die hebben gewogen. Drie zienswijzen leidden tot een aanpassing van het bestemmingsplan.', fb: false, used: true },
  { t: 'Tijdens de inspraakperiode kwamen 14 zienswijzen binnen. Drie zienswijzen leidden tot een aanpassing van het bestemmingsplan. De indieners ontvangen de nota van beantwoording per post.', fb: true, used: true },
  { t: 'De jongeren uit het jongerenpanel hebben hun ideeën voor de skatebaan gepitcht bij de wethouder. Twee ideeën komen in het ontwerp. De jongeren krijgen binnenkort een uitnodiging om het definitieve ontwerp te bekijken.', fb: true, used: true },
  { t: 'Participatie: inwoners konden via het platform Doemee.nl reageren op de conceptvisie. Er kwamen 86 reacties binnen, vooral over groen en parkeren.', fb: false, used: false, level: 'raadplegen' },
  { t: 'Het beheer van de ontmoetingstuin ligt vanaf 2026 bij stichting Buurtgroen. De gemeente levert een jaarlijkse bijdrage. Met de stichting is afgesproken dat zij zelf de buurt op de hoogte houden.', fb: false, used: false, level: 'zelfbeheer' },
  // Only the minutes of each meeting are no feedback (tests/bench/fixtures/README.md, "What a label means").
  { t: 'Wij hebben de klankbordgroep vier keer gesproken. De leden misten in het eerste ontwerp een veilige fietsverbinding. In het nieuwe ontwerp is een vrijliggend fietspad opgenomen. Van elke bijeenkomst is een verslag naar de leden gestuurd.', fb: false, used: true },
  { t: 'Wij hebben de klankbordgroep vier keer gesproken. De leden misten in het eerste ontwerp een veilige fietsverbinding. In het nieuwe ontwerp is een vrijliggend fietspad opgenomen. Na de laatste bijeenkomst kregen de leden het eindverslag met het nieuwe ontwerp.', fb: true, used: true },

  { t: 'Voor de nieuwe Woonvisie zijn inwoners, corporaties en zorgpartijen via een online denktank en vier themabijeenkomsten betrokken. Zij konden aangeven waar volgens hen de grootste woningnood zit. Uit de denktank kwam een sterke wens naar meer seniorenwoningen; die is als prioriteit in de visie terechtgekomen. Alle deelnemers hebben de conceptvisie toegestuurd gekregen.', fb: true, used: true },
  { t: 'In overleg met de schoolbesturen is gekozen voor de locatie aan de Parklaan. Ouders zijn hier niet bij betrokken.', fb: false, used: false },
  { t: '- Doelgroep: omwonenden van het Julianapark\n- Werkvorm: parkschouw en digitale kaart (58 reacties)\n- Opbrengst: wens voor meer verlichting en hondenpoepbakken\n- Wat doen we ermee: beide wensen zijn meegenomen in het uitvoeringsplan\n- Terugkoppeling: bewonersbrief in week 40', fb: true, used: true },
  { t: 'Het college heeft de jeugdgemeenteraad om advies gevraagd over het jongerenwerk. Het advies is grotendeels gevolgd. Met de jeugdgemeenteraad is in een vervolgbijeenkomst besproken welke adviezen wel en niet zijn overgenomen en waarom.', fb: true, used: true, level: 'adviseren' },
  { t: 'Belanghebbenden zijn via een kennisgeving in het gemeenteblad op de hoogte gesteld van het ontwerpbesluit. Zij konden zes weken een zienswijze indienen. Er zijn geen zienswijzen ingediend.', fb: false, used: false, level: 'informeren' },
  { t: 'Samen met de bewonersgroep Ons Erf hebben we het ontwerp voor het speelbos gemaakt. De groep heeft de inrichting bepaald binnen de kaders die het college vooraf heeft meegegeven. Het ontwerp is door hen zelf aan de buurt gepresenteerd.', fb: true, used: true, level: 'meebeslissen' },
  { t: 'Participatie vindt plaats in de uitwerkingsfase. Dan organiseren we per kern een bijeenkomst. De kernen horen daarna van ons wat we met hun inbreng hebben gedaan.', fb: true, used: false, kind: 'gepland' },
  { t: 'Tijdens twee bewonersavonden zijn de plannen toegelicht. Er werden veel vragen gesteld over de bouwtijd en het verkeer tijdens de werkzaamheden. Deze vragen zijn ter plekke beantwoord.', fb: false, used: false },
  { t: 'We hebben 12 keukentafelgesprekken gevoerd met mantelzorgers. Zij vroegen vooral om meer respijtzorg in het weekend. Vanaf januari is er daarom ook op zaterdag dagopvang. In de mantelzorgnieuwsbrief van december leest iedereen wat er met de gesprekken is gedaan.', fb: true, used: true },
  { t: 'Over de fusie van de twee basisscholen zijn de medezeggenschapsraden en de ouders geraadpleegd. De ouders van de Regenboog waren tegen de verhuizing. Omdat beide schoolgebouwen verouderd zijn, kiezen we toch voor één nieuwe locatie. Dat hebben we de ouders op een ouderavond uitgelegd.', fb: true, used: true, level: 'raadplegen' },

  { t: 'Bij de voorbereiding van het hittebestendigheidsplan zijn 240 inwoners via het inwonerspanel bevraagd. Een meerderheid wil meer schaduw op schoolpleinen. Dit punt is in het plan uitgewerkt tot een vergroeningsregeling voor scholen. De panelleden krijgen de rapportage met een korte toelichting van de wethouder.', fb: true, used: true, level: 'raadplegen' },
  { t: 'De wijkraad is gevraagd mee te denken over de locatie van de ondergrondse containers. De wijkraad adviseerde de containers niet bij de speeltuin te plaatsen. Dat advies nemen we over.', fb: false, used: true, level: 'adviseren' },
  { t: 'Participatie: n.v.t., het gaat om een jaarlijkse indexering van de subsidies.', fb: false, used: false, kind: 'geen-met-reden' },
  { t: 'De bewoners van de flat zijn persoonlijk benaderd. Er was veel onrust over de sloop. Met elke huurder is een gesprek gevoerd over een nieuwe woning.', fb: false, used: false },
  { t: 'Eind 2025 hielden we drie rondetafelgesprekken met zorgaanbieders en cliëntvertegenwoordigers. Hun belangrijkste punt, minder administratieve lasten, is verwerkt in de nieuwe inkoopvoorwaarden. In februari stuurden we alle deelnemers een samenvatting met de keuzes die we hebben gemaakt.', fb: true, used: true },
  { t: 'Via een stemming op het digitale platform kozen inwoners welke drie buurtinitiatieven geld krijgen uit het wijkbudget. De drie winnende initiatieven krijgen elk € 5.000. De uitslag staat op de website van de gemeente.', fb: true, used: true, level: 'meebeslissen' },
  { t: 'Op 12 maart was er een informatiebijeenkomst voor omwonenden. Daar is uitgelegd hoe de werkzaamheden verlopen en wie het aanspreekpunt is.', fb: false, used: false, level: 'informeren' },
  { t: 'De ideeën uit de bewonersavond zijn gebundeld. Het college besluit in het voorjaar welke ideeën worden uitgevoerd. Daarna krijgen de bewoners bericht.', fb: true, used: false },
  { t: 'De ondernemersvereniging heeft zelf een plan gemaakt voor de kerstverlichting en voert dit ook uit. De gemeente betaalt de helft van de kosten.', fb: false, used: false, level: 'zelfbeheer' },
  { t: 'Omwonenden hebben in een werkatelier samen met de architect drie varianten voor de brug getekend. De voorkeursvariant van de omwonenden is de basis voor het definitieve ontwerp. Iedere deelnemer heeft het definitieve ontwerp thuisgestuurd gekregen.', fb: true, used: true, level: 'coproduceren' },
  { t: 'Over het conceptbeleid is een inspraakavond gehouden. De insprekers waren vooral kritisch over de hogere tarieven. Het college handhaaft de tarieven.', fb: false, used: true },
  { t: 'Er is met veel partijen gesproken, onder meer met de politie, de woningcorporatie en het welzijnswerk.', fb: false, used: false },

  { t: 'Voor het nieuwe afvalbeleid zijn 1.800 huishoudens via een online vragenlijst om hun mening gevraagd. Bewoners van hoogbouw gaven aan dat zij geen ruimte hebben voor vier containers. Voor de hoogbouw blijven daarom verzamelcontainers in de straat. Iedereen die de vragenlijst invulde, kreeg een mail met de belangrijkste resultaten.', fb: true, used: true, level: 'raadplegen' },
  { t: 'Er heeft geen participatie plaatsgevonden, omdat het gaat om de uitvoering van landelijke regelgeving.', fb: false, used: false, kind: 'geen-met-reden' },
  { t: 'De wijkraad Oost is in drie overleggen meegenomen in de plannen voor het winkelcentrum. De wijkraad heeft daarbij vooral aandacht gevraagd voor de bereikbaarheid met de fiets. Het aantal fietsparkeerplaatsen is verdubbeld.', fb: false, used: true },
  // An invitation, even to see the outcome, is not counted as feedback: invitations come before taking part far more often.
  { t: 'Samen met inwoners, scholen en sportclubs is in vijf werkateliers de Sportvisie 2030 opgesteld. Wat zij hebben ingebracht, vormt de kern van de visie. De deelnemers zijn uitgenodigd voor de presentatie van de visie aan de raad.', fb: false, used: true, level: 'coproduceren' },
  { t: 'Het college heeft het Platform Gehandicaptenbeleid gevraagd om een advies over de toegankelijkheid van het nieuwe stadhuis. Het platform adviseerde onder meer een extra lift en brede deuren. Het college heeft het platform per brief laten weten dat beide adviezen worden uitgevoerd.', fb: true, used: true, level: 'adviseren' },
  { t: 'Op de inloopavond konden bewoners de tekeningen bekijken en vragen stellen aan de projectleider. Er kwamen ongeveer 60 mensen.', fb: false, used: false },
  { t: 'Door de korte termijn was brede participatie niet mogelijk. Wel is het plan besproken met de voorzitter van de dorpsraad.', fb: false, used: false },
  { t: 'Jongeren uit de wijk hebben via Instagram ideeën ingestuurd voor het nieuwe jongerencentrum. De drie meest genoemde wensen (een studieruimte, een podium en langere openingstijden) zijn allemaal in het programma van eisen opgenomen. De jongeren hebben dit via Instagram teruggehoord.', fb: true, used: true },
  // "Meedenken" in a klankbordgroep fits raadplegen and adviseren alike: the labelled corpus leaves such
  // sections without a level, so the scan guesses none (see src/docx/classify.test.ts).
  { t: 'In 2027 stellen we een klankbordgroep samen met bewoners en ondernemers. Deze groep denkt mee over de uitvoering van het plan.', fb: false, used: false, kind: 'gepland' },
  { t: 'Bewoners van de Hoge Akker hebben zelf het initiatief genomen om het buurthuis over te nemen. Zij beheren het gebouw vanaf 1 januari zelf; de gemeente blijft eigenaar.', fb: false, used: false, level: 'zelfbeheer' },
];

describe('whole sections, read like a person would', () => {
  it.each(PARAGRAPHS.map((c) => [c.t.slice(0, 60), c] as const))('%s…', (_, c) => {
    const r = readSectionText(c.t);
    expect(r.elements.terugkoppeling, JSON.stringify(r.evidence)).toBe(c.fb);
    expect(r.elements.watMetInbreng, JSON.stringify(r.evidence)).toBe(c.used);
    if (c.level) expect(r.guess?.level).toBe(c.level);
    expect(r.kind).toBe(c.kind ?? 'uitgevoerd');
  });
});

// Sections as they turn up in a year of advices: different hands, different habits.
const YEAR: { name: string; doc: HandDoc; feedback: boolean; used: boolean; level?: string }[] = [
  {
    name: 'kerkplein.docx',
    feedback: true,
    used: true,
    level: 'adviseren',
    doc: {
      heading: '5. Participatie',
      body: [
        'Omwonenden, de ondernemersvereniging en de kerk dachten mee over de inrichting. We vroegen hen om advies, omdat zij het plein dagelijks gebruiken.',
        'In maart waren er twee inloopavonden en een schouw op het plein.',
        'Het fietspad komt nu aan de oostkant, zoals bewoners vroegen. Een fontein komt er niet, omdat het onderhoud te duur is.',
        'In juni kregen alle deelnemers een mail met de uitkomsten.',
      ],
    },
  },
  {
    name: 'speeltuin.docx',
    feedback: true,
    used: true,
    level: 'meebeslissen',
    doc: {
      heading: 'Participatie en communicatie',
      headingStyle: 'bold',
      body: [
        { bullets: ['wie: kinderen en ouders uit de Bloemenbuurt', 'hoe: 3 ontwerpmiddagen in het buurthuis (april)', 'invloed: binnen een budget van € 60.000 kozen de kinderen zelf de toestellen'] },
        'Wat deden we met de inbreng? De keuze van de kinderen is volledig overgenomen.',
        'Na afloop stuurden we iedereen een brief met onze reactie.',
      ],
    },
  },
  {
    name: 'parkeren.docx',
    feedback: true,
    used: true,
    doc: {
      heading: 'Inspraak',
      body: [
        {
          rows: [
            ['Wie', 'Bewoners en bedrijven in het centrum'],
            ['Hoe', 'Online peiling (1.240 reacties) en 2 avonden'],
            ['Wat met de inbreng', 'Op basis van de peiling blijft het eerste half uur gratis'],
            ['Terugkoppeling', 'De resultaten zijn gedeeld via de nieuwsbrief en de website'],
          ],
        },
      ],
    },
  },
  {
    name: 'bibliotheek.docx',
    feedback: true,
    used: false,
    doc: {
      heading: 'Betrokkenheid van inwoners',
      headingStyle: 'plain',
      body: ['Er is een enquête gehouden onder bezoekers van de bibliotheek. Hun mening is gevraagd over de openingstijden. De uitkomsten worden in januari met alle respondenten gedeeld.'],
    },
  },
  {
    name: 'groenbeheer.docx',
    feedback: true,
    used: true,
    level: 'zelfbeheer',
    doc: {
      heading: 'Burgerparticipatie',
      body: [
        'De bewonersgroep Groen Hart onderhoudt de plantsoenen in de wijk voortaan zelf. De gemeente levert gereedschap en plantgoed.',
        'Hun voorstel om fruitbomen te planten hebben we overgenomen. Via de wijkkrant hebben we de buurt laten weten wat er verandert.',
      ],
    },
  },
  {
    // Really without feedback: must stay flagged.
    name: 'sportpark.docx',
    feedback: false,
    used: false,
    doc: {
      heading: 'Participatie',
      body: ['De sportverenigingen en omwonenden zijn uitgenodigd voor een informatieavond op 12 februari. Daar is het plan toegelicht en konden mensen vragen stellen. Er kwamen 35 mensen.'],
    },
  },
];

describe('a year of hand-written advices', () => {
  let dir: string;
  let docs: DocumentSummary[];
  let report: ReturnType<typeof buildReport>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scan-hand-'));
    for (const y of YEAR) await writeFile(join(dir, y.name), await handDocx(y.doc));
    const scan = await scanFolder(dir, { today: TODAY, year: 2026 });
    docs = scan.documents;
    report = buildReport(scan);
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each(YEAR.map((y) => [y.name, y] as const))('%s: finds the section and reads feedback and the use of input as written', (name, y) => {
    const d = docs.find((x) => x.path === name)!;
    expect(d, name).toBeDefined();
    expect(d.headingCount, name).toBe(1);
    expect(d.source, name).toBe('hand');
    expect(d.elements.terugkoppeling, `${name}: ${JSON.stringify(d.evidence)}`).toBe(y.feedback);
    expect(d.elements.watMetInbreng, `${name}: ${JSON.stringify(d.evidence)}`).toBe(y.used);
    if (y.level) expect(d.level, name).toMatchObject({ level: y.level, basis: 'schatting' });
    // The evidence shows why: the words that were found.
    if (y.feedback) expect(d.evidence?.terugkoppeling).toBeTruthy();
  });

  it('does not tell the burgemeester that most advices lack feedback when only one does', () => {
    expect(report.totals.missingFeedback).toBe(1);
    expect(report.missingFeedback.map((d) => d.path)).toEqual(['sportpark.docx']);
  });

  it('shows in the CSV the words each element was found by', () => {
    const row = reportToCsv(report)
      .split('\r\n')
      .find((l) => l.startsWith('kerkplein.docx'))!;
    expect(row).toContain('terugkoppeling: ""kregen alle deelnemers een mail met de uitkomsten');
    expect(row).toContain('wat we met de inbreng deden: ""zoals bewoners vroegen""');
    expect(row).toContain('niveau: ""vroegen hen om advies""');
  });

  it('reads planned participation as planned', async () => {
    const d = await analyse({
      heading: 'Participatie',
      // A plain "verslag" after the evenings is their minutes (README, "What a label means"); this one says what we do with the reactions.
      body: ['In het voorjaar van 2027 houden we twee inloopavonden voor omwonenden. Zij kunnen dan reageren op de schetsen. Na afloop sturen we iedereen een verslag met wat we met de reacties doen.'],
    });
    expect(d.status).toBe('gepland');
    expect(d.missing).not.toContain('terugkoppeling');
    expect(d.missing).not.toContain('watMetInbreng');
  });
});

describe('the scan reads the add-in\'s own paragraphs', () => {
  it('finds feedback, the use of input and the level wherever the answers give them', async () => {
    const { generateParagraph, renderParagraphText } = await import('../../src/participation/index.ts');
    const { arbitraryAnswers } = await import('../../src/participation/testing/arbitrary.ts');
    let checked = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const a = arbitraryAnswers(seed);
      if (a.q7_participatie === 'nee') continue;
      const text = renderParagraphText(generateParagraph(a, undefined, { today: '2026-06-01' }));
      const r = readSectionText(text);
      const ctx = `seed ${seed}:\n${text}\n${JSON.stringify(r.evidence)}`;
      expect(r.elements.terugkoppeling, ctx).toBe(a.q15_terugkoppeling?.terugkoppeling === true);
      if (a.q7_participatie === 'afgerond' && (a.q14_watMetInbreng?.length ?? 0) > 0) expect(r.elements.watMetInbreng, ctx).toBe(true);
      expect(r.guess?.level, ctx).toBe(a.q9_niveau);
      checked++;
    }
    expect(checked).toBeGreaterThan(200);
  });
});
