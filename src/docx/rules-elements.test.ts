// One test per kind of rule for "geen participatie en de reden", wie, wat gedaan, wanneer and the
// heading (issue 16, round 5), each with sentences written for this test, not taken from the
// scan-accuracy corpus: a rule must carry over to how other civil servants write the same thing.
import { describe, expect, it } from 'vitest';
import { readSectionText } from './classify.ts';
import { isParticipatieHeadingText } from './headings.ts';

const kind = (text: string): string => readSectionText(text).kind;

describe('no participation: the people as the object of a denied verb of involving', () => {
  it.each([
    'De aannemer heeft de omwonenden niet betrokken. Het gaat om het vervangen van een bestaande damwand.',
    'Er zijn geen bewoners geraadpleegd over de nieuwe parkeertarieven, omdat de raad de tarieven bij de begroting vaststelt.',
    'Het conceptbeleid is niet voorgelegd aan inwoners. Het is een technische aanpassing aan nieuwe landelijke regels.',
    'Met de huurders van de Esdoornlaan is niet gesproken over de sloop, want het pand is eigendom van de corporatie.',
    'Over deze wijziging is geen overleg gevoerd met ondernemers; het gaat om een indexering van de leges.',
  ])('"%s" is no participation with a reason', (text) => expect(kind(text)).toBe('geen-met-reden'));

  it.each([
    // Only one group left out, another took part.
    'Niet alleen bewoners zijn betrokken, ook de scholen dachten mee in twee avonden in maart.',
    'We spraken in mei met de wijkraad over het ontwerp. Ondernemers zijn niet betrokken, omdat er geen winkels in de straat zijn; wel is het plan besproken met de buurtvereniging.',
  ])('"%s" is still a description of participation', (text) => expect(kind(text)).not.toMatch(/^geen/));
});

describe('no participation: a question or label about taking part answered no', () => {
  it.each([
    'Hebben bewoners meegepraat? Nee.\nWaarom niet? Het betreft een verlenging van de bestaande subsidieregeling.',
    'Welke partijen zijn betrokken? Geen.\nWaarom niet? Het gaat om de jaarlijkse bijstelling van de tarieven.',
    'Inspraak: geen.\nReden: het betreft een besluit dat de wet voorschrijft.',
  ])('"%s" is no participation with a reason', (text) => expect(kind(text)).toBe('geen-met-reden'));

  it('"Participatie verplicht: nee" alone only says it was not required', () => {
    const r = readSectionText('Participatie verplicht: nee.\nDe initiatiefnemer heeft in juni een inloopavond gehouden voor de buren.');
    expect(r.kind).not.toMatch(/^geen/);
    expect(r.elements.watGedaan).toBe(true);
  });
});

describe('no participation: put in another phase, passed over, or not open to it', () => {
  it.each([
    'Inspraak vindt plaats in een latere fase, als het schetsontwerp van de brug klaar is.',
    'De participatie heeft in een eerdere fase plaatsgevonden, bij de gebiedsvisie van 2024. Dit besluit werkt die visie uit.',
    'Participatie past niet bij dit voorstel: het gaat om de benoeming van een lid van de welstandscommissie.',
    'We hebben om die reden bewust van inspraak afgezien: de provincie heeft de route al vastgelegd.',
    'De verordening schrijft voor dat een voorstel zonder participatie de reden noemt. Die reden is hier dat het om een belastingtarief gaat.',
    'De legesverordening staat op grond van de inspraakverordening niet open voor inspraak.',
    'Verdere participatie is om die reden achterwege gelaten; dit voorstel voert alleen het eerder vastgestelde plan uit.',
    'Er was geen gelegenheid om de sportclubs of de buurt te betrekken, omdat het ministerie de aanvraag binnen twee weken wilde hebben.',
  ])('"%s" is no participation with a reason', (text) => expect(kind(text)).toBe('geen-met-reden'));

  it('a later phase told with its when and what people do then is a plan', () => {
    const r = readSectionText(
      'De participatie vindt plaats in de volgende fase. In maart houden we twee avonden waar bewoners kiezen uit drie ontwerpen; het gekozen ontwerp voeren we uit.',
    );
    expect(r.kind).toBe('gepland');
    expect(r.elements.watGedaan).toBe(true);
  });

  it('"nog niet", followed by more than one line about the people later, is a plan; one line why is none', () => {
    expect(kind('Er is nog geen participatie geweest. Die start na de zomer, als er een ontwerp ligt waarop inwoners kunnen reageren.')).not.toMatch(/^geen/);
    expect(kind('Er is nog geen participatie geweest. Die start pas als er een ontwerp ligt waarop inwoners kunnen reageren.')).toBe('geen-met-reden');
  });
});

describe('no participation, and what is no reason for it', () => {
  it.each([
    'Er is geen participatie georganiseerd. Een motivering daarvoor is niet gegeven.',
    'Participatie heeft niet plaatsgevonden. Er is bewust voor gekozen om het niet te doen.',
    'Er is geen participatie geweest. Dat hadden we achteraf wel moeten doen; het is een leerpunt voor de volgende keer.',
    // How it was made instead is no reason for leaving people out.
    'Voor het maken van de nieuwe parkeerregels is gekeken naar de regels van vergelijkbare gemeenten in de regio. Inwoners zijn niet betrokken.',
  ])('"%s" is no participation without a reason', (text) => expect(kind(text)).toBe('geen-zonder-reden'));

  it('"meer participatie is niet nodig" after people were shown the plan is participation', () => {
    const r = readSectionText('De eigenaar heeft de bouwtekening laten zien aan de buren van nummer 3 en 5. Zij hebben getekend voor akkoord. Meer participatie is voor een aanbouw niet nodig.');
    expect(r.kind).not.toMatch(/^geen/);
    expect(r.elements.wie).toBe(true);
  });

  it('talks among governments only are no taking part by people', () => {
    expect(kind('Het voorstel is op 3 maart besproken in het regionaal overleg met de andere gemeenten. Inwoners zijn niet betrokken, omdat het gaat om de verdeling van kosten tussen gemeenten.')).toBe(
      'geen-met-reden',
    );
  });
});

describe('informed, with no say: the lowest rung, not a section without participation', () => {
  it.each([
    'Alle ondernemers in de straat kregen in april een brief over de nieuwe laadtijden. Meepraten over de tijden was niet mogelijk, omdat ze in de hele regio gelijk zijn.',
    'We hebben de bewoners via de website op de hoogte gebracht van de kap. Er was geen ruimte om mee te denken, omdat de bomen ziek zijn.',
    'De huurders hebben een bericht gekregen over de nieuwe tarieven. Inspraak is niet mogelijk, want de raad stelt de tarieven vast.',
  ])('"%s" describes participation (informeren)', (text) => {
    const r = readSectionText(text);
    expect(r.kind).not.toMatch(/^geen/);
    expect(r.guess?.level).toBe('informeren');
  });

  it('a letter after the "no" is informing in passing: still no participation', () => {
    expect(kind('Op grond van de inspraakverordening staat een belastingverordening niet open voor inspraak. Marktkooplieden krijgen in januari een brief met het nieuwe tarief.')).toBe(
      'geen-met-reden',
    );
  });
});

describe('the heading: the people named after the word, or the rule it follows in brackets', () => {
  it.each(['Participatie van ervaringsdeskundigen', 'Betrokkenheid inwoners en ervaringsdeskundigen', 'Participatie (Wmo-adviesraad)', 'Inspraak (sportraad)', 'Participatie (conform de participatieverordening)', 'Participatie (volgens inspraakverordening)', 'Stakeholderparticipatie'])(
    '"%s" opens the section',
    (h) => expect(isParticipatieHeadingText(h)).toBe(true),
  );

  it.each(['Betrokkenheid van de raad', 'Participatie van vrijwilligers', 'Participatie (gemeenteraad)', 'Participatie van de gemeente', 'Participatie (Participatiewet)'])(
    '"%s" is another section',
    (h) => expect(isParticipatieHeadingText(h)).toBe(false),
  );
});

describe('the heading: a remark in brackets, people joined without "van", the one who ran it, a kind of participation, the taking part itself', () => {
  it.each([
    'Participatie (zie ook bijlage 4)',
    'Participatie (nog te doen)',
    'Inspraak (Right to Challenge)',
    'Participatie ondernemers en marktkooplui',
    'Participatie inwoners en organisaties',
    'Participatie door de initiatiefnemer',
    'Betrokkenheid van de aanvrager en omwonenden',
    'Wijkgerichte participatie',
    'Digitale inspraak',
    'Meedenken en meedoen',
    'Meepraten',
    'Zienswijzen',
    'Overleg met de omgeving',
  ])('"%s" opens the section', (h) => expect(isParticipatieHeadingText(h)).toBe(true));

  it.each(['Participatie (financieel)', 'Participatie (gemeente als aandeelhouder)', 'Participatie (raad)', 'Sociale participatie', 'Meedoen', 'Overleg gevoerd met', 'Overleg met de ondernemingsraad', 'Participatie statushouders en werkzoekenden'])(
    '"%s" is another section',
    (h) => expect(isParticipatieHeadingText(h)).toBe(false),
  );
});

describe('wie: a body named by its kind, also where the name ends in an accented letter', () => {
  const wie = (text: string): boolean => readSectionText(text).elements.wie;
  it.each([
    'In maart zaten we met de Heemkundekring Vlodrop om tafel over de namen van de nieuwe straten.',
    'Het Feestcomité heeft in april meegedacht over de plek van de kermis.',
    'De ouderenbonden dachten in twee overleggen mee over het vervoer.',
    'We hebben de schutterij en de fanfare in juni gevraagd wat zij van het terrein vinden.',
    'De GGD gaf in mei advies over de rookvrije speelplekken.',
    'Op de ledenvergadering van Doarpsbelang Hantum is het plan in maart besproken.',
  ])('"%s" names who took part', (text) => expect(wie(text)).toBe(true));

  it('a name with an accented letter is shown whole as the evidence', () => {
    expect(readSectionText('De cliëntenraden van beide zorggroepen hebben in maart meegelezen.').evidence.wie).toBe('cliëntenraden');
  });

  it('a committee that only discusses ("in de commissie besproken") is no body that took part', () => {
    expect(wie('De bewoners gaven hun mening in een enquête. Het resultaat wordt in de commissie besproken.')).toBe(true);
    expect(readSectionText('Het advies wordt op 3 maart in de commissie besproken.').evidence.wie).toBeUndefined();
  });

  it('a guide ("participatieleidraad") is no council', () => {
    expect(wie('De participatie volgde de participatieleidraad van de gemeente. Het verslag staat in bijlage 2.')).toBe(false);
  });

  it('"niet kunnen meepraten" says no one took part: nobody is named as involved', () => {
    const r = readSectionText('Omwonenden hebben niet kunnen meepraten over het verplaatsen van de markt.');
    expect(r.kind).toBe('geen-zonder-reden');
    expect(r.elements.wie).toBe(false);
  });
});

describe('wat gedaan: taking part said with a verb instead of a method', () => {
  const done = (text: string): boolean => readSectionText(text).elements.watGedaan;
  it.each([
    'De marktkooplieden zijn op 4 maart gehoord over de nieuwe indeling van de markt.',
    'We hebben de cliëntenraad om zijn oordeel over de nieuwe regeling gevraagd.',
    'De route van de lampionnenoptocht is afgestemd met de buurtvereniging.',
    'Het speelplan is in co-creatie opgesteld met ouders en kinderen uit de wijk.',
    'Twaalf mantelzorgers dachten in het voorjaar mee over de nieuwe respijtregeling.',
    'Op de ledenvergadering van de ijsclub is het plan voor de baan besproken.',
    'Samen met de huurders stellen we de volgorde van de renovatie op.',
    'Met de Stichting Dorpshuis en de carnavalsvereniging is het programma in week 12 doorgesproken.',
  ])('"%s" says what was done to involve people', (text) => expect(done(text)).toBe(true));

  it.each([
    'Wij hebben de aanvrager gevraagd het participatieverslag alsnog in te sturen.',
    'Het voorstel is intern afgestemd met de afdelingen Financiën en Juridische Zaken.',
    'Participatie: de buren zijn gehoord.',
  ])('"%s" does not', (text) => expect(done(text)).toBe(false));
});

describe('wanneer: the time of taking part, also where a sentence points back to it or a label plans it', () => {
  const when = (text: string): string | undefined => readSectionText(text).evidence.wanneer;
  it.each([
    ['De participatie voor het nieuwe speelbeleid begint na de zomer.', 'na de zomer'],
    ['Buurtbewoners gaven hun ideeën voor het plein op een kaart. Dat was in april en mei.', 'in april'],
    ['Ouders, scholen en de wijkraad zijn geraadpleegd. Dit alles gebeurde in oktober 2026.', 'in oktober 2026'],
    ['Beiden gaven in juni 2026 advies over de nota.', 'in juni 2026'],
    ['In drie avonden (sep en okt) gaven bewoners hun mening over de nieuwe bomen.', 'sep en okt'],
    ['Samen met de sportclubs stellen we in het tweede halfjaar van 2027 het sportakkoord op.', 'tweede halfjaar'],
    ['Nieuwsbrief van 3 februari 2027 aan alle bewoners van de Vogelbuurt over de nieuwe bestrating.', '3 februari 2027'],
    ['Doelgroep: ondernemers in het centrum\nPlanning participatie: eerste helft 2027', 'eerste helft'],
  ])('"%s" is when people took part', (text, phrase) => expect(when(text)).toContain(phrase));

  it.each([
    'Zie het raadsvoorstel van 12 maart 2026 over de participatieverordening.',
    'De participatieverordening van 2024 schrijft voor dat bewoners worden betrokken.',
  ])('"%s" dates a document, not taking part', (text) => expect(when(text)).toBeUndefined());
});

describe('wanneer: a time that describes the people, dates a decision or names a document is no time of taking part', () => {
  const when = (text: string): string | undefined => readSectionText(text).evidence.wanneer;
  it.each([
    'We stuurden een vragenlijst aan alle verenigingen die in 2025 een subsidie kregen.',
    'Er zijn gesprekken gevoerd met huurders die sinds 2021 in de flat wonen.',
    'De buurt leest in de nieuwsbrief hoe het werk vordert. Inspraak is niet meer mogelijk, omdat de raad het ontwerp in 2024 heeft vastgesteld.',
    'Het Speelruimteplan Oosterhout 2026-2030 heeft zes weken ter inzage gelegen; er kwamen negen reacties van bewoners.',
    'We spraken met de winkeliers over de herinrichting die in 2028 wordt uitgevoerd.',
  ])('"%s" gives no time of taking part', (text) => expect(when(text)).toBeUndefined());

  it.each([
    ['Het wijkplatform, dat sinds maart 2026 elke maand bij elkaar komt, bepaalt zelf de volgorde.', 'sinds maart 2026'],
    ['Nadat de raad in mei had besloten, spraken we in juni met de omwonenden.', 'in juni'],
    ['De bewonersavond die in maart plaatsvond, trok zestig buurtbewoners.', 'in maart'],
    ['De bewonerscommissie maakt die keuzes in het najaar van 2027.', 'najaar van 2027'],
  ])('"%s" still gives the time people took part', (text, phrase) => expect(when(text)).toContain(phrase));
});

describe('wie: a named group, the households at addresses, and the initiatiefnemer who only runs it', () => {
  const wie = (text: string): boolean => readSectionText(text).elements.wie;
  it.each([
    'Werkgroep Groen Eext is in mei geraadpleegd over de nieuwe bomen.',
    'We hebben een brief gestuurd aan de 80 adressen aan de Kanaalweg over de nieuwe inrit.',
  ])('"%s" names who took part', (text) => expect(wie(text)).toBe(true));

  it('the initiatiefnemer alone, who ran the participation, names nobody who took part', () => {
    expect(wie('De initiatiefnemer heeft de participatie gedaan. Het verslag staat in bijlage 4.')).toBe(false);
  });
});

describe('informed, and "geen andere participatie": the lowest rung, not a section without participation', () => {
  it('"… per brief geïnformeerd. Geen andere participatie." is informeren', () => {
    const r = readSectionText('Omwonenden van het sportpark zijn per brief geïnformeerd over de nieuwe verlichting. Geen verdere participatie.');
    expect(r.kind).not.toMatch(/^geen/);
    expect(r.elements.wie).toBe(true);
    expect(r.guess?.level).toBe('informeren');
  });
});

describe('wanneer and wat gedaan: a meeting by another name, a body set up, advice expected, the letter that informed', () => {
  const read = (text: string) => readSectionText(text).evidence;
  it.each([
    ['Van maart tot mei waren er drie buurtcafés over het nieuwe speelveld.', 'maart'],
    ['Een commissie van vijf bewoners beoordeelt de aanvragen. De commissie is in februari 2027 ingesteld.', 'in februari 2027'],
    ['De cliëntenraad wordt om advies gevraagd. Het advies verwachten we eind maart.', 'eind maart'],
    ['De bewoners van de Lindelaan zijn per brief geïnformeerd over de kap (brief van 2 september 2026).', '2 september 2026'],
    ['In de zomer van 2026 hebben we rondgevraagd bij de gebruikers van de bibliotheek.', 'zomer van 2026'],
  ])('"%s" gives the time of taking part', (text, phrase) => {
    const e = read(text);
    expect(e.wanneer).toContain(phrase);
    expect(e.watGedaan).toBeDefined();
  });

  it('a raadsinformatiebrief keeps its own date', () => {
    expect(read('De raad is geïnformeerd met de raadsinformatiebrief van 4 mei 2026.').wanneer).toBeUndefined();
  });
});

describe('no participation: more ways to say it, and a part left out of participation that did happen', () => {
  it.each([
    'Participatietraject: niet gevolgd, want de provincie bepaalt de route.',
    'Huurders zijn niet gevraagd om mee te denken, want het gaat om groot onderhoud zonder keuzes.',
    'Er is niet met de ondernemers gesproken. De wijziging is puur administratief.',
  ])('"%s" is no participation with a reason', (text) => expect(kind(text)).toBe('geen-met-reden'));

  it.each([
    'In april hielden we drie avonden met bewoners. De scholen zijn niet apart gesproken, maar konden ook naar de avonden komen.',
    'Omwonenden konden op de inloopavond van 4 juni reageren. Over de plek zelf is niet met hen gesproken, omdat die al vastlag.',
  ])('"%s" describes participation', (text) => expect(kind(text)).not.toMatch(/^geen/));

  it.each([
    // Talks held for an earlier plan, or only still to come, are no taking part for this proposal.
    'We hebben geen participatie georganiseerd. De herinrichting is in 2024 met de buurt besproken; dit voorstel regelt alleen het krediet.',
    'Hebben bewoners meegepraat? Nee.\nWaarom niet? Het gaat om de jaarlijkse aanpassing van de tarieven.',
  ])('"%s" stays no participation', (text) => expect(kind(text)).toBe('geen-met-reden'));
});

describe('no participation: the verb before the people, no say had, no meeting held, a subject that does not lend itself', () => {
  it.each([
    'We betrekken de huurders hier niet bij: het gaat om een interne werkinstructie.',
    'Ondernemers hadden geen inbreng, omdat de wet de hoogte van de leges voorschrijft.',
    'Er is geen inloopavond of enquête gehouden; dit is een administratieve wijziging.',
    'Dit onderwerp leent zich niet voor participatie, want er valt niets te kiezen.',
  ])('"%s" is no participation with a reason', (text) => expect(kind(text)).toBe('geen-met-reden'));

  it.each([
    'Omwonenden hadden geen inspraak over de plek. Wel konden zij in juni op een avond meepraten over de inrichting.',
    'Er is geen aparte bijeenkomst georganiseerd, wel een enquête onder de leden van de sportclubs.',
  ])('"%s" describes participation', (text) => expect(kind(text)).not.toMatch(/^geen/));

  it('"wel" with only a letter stays no participation', () => {
    expect(kind('Er is geen participatie. Wel sturen we de omwonenden een brief over de werkzaamheden.')).toBe('geen-zonder-reden');
  });
});

describe('reden: a reason said to be missing is no reason', () => {
  it.each([
    'We hebben geen participatie gedaan voor deze wijziging van de verordening. Er is geen reden gegeven door het vakteam.',
    'Over het kunstwerk op de rotonde hebben we geen inwoners betrokken. Een reden daarvoor is er niet; het is er niet van gekomen.',
    'Geen participatie, zonder opgave van reden.',
    'Participatie: nee\nReden: \nToelichting: ',
  ])('"%s" has no reason', (text) => expect(readSectionText(text).kind).toBe('geen-zonder-reden'));

  it.each(['Geen participatie. Reden: de wet schrijft het besluit precies voor.', 'Er was geen reden om inwoners te betrekken, want de wet bepaalt alles.'])(
    '"%s" keeps its reason',
    (text) => expect(readSectionText(text).kind).toBe('geen-met-reden'),
  );
});
