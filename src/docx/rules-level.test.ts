// Round 4 of the scan rules for the rung, the reason for it, no participation and the heading: one
// test per kind of reading, each with sentences written for this test (not taken from the
// scan-accuracy corpus), so a rule is kept only where it carries over to other writers.
import { describe, expect, it } from 'vitest';
import { guessLevel, readElements, readSectionText } from './classify.ts';
import { isParticipatieHeadingText } from './headings.ts';
import { LEVEL_LEXICON } from './lexicon.ts';

const level = (text: string): string | undefined => guessLevel(text)?.level;

describe('headings: the people in brackets, the gemeente’s part, shared endings, a companion term', () => {
  it.each([
    'Participatie (bewoners en ondernemers)',
    'Participatie (huurders, eigenaren en de wijkraad)',
    'Overheidsparticipatie',
    'Bewoners- en overheidsparticipatie',
    'Betrokkenheid buurtschappen en dorpsbelangen',
    'Inspraak & stakeholdermanagement',
  ])('"%s" opens the Participatie section', (h) => expect(isParticipatieHeadingText(h)).toBe(true));

  it.each(['Participatie nieuwkomers', 'Participatie statushouder'])('"%s" is participation in the sense of integration', (h) =>
    expect(isParticipatieHeadingText(h)).toBe(false),
  );
});

describe('the rung from how people gave their view', () => {
  it.each([
    'De bewoners van de Molenweg konden op de schetsen hun reactie geven.',
    'Op de markt deelden veertig bezoekers hun ervaringen met de nieuwe parkeerautomaten.',
    'In het onderzoek gaven 300 huurders hun oordeel over het onderhoud.',
    'Ouders konden via een online kaart laten weten waar het onveilig oversteken is.',
    'Op een avond in het wijkcentrum konden bewoners de twee varianten beoordelen.',
  ])('"%s" is raadplegen', (text) => expect(level(text)).toBe('raadplegen'));
});

describe('the rung from advice given or taken over', () => {
  it.each([
    'Bewoners konden hun mening geven in een enquête. De seniorenraad heeft ons daarna in een brief van 4 maart uitgebreid geadviseerd.',
    'Het advies van de buurtvereniging nemen we helemaal over.',
    'Het college zegt toe de voorstellen van de bewonersgroep te volgen, tenzij zwaarwegende belangen zich daartegen verzetten.',
    'De ondernemersvereniging heeft bij dit project een adviserende rol.',
  ])('"%s" is adviseren', (text) => expect(level(text)).toBe('adviseren'));
});

describe('the rung from a plan made together', () => {
  it.each([
    'Samen met de huurders hebben we in drie avonden de nieuwe huisregels voor het complex herschreven.',
    'In vier sessies hebben we met elkaar de plattegrond van de speeltuin getekend.',
    'Het beheerplan is opgesteld door bewoners, de scouting en de gemeente samen.',
    'De werkgroep van omwonenden tekent het plan met de architect.',
  ])('"%s" is coproduceren', (text) => expect(level(text)).toBe('coproduceren'));

  it('"opgesteld door de gemeenten samen" names no residents', () =>
    expect(level('Het plan is opgesteld door de vier gemeenten van de regio samen.')).not.toBe('coproduceren'));
});

describe('the rung from who decides', () => {
  it.each([
    'Over de inrichting van het plein beslisten de omwonenden; wij hebben alleen de veiligheid getoetst.',
    'Wat de buurtvereniging koos, voeren we uit.',
    'Binnen het budget lag de keuze helemaal bij de leerlingen.',
    'De gemeente liet de keuze tussen de twee routes aan de bewoners over.',
    'Daarom geven we de dorpsraad de beslissing over de verdeling.',
    'Eerder konden de huurders hun mening geven op een avond. In juni stemde 78% van de huurders in met de renovatie.',
    'Het wijkbudget van de Hoogstraat (€ 30.000 voor 2027 en 2028) wordt verdeeld door de bewoners.',
    'De werkgroep maakt samen met de gemeente twee varianten. Daarna kiezen alle leden van de vereniging in een digitale stemming welke variant er komt.',
    'De scholen (basisschool, middelbare school en de opvang) bepalen zelf waaraan het geld wordt besteed.',
  ])('"%s" is meebeslissen', (text) => expect(level(text)).toBe('meebeslissen'));

  it('"bepaalden zij samen met de ontwerper welke" is made together, not decided alone', () =>
    expect(level('In twee avonden bepaalden zij samen met de ontwerper welke speeltoestellen er komen.')).not.toBe('meebeslissen'));
});

describe('the rung from who runs it', () => {
  it.each([
    'Aanleg en onderhoud van de moestuin doen de buurtbewoners zelf.',
    'De buurtvereniging, die de speelplek daarna zelf beheert, krijgt de grond voor één euro.',
    'De stichting neemt vanaf de zomer van 2027 het beheer, de verhuur en de programmering van de sporthal zelf in handen.',
    'De bewoners willen het plantsoen zelf aanleggen en onderhouden.',
  ])('"%s" is zelfbeheer', (text) => expect(level(text)).toBe('zelfbeheer'));

  it.each(['Het onderhoud doet de gemeente zelf.', 'De gemeente neemt het beheer van het park weer zelf in handen.'])('"%s" keeps the task with the gemeente', (text) =>
    expect(level(text)).not.toBe('zelfbeheer'),
  );
});

describe('the rung denied by the verb after it', () => {
  it('"Meebeslissen over X kan niet" is no meebeslissen', () =>
    expect(level('Op 3 mei houden we een informatieavond over de nieuwe parkeerregels. Meebeslissen over de tarieven kan niet: de raad stelde ze al vast.')).not.toBe('meebeslissen'));
  it('"Reageren was niet gevraagd" is no raadplegen', () =>
    expect(level('De aanvrager heeft de buren een brief met de tekeningen gestuurd. Reageren was niet gevraagd.')).not.toBe('raadplegen'));
  it('"De adviesraad kreeg het rapport ter kennisname" is informeren', () =>
    expect(level('Dit jaarverslag bevat alleen cijfers. De adviesraad heeft het verslag ter kennisname ontvangen.')).toBe('informeren'));
  it('a plan sent to the council "ter kennisname" says nothing about residents', () =>
    expect(level('Het participatieplan komt in juni ter kennisname naar de raad.')).toBeUndefined());
});


const why = (text: string): string | undefined => readElements(text).evidence.niveauWaarom;

describe('the reason for the rung: a justification on the sentence that sets how much say people have', () => {
  it.each([
    // a because on a decision about the say people get
    'Omdat beide varianten binnen het budget passen, liet het college de keuze tussen de twee aan de straat over. De bewoners stemden in april.',
    'De buurtvereniging kreeg de brief ter kennisname. Meer betrokkenheid was niet nodig, want het gaat om een onderhoudsplanning.',
    'De kinderen van groep 8 hebben met een ontwerper samen het schoolplein getekend. We betrekken de kinderen op deze manier, omdat zij er elke dag spelen.',
    'Omdat het hun eigen speeltuin wordt, houden de ouders de regie; de gemeente helpt alleen met de vergunning. De ouders beheren de speeltuin zelf.',
    // a colon after a say held back or ruled out
    'De huurders zijn per brief geïnformeerd over de vervanging van de liften. Inbreng was niet mogelijk: de keuringseisen schrijven de liften voor.',
    'We hebben de ondernemers bewust alleen om hun mening gevraagd: het besluit over de markttijden ligt bij de raad.',
    'Inwoners zijn via de website geïnformeerd over de nieuwe regels voor honden. Meepraten had geen zin: de regels volgen uit een besluit van het waterschap.',
    // "daarom" before an influence sentence: the reason stands just before it
    'Bewoners kiezen in juni uit twee ontwerpen voor het plein. Beide ontwerpen zijn veilig en passen in het budget; daarom kan het college de keuze van de bewoners volgen.',
    // a choice pointed back to, further on
    'De dorpsraad beslist zelf over de verdeling van het leefbaarheidsbudget. De spelregels stelt het college vast. De dorpsraad maakt elk jaar een verslag. We kiezen hiervoor omdat de dorpsraad weet wat er in het dorp speelt.',
    'Samen met zes mantelzorgers hebben we de folder over respijtzorg opnieuw opgesteld. We deden dat samen, omdat mantelzorgers het beste zien waar de tekst onduidelijk is.',
    // the people who know their members, after the rung named
    'Welke invloed? Adviseren. De sportclubs kennen hun leden en de drukte op de velden.',
    // a guide that sets the rung
    'Niveau: raadplegen (volgens de gemeentelijke participatiewijzer).',
  ])('"%s" gives a reason for the rung', (text) => expect(why(text)).toBeDefined());

  it.each([
    // a because on the use of the input, not on the rung
    'Op de inloopavond konden bewoners reageren op het plan. Het plan is niet aangepast, want de raad had de plek al eerder vastgesteld.',
    'Bewoners konden in een vragenlijst hun mening geven over de openingstijden. De meeste bewoners wilden later open. Het college heeft de tijden daarom vastgesteld op 9.00 tot 21.00 uur.',
    // a because on an exception after the colon
    'Daarna gaf de cliëntenraad advies. Het college volgt dat advies, op één punt na: de pilot begint later, omdat de aanbesteding nog loopt.',
    // made together is no reason
    'Het plan is geschreven door een groep van bewoners en ondernemers. Elke alinea is in de groep besproken en samen vastgelegd.',
  ])('"%s" gives no reason for the rung', (text) => expect(why(text)).toBeUndefined());

  it('a numbered "Waarom …" sub-heading labels the reason', () =>
    expect(
      why('#1 Aanpak\nWe vroegen de wijkraad om advies over de speelplekken.\n#2 Waarom adviseren\nDe wijkraad spreekt veel ouders in de wijk.'.replace(/#/g, '')),
    ).toBeDefined());
});

describe('no participation, or only told without a say', () => {
  it('"Is er geparticipeerd? Nee." with a reason is a section without participation', () => {
    const r = readSectionText('Is er geparticipeerd? Nee.\nWaarom niet? Het gaat om de jaarlijkse begroting van de veiligheidsregio.');
    expect(r.kind).toBe('geen-met-reden');
  });
  it('"Participatie: niet aan de orde, omdat …" is a section without participation', () =>
    expect(readSectionText('Participatie: niet aan de orde, omdat het een wettelijke taak is.\nCommunicatie: we publiceren het besluit op de website.').kind).toBe('geen-met-reden'));
  it('people told, only without inspraak, is the informeren rung with its reason', () => {
    const r = readSectionText('De bewoners van de Dorpsstraat zijn in mei per brief geïnformeerd over de afsluiting. Er is geen inspraak, omdat het om een spoedreparatie van de riolering gaat.');
    expect(r.kind).not.toMatch(/^geen/);
    expect(r.guess?.level).toBe('informeren');
    expect(r.elements.niveauWaarom).toBe(true);
  });
  it('"geen participatie" with a letter to inform stays a section without participation', () =>
    expect(readSectionText('Voor dit voorstel is geen participatie gedaan, omdat de wet de tarieven voorschrijft. We informeren inwoners via de website.').kind).toBe('geen-met-reden'));
});

describe('no participation, more ways of saying it and its reason', () => {
  it.each([
    'Nog niet. Eerst moet de raad kiezen tussen de twee locaties.',
    'Nee, begrotingsactualisatie.',
    'De participatie voor de nieuwe wijk is nog niet gestart. Eerst stelt de raad het stedenbouwkundig plan vast; daarna volgt een participatieplan.',
    'Niet gedaan, want het gaat om de uitvoering van een provinciale regeling.',
    'Na de brand moest de school direct worden gesloopt; voor inspraak was geen tijd.',
    'Er zijn geen omwonendne betrokken, omdat het om een herstel van een kaartfout gaat.',
    'De regionale woonagenda is opgesteld door de provincie en de gemeenten. Bewoners zijn hier niet bij betrokken: de agenda bevat alleen afspraken tussen overheden.',
  ])('"%s" has no participation, with a reason', (text) => expect(readSectionText(text).kind).toBe('geen-met-reden'));

  it('one group left out while another took part is participation', () =>
    expect(readSectionText('Na overleg met de huurdersvereniging is gekozen voor renovatie. Omwonenden zijn daar niet bij betrokken.').kind).not.toMatch(/^geen/));
});

describe('who took part: a village body, traders, an organisation of residents', () => {
  it.each([
    ['Dorpsbelang Nieuw-Buinen staat achter het plan.', 'dorpsbelang'],
    ['De marktkooplieden zijn per brief geïnformeerd over de nieuwe indeling.', 'marktkooplieden'],
    ['We spraken met de huurdersorganisatie over de nieuwe huurregels.', 'huurdersorganisatie'],
  ])('"%s" names who took part', (text, who) => expect(readElements(text).evidence.wie).toBe(who));

  it('an online participatieplatform is a tool, not who took part', () =>
    expect(readElements('We werken met een online participatieplatform en een nieuwsbrief.').evidence.wie).toBeUndefined());
  it('"voor dit advies geen participatie" with a message to the wijkraad stays no participation', () =>
    expect(readSectionText('Voor dit advies is geen participatie gedaan. Wel hebben we de wijkraad per mail op de hoogte gebracht van het voorstel.').kind).toMatch(/^geen/));
});

describe('what was done to involve people: talked, discussed, put before them', () => {
  it.each([
    'We hebben met de omwonenden gepraat over de nieuwe schuur.',
    'Met de ondernemersvereniging besproken (juni), geen bezwaren.',
    'Besproken in de vergadering van de wijkraad Oost (april 2026).',
    'We hebben de tekening bij de buren neergelegd; niemand had bezwaar.',
    'In een maandelijks gebruikersoverleg bepalen de clubs de indeling.',
    'Met de wijkagent en een paar bewoners hebben we een buurtschouw gedaan.',
  ])('"%s" says what was done', (text) => expect(readElements(text).elements.watGedaan).toBe(true));

  it.each([
    'De vereniging heeft om de verhoging gevraagd. Het college honoreert de aanvraag.',
    'Betrokken partijen: zie "Overleg gevoerd met".',
    'Stichting Het Anker beheert het clubhuis al tien jaar zelf. Het college betaalt de helft van het nieuwe dak.',
  ])('"%s" says nothing done to involve people', (text) => expect(readElements(text).elements.watGedaan).toBe(false));
});

describe('when: the input arriving, a letter that tells, the taking part itself', () => {
  it.each([
    'We vroegen de seniorenraad om advies over de looproutes. Dat advies kwam op 14 maart.',
    'We vroegen de wijkraad om advies. Het advies van 3 februari 2026 nemen we over.',
    'De buurtvereniging kwam met het idee. Zij hebben een plan geschreven en dat in april 2026 aan de wethouder gegeven.',
    'We informeren de bewoners alleen. Dat doen we via de gemeentelijke nieuwsbrief van november 2026.',
    'Voor de woonvisie is in 2025 breed geparticipeerd.',
    'In 2024 zaten we vaak bij elkaar, soms met de architect erbij.',
    'Bewoners kiezen binnen het budget zelf welke bankjes er komen. Zij maken hun keuze voor 1 juni 2027; het college voert die keuze uit.',
  ])('"%s" says when', (text) => expect(readElements(text).evidence.wanneer).toBeDefined());

  it('the date of a council letter is no time of taking part', () =>
    expect(readElements('We hebben bewoners gesproken. Zie de raadsinformatiebrief van 12 oktober 2026.').evidence.wanneer).toBeUndefined());
});

describe('the rung: mixed rungs in one sentence, what people showed, and what leaves it open', () => {
  it('two rungs named in one sentence: the highest people had counts', () =>
    expect(level('We hielden een enquête en twee ateliers. Op de ladder is dat raadplegen in de enquête en adviseren in de ateliers.')).toBe('adviseren'));
  it('two rungs under a "Niveau:" label: the highest counts', () =>
    expect(level('Participatieniveau: raadplegen (bewoners) en adviseren (de dorpsraden)\nActiviteiten: een enquête en twee avonden met de dorpsraden')).toBe('adviseren'));
  it('people showing where it goes wrong on a walk is raadplegen', () =>
    expect(level('In maart zijn we met een paar bewoners door de wijk gelopen. Ze lieten zien waar het donker en onveilig is.')).toBe('raadplegen'));
  it('ideas shared on a platform is raadplegen', () =>
    expect(level('Op de website hebben 200 inwoners ideeën gedeeld voor het nieuwe park.')).toBe('raadplegen'));
  it('a telephone number for complaints is no input given', () =>
    expect(level('De organisator heeft de omwonenden een brief gestuurd met de data en een telefoonnummer voor klachten.')).toBe('informeren'));
  it('a professional design team is no coproduction', () =>
    expect(level('Bewoners gaven hun ideeën op een inloopavond. Met die ideeën gaat het ontwerpteam in de volgende fase aan de slag.')).toBe('raadplegen'));
  it('a design team of residents is', () => expect(level('Het ontwerpteam bestond uit zes bewoners en de landschapsarchitect.')).toBe('coproduceren'));
  it('partners carrying out part of the actions themselves is no zelfbeheer', () =>
    expect(level('De gemeente en de sportclubs hebben het akkoord samen geschreven. De clubs voeren zelf een deel van de acties uit.')).toBe('coproduceren'));
  it('having talked with the neighbours leaves the rung open', () => expect(level('We hebben met de buren gepraat. Ze vonden het prima.')).toBeUndefined());
});

describe('the level descriptions run in parts, with the same matches as one pattern', () => {
  const sentences = [
    ' de bewoners van de laan kozen binnen het budget van € 40.000 voor een plateau. ',
    ' het wijkbudget (€ 30.000 voor 2027) wordt verdeeld door de bewoners zelf. ',
    ' samen met de huurders hebben we de huisregels herschreven. ',
    ' de stichting neemt vanaf 2027 het beheer zelf in handen. ',
    ' we hebben een enquête gehouden onder 300 inwoners. ',
  ];
  it.each(LEVEL_LEXICON.map((l) => [l.level, l] as const))('%s', (_level, lex) => {
    const whole = new RegExp(lex.described.source);
    for (const s of sentences) {
      const a = whole.exec(s);
      const b = lex.described.exec(s);
      expect([b?.index, b?.[0]]).toEqual([a?.index, a?.[0]]);
      expect(lex.described.test(s)).toBe(a !== null);
    }
  });
});

describe('round 4, last readings: advice in the present, a vote with the verb first, a reason pointing back', () => {
  it('"De klankbordgroep adviseert het college" is adviseren', () =>
    expect(level('Bewoners gaven hun mening op een avond. De klankbordgroep adviseert het college over de inrichting.')).toBe('adviseren'));
  it('"In juni stemmen de bewoners over drie ontwerpen" is meebeslissen', () =>
    expect(level('De werkgroep maakt samen met de gemeente drie ontwerpen. In juni stemmen de bewoners over de drie ontwerpen.')).toBe('meebeslissen'));
  it('"De reden hiervoor is dat …" after the rung gives the reason', () =>
    expect(why('We vroegen de wijkraad om advies over de speelplekken. De reden hiervoor is dat de wijkraad de buurt goed vertegenwoordigt.')).toBeDefined());
});

// Round 5: readings of the rung and its why that carry over to new writers, with sentences written for this test.
describe('round 5: the why for the rung, not a colon that describes, nor the frame of a choice', () => {
  it.each([
    // the rung judged by name
    'In drie avonden hebben bewoners en de gemeente samen het plan voor het park getekend. Alleen meepraten was hier te weinig.',
    'Met de huurders schreven we samen het nieuwe reglement. Coproductie lag voor de hand: de huurders wonen er zelf.',
    // the way of working pointed back to
    'De buurtvereniging en de gemeente maken samen het speelplan. We werken zo omdat eerdere plannen zonder de buurt strandden.',
    'Het sportakkoord schrijven we met de clubs. We kiezen ervoor dit samen te doen, omdat de clubs het akkoord zelf moeten uitvoeren.',
    // a formal because ("daar", "aangezien")
    'Wij informeren de huurders per brief over de nieuwe huurprijs. Inspraak is er niet, daar het om een kleine aanpassing gaat.',
    // a right to advise set by law, after the rung named
    'Niveau: adviseren. De seniorenraad heeft wettelijk adviesrecht over deze verordening.',
    // what is fixed, just before the "wel" that gives what is left
    'De plek van de nieuwe school staat al vast. Wel houden we de buurt met een nieuwsbrief op de hoogte.',
    // no room for a say, however long the clause
    'Het rijk wees de locatie aan. De gemeente heeft daarom geen ruimte om omwonenden over de plek te laten meepraten. We informeren de buurt op een avond.',
    // the ladder named
    'We hielden een enquête onder 400 inwoners. Op de ladder is dit raadplegen: de keuzes maakt de raad.',
    // a rule that sets the rung
    'Conform de participatieverordening is gekozen voor het niveau adviseren.',
  ])('"%s" gives a reason for the rung', (text) => expect(why(text)).toBeDefined());

  it.each([
    // a colon after the rung or the activity by name describes what people did
    'Adviseren: de wijkraad schreef in maart een advies van vier kantjes.',
    'Over het ontwerp is inspraak gehouden: van 1 tot 30 juni konden bewoners online reageren.',
    // the frame people choose within
    'Bewoners stemden in mei over drie plannen voor het buurtbudget. De gemeente had de spelregels vooraf vastgelegd: elk plan moet binnen een jaar klaar zijn.',
    'Huurders kiezen zelf welke keuken er komt; het budget per woning ligt vast.',
    // the rule a step followed, without holding the say back
    'Op grond van de participatieverordening is het concept vier weken voor inspraak vrijgegeven.',
    // what people got instead, after the colon
    'Van meebeslissen is geen sprake: de ouders kregen alleen een brief over de nieuwe tijden.',
  ])('"%s" gives no reason for the rung', (text) => expect(why(text)).toBeUndefined());

  it('"Van meebeslissen is geen sprake" denies the rung', () =>
    expect(level('Van meebeslissen is geen sprake: de ouders kregen alleen een brief over de nieuwe tijden.')).not.toBe('meebeslissen'));
  it('"Ladder:" labels the rung, and names no why', () =>
    expect(readElements('Betrokken: de wmo-raad\nVorm: gevraagd schriftelijk advies\nLadder: adviseren').evidence.niveauWaarom).toBeUndefined());
});

describe('round 5: the rung from what people did, said at any length', () => {
  it.each([
    // a view of their own, expressed in any words
    'Op de braderie konden bezoekers hun wensen voor het nieuwe marktplein kenbaar maken.',
    'Tijdens de wandeling gaven de bewoners hun opvattingen over de verlichting.',
    'Via een digitale kaart konden inwoners hun voorkeur voor de nieuwe fietsroute intekenen.',
    'De huurders hebben hun ideeën voor de binnentuin ingebracht op twee avonden.',
    'We hebben de ouderraad om zijn mening over het schoolplein gevraagd.',
    'De conceptvisie lag in mei zes weken ter reactie in het gemeentehuis.',
    'De vissers zijn op 4 april gehoord over de nieuwe ligplaatsen.',
    'Op de avond spraken twaalf omwonenden in, de meesten tegen de nieuwe flat.',
  ])('"%s" is raadplegen', (text) => expect(level(text)).toBe('raadplegen'));

  it('objections raised unasked leave the rung open', () =>
    expect(level('Op de informatieavond hebben de buren hun bezwaren kenbaar gemaakt.')).toBeUndefined());

  it('"het college vroeg om advies, omdat …" is adviseren with its why', () => {
    const text = 'Het college vroeg de sportraad om advies over de verdeling van de velden, omdat de clubs de velden elke dag gebruiken.';
    expect(level(text)).toBe('adviseren');
    expect(why(text)).toBeDefined();
  });

  it.each([
    'De leerlingen van de twee scholen aan de Dorpsstraat stemden in de laatste week van mei over het ontwerp.',
    'De huurders van de drie flats aan de Parklaan kozen in een digitale stemming welke gevel er komt.',
    'De bewoners van de Oude Wijk hebben in hun jaarvergadering zelf de verdeling van het budget bepaald.',
    'De speelplek met de glijbaan won met 58% van de stemmen.',
    'De boom komt terug; de bewoners mochten zelf de soort kiezen.',
  ])('"%s" is meebeslissen', (text) => expect(level(text)).toBe('meebeslissen'));

  it.each([
    'De adviesraad adviseert om de ouders zelf te laten kiezen welke school hun kind bezoekt.',
    'De wijkraad vindt dat bewoners dan niet meer kunnen kiezen.',
  ])('"%s" is no meebeslissen', (text) => expect(level(text)).not.toBe('meebeslissen'));

  it.each([
    'De visie voor het dorpsplein maken we in 2027 met bewoners en de ondernemersvereniging samen.',
    'De agenda is opgesteld door de huurders, de corporatie en de gemeente samen.',
    'De sportclubs, de scholen en de gemeente hebben samen de ambities van het akkoord bepaald.',
  ])('"%s" is coproduceren', (text) => expect(level(text)).toBe('coproduceren'));

  it.each([
    'Het beheer van de volkstuinen gaat over naar de tuinvereniging.',
    'Vanaf 2027 beheert de stichting het dorpshuis.',
    'De buren leggen de geveltuinen aan en houden ze daarna zelf bij.',
    'De speeltuinvereniging organiseert de activiteiten in de speeltuin voortaan zelf.',
  ])('"%s" is zelfbeheer', (text) => expect(level(text)).toBe('zelfbeheer'));

  it('"we organiseren de avond zelf" keeps the task with the gemeente', () =>
    expect(level('We organiseren de avond voor de buurt zelf.')).not.toBe('zelfbeheer'));
});

describe('round 5: a because in another clause, or in what was advised, is no why for the rung', () => {
  it.each([
    'Op de avond konden bewoners hun mening geven over de varianten, en daar stuitte de hoge dijk op weerstand omdat het zicht verdwijnt.',
    'De jongerenraad heeft geadviseerd om de skatebaan niet bij de school te leggen, omdat het daar te druk is.',
  ])('"%s" gives no reason for the rung', (text) => expect(why(text)).toBeUndefined());
});

describe('round 5: a because that points to a purpose, a wish turned down or the frame of a vote', () => {
  it.each([
    // the purpose of asking at all
    'We wilden weten hoe ouders de nieuwe schooltijden ervaren. Daarom vroegen we 300 ouders naar hun mening.',
    // a wish turned down, pointed back to
    'In een vragenlijst gaven 90 bewoners hun mening over de markt. De kramers wilden een extra marktdag; dat doen we niet, omdat de straat dan te vaak dicht is.',
    // a threshold set beforehand is the frame of the vote
    'In mei stemde 74% van de bewoners in met de nieuwe inrichting. De raad heeft eerder besloten dat het plan alleen doorgaat bij een meerderheid.',
  ])('"%s" gives no reason for the rung', (text) => expect(why(text)).toBeUndefined());

  it('"Wel gaven de verenigingen een advies" is adviseren', () =>
    expect(level('De keuze maakt de raad. Wel gaven de scoutinggroepen in maart een advies over de locatie.')).toBe('adviseren'));
  it('"Wij gaven de bewoners advies" is the gemeente advising, no rung', () =>
    expect(level('Wij gaven de bewoners in maart advies over isolatie.')).not.toBe('adviseren'));
});

describe('round 5: rungs the author labels per group, a rung set aside, the ladder listed', () => {
  it('rungs in brackets per group across sentences: the highest counts', () =>
    expect(level('Omwonenden kregen een brief (informeren). De ondernemers gaven in een enquête hun mening (raadplegen). De wijkraad schreef een advies (adviseren).')).toBe('adviseren'));
  it('several sentences under "Welke invloed?": the highest counts', () =>
    expect(level('Welke invloed?\nOuders kunnen reageren op het concept (raadplegen). De ouderraad en de leerlingenraad adviseren.')).toBe('adviseren'));
  it('a rung set aside with "niet voor" is not the rung', () =>
    expect(level('De cliëntenraad heeft op ons verzoek advies uitgebracht. We kozen voor een adviesvraag en niet voor een brede raadpleging.')).toBe('adviseren'));
  it('the ladder listed is not the rung', () =>
    expect(level('We kozen de trede meepraten van onze eigen ladder (meeweten, meedenken, meepraten, meebeslissen). Inwoners gaven ons advies over de regels.')).toBe('adviseren'));
  it('a rung that would raise hopes is not the rung', () =>
    expect(level('De dorpsraad gaf advies over de route. Meebeslissen zou verwachtingen wekken die we niet waar kunnen maken.')).toBe('adviseren'));
  it('a rung judged too little is not the rung', () =>
    expect(level('De huurders gaven advies over de tuin. Alleen informeren vonden we te weinig.')).toBe('adviseren'));
  it('people writing along is coproduceren', () =>
    expect(level('Voor het nieuwe jeugdplan laten we vier jongeren meeschrijven aan elk hoofdstuk.')).toBe('coproduceren'));
  it('a choice of form with its because is the why, not a use of the input', () =>
    expect(why('De ouderraad heeft advies uitgebracht over de regels. We kozen voor een adviesvraag en niet voor een enquête, omdat de regels vooral de ouders raken.')).toBeDefined());
});

describe('round 5: informing as the rung, said as a limit or a reasoned choice', () => {
  it('participation limited to a letter is informeren, with its because', () => {
    const text = 'De inspraak is beperkt gebleven tot een informatiebrief aan de buren, omdat de provincie de route al heeft vastgesteld.';
    expect(level(text)).toBe('informeren');
    expect(why(text)).toBeDefined();
  });
  it('"Daarom informeren we" after earlier talks is informeren', () =>
    expect(level('Vorig jaar gaven de leden hun mening over de sluiting van de bibliotheek; de raad heeft toen besloten. Daarom informeren we de leden nu over de datum.')).toBe('informeren'));
  it('a letter received, with the people named at length, is informeren', () =>
    expect(level('Na het besluit ontvangen de omwonenden van de Kade een brief over de werkzaamheden.')).toBe('informeren'));
});
