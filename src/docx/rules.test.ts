// One test per kind of rule the scan reads hand-written sections by, each with sentences written
// for this test (not taken from the scan-accuracy corpus): a rule must carry over to how other
// civil servants write the same thing.
import { describe, expect, it } from 'vitest';
import { guessLevel, readElements, readSectionText } from './classify.ts';
import { isParticipatieHeadingText } from './headings.ts';
import { timeCue } from './lexicon.ts';

const kind = (text: string): string => readSectionText(text).kind;

describe('no participation, said in other words, with its reason', () => {
  it.each([
    'Er zijn geen inwoners betrokken, omdat het om een technische aanpassing van de verordening gaat.',
    'Wij hebben ervoor gekozen geen omwonenden te betrekken, aangezien de provincie de kaders volledig vastlegt.',
    'Participatie is bij deze wijziging niet opportuun: het betreft de uitvoering van een landelijke regeling.',
    'Nee, want de hoogte van de bijdrage volgt uit de cao.',
    'Nee. Het voorstel regelt alleen de jaarlijkse indexering van de tarieven.',
    'Wij hebben afgezien van participatie, omdat de raad hierover vorig jaar al besloot.',
    'Van participatie is geen sprake, want het gaat om een uitspraak van de rechter die we uitvoeren.',
  ])('"%s" has no participation, with a reason', (text) => expect(kind(text)).toBe('geen-met-reden'));

  it.each([
    ['Geen participatie: de raad besliste hier al in 2024 over.', 'de raad besliste hier al in 2024 over'],
    ['Er is geen participatie gedaan; het is een herhaling van de procedure van 2023.', 'het is een herhaling van de procedure van 2023'],
    ['Geen participatie, dit is puur een financiële afwikkeling.', 'dit is puur een financiële afwikkeling'],
    ['Niet van toepassing. Dit voorstel regelt de overdracht van een pand aan de provincie.', 'dit voorstel regelt de overdracht van een pand aan de provincie'],
  ])('"%s" gives its reason in a clause of its own', (text, reden) => {
    const r = readSectionText(text);
    expect(r.kind).toBe('geen-met-reden');
    expect(r.evidence.reden).toBe(reden);
  });

  it.each([
    'Geen, het gaat om het rechtzetten van een verschrijving in de legesverordening.',
    'Participatie is bij een besluit over een handhavingsverzoek volgens de Awb niet mogelijk.',
    'Is inspraak toegepast? Nee.\nWaarom niet? De raad heeft de hoofdlijnen in 2025 al vastgesteld.',
    'Omdat de buurt in 2024 al uitgebreid heeft meegepraat over het parkeerplan, is nu niet opnieuw participatie georganiseerd.',
    'Participatie heeft niet plaatsgevonden. Het betreft een wettelijke verplichting.',
    'Bij dit voorstel is niemand betrokken, omdat het om een interne reorganisatie gaat.',
    'Nee, dit is een jaarlijkse actualisatie.',
  ])('"%s" says no participation in the form of a short answer or a longer clause', (text) => expect(kind(text)).toBe('geen-met-reden'));

  it('does not take a long sentence about informing people for a reason', () =>
    expect(kind('Geen participatie. Wel krijgen alle bewoners van de drie flats aan de Parkweg in maart een brief over de werkzaamheden.')).toBe('geen-zonder-reden'));

  it('reads "meepraten was niet aan de orde" as a rung, not as a section without participation', () =>
    expect(kind('De wijkraad is in april bijgepraat over de plannen; meepraten was niet aan de orde.')).not.toMatch(/^geen/));

  it.each(['Er is bij dit voorstel geen participatie gedaan.', 'Geen participatie. We informeren inwoners via de website.'])('"%s" gives no reason', (text) =>
    expect(kind(text)).toBe('geen-zonder-reden'),
  );

  it('does not take a section where people did take part for one without', () => {
    expect(kind('Brede participatie was niet mogelijk. Wel is het plan besproken met de dorpsraad van Stramproy.')).not.toMatch(/^geen/);
  });
});

describe('planned or done, and an empty label', () => {
  it.each([
    'In januari start een online enquête onder inwoners van het centrum.',
    'Omwonenden worden in het voorjaar uitgenodigd voor een bijeenkomst over de brug.',
    'De eerste werksessie met de dorpsraad vindt na de zomer plaats.',
  ])('"%s" is planned: Dutch often writes the future in the present tense', (text) => expect(kind(text)).toBe('gepland'));

  it('reads "Terugkoppeling: n.v.t." as one empty element, not as a section without participation', () => {
    const r = readSectionText('We spraken in mei met de ondernemers van de Markt over de terrassen.\nTerugkoppeling: n.v.t.');
    expect(r.kind).toBe('uitgevoerd');
    expect(r.elements.terugkoppeling).toBe(false);
    expect(r.elements.watGedaan).toBe(true);
  });
});

describe('the rung described instead of named', () => {
  it.each([
    ['Tijdens de inloopavond konden omwonenden hun vragen stellen aan de projectleider.', 'informeren'],
    ['We brengen de buurt per brief op de hoogte van de werkzaamheden aan de kade.', 'informeren'],
    ['Omdat het besluit al vastligt, kiezen we ervoor de buurt alleen te informeren via een bewonersbrief.', 'informeren'],
    ['Via een reactieformulier op de website kwamen 85 reacties binnen op het conceptplan.', 'raadplegen'],
    ['Op de bewonersavond vonden de meeste aanwezigen dat de bomen moeten blijven staan.', 'raadplegen'],
    ['Tussen 1 en 15 mei konden fietsers op een digitale kaart aangeven waar het fietspad slecht is.', 'raadplegen'],
    ['De seniorenraad heeft het concept gelezen en gaf in juni schriftelijk commentaar op de toegankelijkheid.', 'adviseren'],
    ['Het jongerenpanel deed na drie bijeenkomsten vijf aanbevelingen aan het college.', 'adviseren'],
    ['Het concept gaat in maart voor advies naar de adviesraad sociaal domein.', 'adviseren'],
    ['Niet de gemeente maar de wijkraad heeft het advies opgesteld; het college neemt het advies over.', 'adviseren'],
    ['Het speelplan is opgesteld in samenwerking met de ouders en de leerlingen van De Springplank.', 'coproduceren'],
    ['De wijkvisie is geschreven door een schrijfgroep met zes bewoners en twee ondernemers.', 'coproduceren'],
    ['Binnen het budget van € 50.000 en de eisen voor veiligheid beslisten de buurtbewoners over de inrichting van het plein.', 'meebeslissen'],
    ['In oktober kozen de bewoners van de Hoogstraat zelf de nieuwe bestrating; het college volgt hun keuze.', 'meebeslissen'],
    ['Na een stemming onder 230 huishoudens won het ontwerp met de meeste bomen.', 'meebeslissen'],
    ['Vanaf 2027 neemt de buurtvereniging het dagelijks onderhoud van de moestuin over.', 'zelfbeheer'],
    ['Het plan is gezamenlijk met de dorpsraad uitgewerkt.', 'coproduceren'],
    ['Na twee avonden hebben de bewoners gekozen voor variant B.', 'meebeslissen'],
    ['Het buurtbudget wordt verdeeld door de bewoners zelf.', 'meebeslissen'],
  ])('"%s" -> %s', (text, level) => expect(guessLevel(text)?.level).toBe(level));

  it.each([
    // Only told, said in the words of other writers.
    ['Tijdens de dorpsavond kon de dorpsraad vragen stellen over de planning.', 'informeren'],
    ['De ondernemers zijn in mei bijgepraat over de nieuwe markt; meedenken over de indeling was niet mogelijk.', 'informeren'],
    ['De huurders hebben niet meegepraat, omdat de renovatie wettelijk verplicht is.', 'informeren'],
    ['Na het besluit sturen we de bewoners een brief over de nieuwe parkeerregels.', 'informeren'],
    ['We informeren de huurders alleen. Er valt niets te kiezen: de liften moeten worden vervangen.', 'informeren'],
    // Asked for their view, in other word orders.
    ['We hebben de leden van de tennisclub in april via een formulier om hun reactie gevraagd op de nieuwe baanindeling.', 'raadplegen'],
    ['We hebben de scholieren van het Stedelijk College in mei 2026 gevraagd wat zij van de nieuwe fietsenstalling vinden.', 'raadplegen'],
    ['Bij een wandeling door de wijk wezen bewoners ons op kapotte lantaarns.', 'raadplegen'],
    ['De jongeren gaven in een sessie hun ideeen voor de hangplek.', 'raadplegen'],
    ['Tot 1 juni konden buurtbewoners via een online kaart hun ideeën achterlaten.', 'raadplegen'],
    // The highest rung people had: questions and reactions.
    ['Tijdens de informatieavond konden bewoners vragen stellen en reageren op het ontwerp.', 'raadplegen'],
    // A vote with its result.
    ['De bewoners van de Lindenlaan hebben met 62 procent gekozen voor variant A.', 'meebeslissen'],
    // Chose within conditions, or chose and the choice is carried out.
    ['De bewoners van het Hof hebben zelf, binnen de voorwaarden van de gemeente, gekozen welke bomen er komen.', 'meebeslissen'],
    ['Binnen de voorwaarden van het college hebben de ouders de speeltoestellen gekozen.', 'meebeslissen'],
    ['De buurtbewoners kozen voor een wadi in het plantsoen. Die wadi leggen we in het najaar aan.', 'meebeslissen'],
    // Management handed over.
    ['Met dit besluit worden het beheer en het onderhoud van de moestuin aan de buurtvereniging overgedragen.', 'zelfbeheer'],
  ])('"%s" -> %s (as other writers put it)', (text, level) => expect(guessLevel(text)?.level).toBe(level));

  it.each([
    // A walk-in evening alone may only inform.
    'Op 3 juni houden we een inloopavond voor omwonenden over de nieuwe school.',
    // What people said in talks fits several rungs.
    'Met de winkeliers zijn gesprekken gevoerd. Zij gaven aan dat het plein vaak te vol staat.',
  ])('"%s" leaves the rung open too', (text) => expect(guessLevel(text)).toBeUndefined());

  it.each([
    // No way of taking part is told, so no rung either.
    'De mening van de bewoners is meegenomen.',
    'De dorpsraad is op de hoogte van het plan.',
    // A sounding board or a council that talks along fits several rungs.
    'Met de klankbordgroep zijn vier gesprekken gevoerd; de leden hadden veel opmerkingen over de route.',
    // People writing to the gemeente are not being informed.
    'De bewoners stuurden in mei een brief aan de wethouder over de bomen.',
    // An invitation to think along is not informing as the rung.
    'Alle bewoners kregen een brief met een uitnodiging om mee te denken over de nieuwe speeltuin.',
  ])('"%s" leaves the rung open', (text) => expect(guessLevel(text)).toBeUndefined());
});

describe('the reason for the rung, also without "omdat" in the same sentence', () => {
  it.each([
    'Bewoners konden hun mening geven (raadplegen). De ruimte om te kiezen was klein, doordat de provincie de route bepaalt.',
    'We gaan het plan samen met de buurt maken (coproduceren). Dat doen we omdat bewoners zelf het beste weten wat de wijk nodig heeft.',
    'Vanaf mei beheert de tennisclub het park zelf. Het college stemt hiermee in, omdat de club het onderhoud al jaren goed doet.',
    'We maken het wijkplan samen met de bewoners (coproduceren). In maart zijn er drie avonden. Het gezamenlijke plan is leidend, omdat de bewoners er zelf mee moeten leven.',
  ])('"%s" gives a reason', (text) => expect(readElements(text).elements.niveauWaarom).toBe(true));

  it.each([
    // The choice was not the gemeente's to give away, said without "omdat", right after the rung.
    'We hebben gekozen voor het niveau raadplegen. De route ligt grotendeels vast in het provinciale inpassingsplan.',
    'Niveau: informeren. Het gaat om de uitvoering van een Europese richtlijn.',
    // What the gemeente wanted to learn.
    'Voor deze trede (raadplegen) is gekozen. De gemeente wilde eerst horen hoe ondernemers de bereikbaarheid ervaren.',
    // Why their plans are taken over.
    'Met de dorpsraad maakten we samen het dorpsplan (coproduceren). In maart waren er drie avonden. Er kwamen 40 mensen. Het college neemt de gezamenlijke plannen over, omdat de dorpsraad het dorp het beste kent.',
    'De huurders adviseren de corporatie over de renovatie (adviseren). Zij zien zelf wat het complex nodig heeft.',
    // Choosing a form named in other words.
    'De cliëntenraad krijgt het concept in mei voor advies. We kiezen voor advies, omdat de raad de ervaring van cliënten meebrengt.',
    // More influence was not possible, and who decides instead.
    'Bewoners konden hun mening geven (raadplegen). Meer was niet mogelijk, want de provincie bepaalt de route.',
    'Het niveau is informeren. De maatregel volgt rechtstreeks uit de wet.',
    'We kozen voor raadplegen. De gemeenteraad heeft de hoofdlijnen al vastgesteld; alleen de uitwerking is nog open.',
    // How much their advice weighs, and why.
    'De jongerenraad adviseert over het plan (adviseren). De jongeren zijn de gebruikers van het park; hun advies weegt daarom zwaar.',
    // The reason first, then the rung in other words.
    'Omdat het om een wettelijke taak gaat, hebben we de bewoners alleen geïnformeerd.',
    // Leaving the choice to them, and why.
    'De buurt beslist zelf over de inrichting (meebeslissen). Het gaat om hun eigen straat, daarom leggen we de keuze bij hen.',
  ])('"%s" gives a reason in the words of other writers', (text) => expect(readElements(text).elements.niveauWaarom).toBe(true));

  it.each([
    'We hielden een enquête (raadplegen). Omdat het regende kwamen er weinig mensen naar de avond.',
    'We hielden een enquête (raadplegen). Daarom komt er een extra container bij de school.',
    // The kaders listed after a colon are what people choose within, not why.
    'De buurt koos binnen de kaders (meebeslissen). De raad gaf de kaders mee: maximaal € 80.000 en een veilige oversteek.',
    // A reason for a choice in the plan, not for the rung.
    'Bewoners konden hun mening geven (raadplegen). Er wordt gekozen voor grijze klinkers, omdat veel bewoners daarom vroegen.',
    // A reason for the one exception, after a colon.
    'Samen met de buurt schreven we het plan (coproductie). Het college neemt het plan over, op één punt na: de brug kan niet, omdat het waterschap geen vergunning geeft.',
    // A because in a sentence whose rung is only guessed from a word in it.
    'We spraken in maart met bewoners over het park. Met de opmerkingen over het groen hebben we niets gedaan, omdat het budget op is.',
    // Why this one advice is taken over, not why this rung.
    'De ondernemers gaven advies (adviseren). Het college neemt het advies over omdat het past binnen het budget.',
    // A name before a colon.
    'Speelbudget West: kinderen bepalen zelf aan welke toestellen het geld gaat (meebeslissen).',
  ])('"%s" gives no reason for the rung', (text) => expect(readElements(text).elements.niveauWaarom).toBe(false));
});

describe('who took part, named by a board', () => {
  it('reads school boards as named', () => expect(readElements('Het huisvestingsplan is samen met de schoolbesturen opgesteld.').elements.wie).toBe(true));
});

describe('what was done to involve people, in other words', () => {
  it.each([
    'We gingen langs de deuren in de Molenstraat.',
    'We belden de twaalf ondernemers aan het plein.',
    'Op de weekmarkt stond een kraam van de gemeente.',
    'Op het schoolplein zijn leerlingen door jongerenwerkers bevraagd.',
    'De eigenaren van de panden zijn persoonlijk benaderd.',
  ])(
    '"%s" tells what was done',
    (text) => expect(readElements(text).elements.watGedaan).toBe(true),
  );
});

describe('what was done with the input, concrete or vague', () => {
  it.each([
    'Op de inloopavond vroegen veel ouders om een veilige oversteek bij de school. Daar komt nu een zebrapad met verkeerslichten.',
    'Een blauwe zone, waar enkele ondernemers om vroegen, voeren we niet in: de parkeerdruk is daarvoor te laag.',
    'Hondenbezitters wilden een groter uitrengebied; omwonenden klaagden over geluid. We verplaatsen het uitrengebied naar de rand van het park.',
    'Twee eigenaren hadden bezwaar tegen de hoogte van de loods. De aanvrager heeft de loods daarop een meter lager gebouwd.',
    'In de reactienota staat per zienswijze wat we ermee hebben gedaan.',
    'De stichting deed een beroep op het uitdaagrecht. Het college stemt in met het verzoek van de stichting.',
    // "Meenemen in het ontwerp" alone only weighs the advice (see round 3 below); taking it over says what was done.
    'We nemen het advies van de jongerenraad over in het definitieve ontwerp.',
    'Omwonenden vroegen om minder parkeerplaatsen aan de voorkant. In het definitieve ontwerp liggen de parkeerplaatsen achter het gebouw.',
    'Het college neemt het ontwerp van het bewonersteam integraal over.',
  ])('"%s" says what was done', (text) => expect(readElements(`We hielden een bewonersavond. ${text}`).elements.watMetInbreng).toBe(true));

  it.each([
    // A promise or a decision to take it over.
    'De ontwikkelaar heeft toegezegd dat de bouwkeet niet aan de kant van de school komt.',
    'Het college heeft bij de start toegezegd het wijkplan van de bewoners over te nemen.',
    'Het college legt het ontwerp van de werkgroep ongewijzigd aan de raad voor.',
    'Het college neemt het buurtplan over zolang het binnen het budget past.',
    // Their choice carried out.
    'Wat de jongerenraad kiest, voert de gemeente uit.',
    'Het college voert hun keuze in 2027 uit.',
    // The input as the reason for the change, after it.
    'Het bankje komt bij de vijver, omdat ouderen daar graag willen zitten.',
    // The change in the sentence after the wish, in other words than the wish.
    'Veel ouders misten een plek voor peuters. Er komen twee klimrekken en een zandbak bij het speelveld.',
    'Omwonenden vonden de parkeerplaatsen te dicht bij de ingang. Voortaan parkeren bezoekers achter het gebouw.',
    'De buurt vroeg om meer groen. Beide bomenrijen zitten nu in het ontwerp.',
    'Bewoners wilden een fietsenstalling en een bankje. We leggen beide aan.',
    'Een hondenveld, dat in de gesprekken ter sprake kwam, leggen we niet aan: daar is geen plek voor.',
    'Ouders vinden de oversteek bij de school gevaarlijk. In het nieuwe verkeersplan staat nu een zebrapad met een drempel.',
    'De bewoners uitten hun zorg over sluipverkeer. Naar aanleiding daarvan komt er een knip in de Dorpsstraat.',
    'De opmerking van de seniorenraad over de leesbaarheid is verwerkt: de folder is nu in grotere letters.',
    'Bewoners meldden kapotte stoeptegels bij het winkelcentrum. Die stoeptegels zijn inmiddels vervangen.',
    'De bewoners van de Lindenlaan hebben met 62 procent gekozen voor variant A. Het college voert die variant uit.',
    'Bewoners vroegen om een lagere snelheid. Vanaf 2027 geldt in de hele wijk 30 km per uur.',
    // Their choice carried out in the next sentence.
    'De buurtbewoners kozen voor een wadi in het plantsoen. Die wadi leggen we in het najaar aan.',
    // Turned down, and followed with words in between.
    'Bewoners vroegen om een zebrapad. Dat verzoek wijzen we af, omdat de weg te breed is.',
    'Het advies van de klankbordgroep over de inrichting is grotendeels gevolgd.',
    // Nothing done with it, and why: that is what was done with it.
    'Met de opmerkingen over het groen hebben we niets gedaan, omdat het budget op is.',
    // Under a label that asks what was done with it.
    '\nWat doen we ermee\nDe zebra bij de school komt er in 2027.',
  ])('"%s" says what was done, in the ways other writers put it', (text) =>
    expect(readElements(`We hielden een bewonersavond. ${text}`).elements.watMetInbreng).toBe(true),
  );

  it.each([
    'De reacties van de bewoners zijn meegenomen.',
    'Alle inbreng is zorgvuldig meegenomen in de afweging.',
    'Wat met de ideeën gebeurt, bepalen we in de volgende fase.',
    'Hoe we de wensen gebruiken, laten we in mei per mail weten.',
    'Na het besluit bespreken we met de groep hoe hun ideeën in het plan zijn verwerkt.',
    'De reacties zijn verwerkt in een verslag.',
    'De resultaten van de enquête zijn gebruikt voor een verslag.',
    'Het college heeft het advies van de jeugdraad gevraagd over het jongerenbeleid.',
    // People taking over a task is zelfbeheer, not the gemeente taking over what they said.
    'Vanaf januari neemt de buurtvereniging het onderhoud van de speeltuin over.',
    // A hedge makes a general use vague.
    'Alle inbreng is zo goed mogelijk verwerkt in de nota.',
    'Hun ideeën zijn waar mogelijk meegenomen in de verdere uitwerking.',
    // A general use still to come.
    'De uitkomsten worden gebruikt bij het opstellen van het bestek.',
    // The request that started the plan.
    'Het plan is opgesteld op verzoek van de dorpsraad.',
    // No input, and the reason for the rung.
    'Gezien de wettelijke termijnen was er geen ruimte voor inbreng; daarom kozen we voor informeren.',
    // A pointer to a document.
    'Hoe we met de reacties omgaan, staat in de reactienota.',
    // Publishing the plan answers no wish.
    'Verenigingen konden hun wensen voor de regeling geven. De regeling wordt na vaststelling in het gemeenteblad gepubliceerd.',
    // A promise to inform.
    'We hebben toegezegd de bewoners op de hoogte te houden.',
    // Getting to work with it says nothing of what.
    'Met de uitkomsten gaan we aan de slag.',
    // People who manage it themselves decide for themselves; nothing of theirs is taken over.
    'De stichting heeft het beheer van de speeltuin overgenomen. Zij bepalen zelf wat er in de speeltuin gebeurt.',
  ])('"%s" does not say it yet', (text) => expect(readElements(`We hielden een bewonersavond. ${text}`).elements.watMetInbreng).toBe(false));
});

describe('feedback: the participants hear what happened', () => {
  it.each([
    'Na de zomer krijgen alle deelnemers een e-mail met de uitkomsten en onze keuzes.',
    'De klankbordgroep hoort op de laatste bijeenkomst wat er met haar advies is gedaan.',
    'De wijkraad heeft de lijst met wensen teruggekregen, met bij elke wens wat ermee is gebeurd.',
    'Indieners ontvangen een brief waarin we op hun zienswijze reageren.',
    'Na het besluit zetten we het overzicht met de maatregelen op de projectpagina.',
    'De indieners zijn schriftelijk geïnformeerd over de wijze waarop hun zienswijze is behandeld.',
    'In de Nieuwsbode van 5 juni stond een artikel over wat we met de reacties hebben gedaan.',
    'De projectleider heeft de drie indieners persoonlijk gebeld om het besluit toe te lichten.',
    'Via Facebook hebben we bekendgemaakt welke ideeën zijn uitgevoerd.',
  ])('"%s" counts', (sentence) => {
    const r = readElements(`We spraken in maart met bewoners over het park. ${sentence}`);
    expect(r.elements.terugkoppeling, JSON.stringify(r.evidence)).toBe(true);
  });

  it.each([
    // What we did with it, as the subject in front of the verb.
    'Wat we met de ingevulde kaarten hebben gedaan, hangt sinds mei in het buurthuis.',
    'Hoe het college met de wensen is omgegaan, stond in maart in het huis-aan-huisblad.',
    // Told to a whole part of town, by letter.
    'De gekozen variant is in juni met een bewonersbrief aan de hele wijk gemeld.',
    // A reply document that reaches the people, or answers them.
    'De indieners kregen de reactienota in oktober per post.',
    // Sent to "hun", after they reacted.
    'Na vaststelling sturen we hun een overzicht van de wijzigingen.',
    // The report of the whole participation, named before.
    'De opbrengst staat in het participatieverslag. Iedereen die meedeed, heeft het verslag per mail ontvangen.',
    // Put on the project page, in the present tense.
    'De resultaten van de enquête en onze keuzes staan sinds 1 mei op de projectpagina.',
  ])('"%s" counts too', (sentence) => {
    const r = readElements(`We spraken in maart met bewoners over het park. ${sentence}`);
    expect(r.elements.terugkoppeling, JSON.stringify(r.evidence)).toBe(true);
  });

  it('counts feedback that has not been given yet but is promised', () => {
    const r = readElements('We spraken met de huurdersvereniging. Terugkoppeling aan de deelnemers is er nog niet geweest; dat volgt na het collegebesluit.');
    expect(r.elements.terugkoppeling).toBe(true);
  });

  it.each([
    'Alle deelnemers ontvingen het verslag van de werksessie.',
    'We stuurden een brief aan alle bewoners van de Dreef met een uitnodiging voor de avond.',
    'Iedereen kon tot 1 juni reageren via de website.',
    'Via Facebook hebben we de bijeenkomst aangekondigd.',
    'De wethouder heeft de bewoners bedankt voor hun inzet.',
    'Een terugkoppeling aan de bewoners ontbreekt nog.',
    // Minutes of each meeting, however they are sent.
    'Na iedere avond kregen de aanwezigen een kort verslag.',
    'De verslagen van die gesprekken zijn naar de bewoners gemaild.',
    'Van het overleg met de ondernemers is een verslag gemaakt dat zij ook hebben ontvangen.',
    'Het verslag en de presentatie van de avond zijn via de nieuwsbrief gedeeld.',
    'De bewoners hebben een mail met het verslag gekregen.',
    // News of the next meeting or of the works.
    'We hebben de bewoners bedankt en laten weten dat de tweede avond in mei is.',
    'De bewoners krijgen bericht zodra de aannemer start.',
    // An invitation or a call to take part.
    'Alle huurders kregen een bericht met de vraag of zij in de klankbordgroep willen.',
    // News about the decision, where nothing was said about what the input changed.
    'Inwoners die zich voor de afvalnieuwsbrief hebben aangemeld, ontvangen in december de nieuwe inzamelkalender.',
    'We sturen de ondernemers na het besluit een brief over de nieuwe laadtijden.',
    // A letter among the ways people were asked.
    'Het was een keukentafelgesprek met de naaste buren en een brief aan de overige buren.',
    // A reply document that is only attached to the proposal.
    'Hoe we met de reacties omgaan, staat in de antwoordnota in de bijlage.',
  ])('"%s" does not count', (sentence) => {
    expect(readElements(`We spraken in maart met bewoners over het park. ${sentence}`).elements.terugkoppeling).toBe(false);
  });

  it('reads a "Terugkoppeling" label that says there was none, and a question the section answers itself', () => {
    expect(readElements('We spraken in maart met bewoners over het park.\nTerugkoppeling\nEr is geen aparte terugkoppeling aan de bewoners geweest.').elements.terugkoppeling).toBe(false);
    expect(readElements('We spraken in maart met bewoners over het park. Zijn de bewoners teruggekoppeld? Nog niet.').elements.terugkoppeling).toBe(false);
    expect(readElements('We spraken in maart met bewoners over het park.\nTerugkoppeling: de deelnemers krijgen een uitnodiging voor de opening.').elements.terugkoppeling).toBe(false);
    expect(readElements('We spraken in maart met bewoners over het park. Hoe is teruggekoppeld? Via de wijkkrant lazen de bewoners in mei wat we met hun wensen doen.').elements.terugkoppeling).toBe(true);
  });

  it('finds no feedback where people were only informed: a letter about the decision is more informing', () => {
    const text = 'We hebben de omwonenden alleen geïnformeerd, omdat het plan al vastlag. In december krijgen zij een brief over het besluit.';
    expect(readElements(text).elements.terugkoppeling).toBe(false);
    // Answers to their questions are an answer to them, also after informing.
    expect(readElements('Op de informatieavond konden bewoners vragen stellen. Alle vragen en antwoorden staan nu op de website; bewoners kregen daar een bericht over.').elements.terugkoppeling).toBe(true);
  });
});

describe('a section written as questions and answers', () => {
  it('reads each answer as the element its question asks for', () => {
    const r = readSectionText(
      'Wie zijn betrokken? Ondernemers aan de Markt.\nHoe? Twee gesprekken in februari 2026.\nWat is er met de inbreng gedaan? Zie bijlage.\nHoe is teruggekoppeld? Per brief in juni met de keuzes van het college.',
    );
    expect(r.elements.terugkoppeling).toBe(true);
    // "Zie bijlage" under the question says nothing yet.
    expect(r.elements.watMetInbreng).toBe(false);
    expect(r.evidence.wanneer).toBe('in februari 2026');
  });

  it('reads a "no" as the answer, and a reason asked for with "waarom"', () => {
    expect(readSectionText('Wat gebeurt er met de resultaten? De drie meest genoemde wensen komen in het plan.\nZijn de deelnemers geïnformeerd? Nee.').elements.terugkoppeling).toBe(false);
    expect(readSectionText('Op welke trede? Adviseren.\nWaarom? De seniorenraad kent de doelgroep goed.').elements.niveauWaarom).toBe(true);
  });
});

describe('when: seasons, quarters, weeks and periods', () => {
  it.each([
    ['na de zomer houden we drie inloopavonden', 'na de zomer'],
    ['begin volgend jaar start een online enquête', 'begin volgend jaar'],
    ['in het tweede kwartaal spraken we met ondernemers', 'tweede kwartaal'],
    ['in week 12 lag het ontwerp ter inzage', 'week 12'],
    ['komende maanden praten we met de buurt', 'komende maanden'],
    ['vanaf volgend jaar onderhoudt de vereniging het veld', 'volgend jaar'],
    ['op 12 mrt 2026 was er een inloopavond', '12 mrt 2026'],
    ['in wk 12 hielden we een enquête', 'wk 12'],
    ['rond de jaarwisseling hielden we een peiling', 'rond de jaarwisseling'],
    ['in het najaar van 2026 praten we met de buurt', 'het najaar van 2026'],
  ])('"%s" -> %s', (s, phrase) => expect(timeCue(s)?.phrase).toContain(phrase));

  it.each([
    // A title first, the time of taking part after it.
    ['voor het mobiliteitsplan 2027-2035 hielden we in oktober 2026 een enquête', 'oktober 2026'],
    // The meeting of a council of residents is when the talk took place.
    ['het plan is besproken met de dorpsraad in haar vergadering van 3 juni', '3 juni'],
    // Advice sent in a letter of that date was given then.
    ['de seniorenraad heeft advies uitgebracht (brief van 4 mei 2026)', '4 mei 2026'],
    // A short month in brackets, and two letters swapped.
    ['huurders gebeld en thuis bezocht (sept)', 'sept'],
    ['op 3 novmeber was er een schouw', 'novmeber'],
    ['3 werksessies met de dorpsraad (jan-mrt 2026)', 'jan-mrt'],
    ['op 12-03 was de avond in het buurthuis', 'op 12-03'],
    ['over twee weken houden we een inloopavond', 'over twee weken'],
  ])('"%s" -> %s (as other writers put it)', (s, phrase) => expect(timeCue(s)?.phrase).toContain(phrase));

  it('does not read the date of a council document as the time of taking part', () => {
    expect(timeCue('zie de raadsinformatiebrief van 12 oktober 2025')).toBeUndefined();
    expect(timeCue('de wethouder lichtte het toe in de raadsvergadering van 12 oktober')).toBeUndefined();
  });

  it.each([
    ['Het advies is op 2 juni ontvangen.', '2 juni'],
    ['Een bewonerscommissie beoordeelt de aanvragen; de eerste ronde loopt van maart tot juni 2027.', 'maart'],
    ['Binnen een budget van € 20.000 kozen de leerlingen de toestellen (meebeslissen). De keuze is gemaakt op 9 maart.', '9 maart'],
  ])('"%s" says when: input arriving, a sentence cut at a semicolon, the choice made', (text, phrase) =>
    expect(readElements(text).evidence.wanneer).toContain(phrase),
  );

  it('does not take the day the finished design is shown for the time people took part', () => {
    expect(readElements('Bewoners hebben samen met de gemeente het speelplein ontworpen. De werkgroep presenteert het ontwerp op 12 juni aan de buurt.').evidence.wanneer).toBeUndefined();
  });

  it('does not read the years in a title as a period', () => {
    expect(timeCue('de woonvisie 2025-2030 is in overleg met de corporaties opgesteld')).toBeUndefined();
  });

  it('reads a date in a table row about the method', () => {
    const r = readElements('Wie\tHoe\tWanneer\nHuurders\tBewonersavond\tnovember 2026');
    expect(r.evidence.wanneer).toBe('november 2026');
  });
});

describe('headings: the law named beside the word, shared word endings, a question', () => {
  it.each([
    'Participatie (Omgevingswet)',
    'Participatie onder de Omgevingswet',
    'Participatie (art. 150 Gemeentewet)',
    'Participatie- en communicatieparagraaf',
    'Hoe zijn inwoners betrokken?',
    'Wijze van participatie',
  ])('"%s" opens the section', (h) => expect(isParticipatieHeadingText(h)).toBe(true));

  it.each(['Participatie (Participatiewet)', 'Gevolgen voor de Participatiewet', 'Maatschappelijke participatie'])('"%s" does not', (h) =>
    expect(isParticipatieHeadingText(h)).toBe(false),
  );
});

describe('round 3: readings that carry over to new writers', () => {
  it.each(['Partcipatie', 'Paticipatie en communicatie', 'Huurderparticipatie', 'Bewonerbetrokkenheid', 'Participatie: wie hebben we gesproken?'])(
    'heading "%s" opens the section (a typo, a singular group, a question after the term)',
    (h) => expect(isParticipatieHeadingText(h)).toBe(true),
  );

  it.each(['Participatiewet', 'Participatie: wat kost het de sportclubs?', 'Anticipatie'])('heading "%s" does not', (h) =>
    expect(isParticipatieHeadingText(h)).toBe(false),
  );

  it('a sub-heading that asks without a question mark labels what follows', () => {
    const r = readElements(
      'Wie hebben we gesproken\nDe bewoners van de Kerkstraat, op een avond in april.\nWat hebben we met de reacties gedaan\nDe bewoners kozen een andere volgorde van de werkzaamheden. Zo voeren we het uit.',
    );
    expect(r.evidence.watMetInbreng).toBe('de bewoners kozen een andere volgorde van de werkzaamheden.');
  });

  it('"Hoe horen ze dat?" labels the answer as feedback', () => {
    const r = readElements('De scouting gaf advies over het nieuwe clubhuis.\nHoe horen ze dat? De wethouder gaat in mei langs bij de opkomst.');
    expect(r.elements.terugkoppeling).toBe(true);
  });

  it.each([
    'Het speelveld aan de Beukenlaan kreeg de meeste stickers. Dat veld wordt het ook.',
    'Bij de peiling koos de meerderheid de route langs het kanaal; die volgen we ook.',
    'De meeste ouders wilden een zebrapad bij de bakker. Die plek wordt het ook.',
  ])('the plan going the way most people chose is what was done with the input: "%s"', (text) =>
    expect(readElements(text).elements.watMetInbreng).toBe(true),
  );

  it.each(['De meeste ouders waren tevreden over de school. Er komt ook een nieuwe gymzaal.', 'Het veld aan de Beukenlaan kreeg de meeste stickers. Of dat veld het ook wordt, weten we nog niet.'])(
    'a majority alone, or a plan that does not point back to it, is not: "%s"',
    (text) => expect(readElements(text).elements.watMetInbreng).toBe(false),
  );

  it.each([
    'Wat de bewonersgroep opschreef, komt zo in het beheerplan.',
    'Het plan gaat naar de raad zoals de klankbordgroep het heeft opgesteld.',
    'De jeugdraad gaf drie adviezen. Alle drie adviezen staan als actiepunt in het beleidsplan.',
  ])('the people\'s own text kept as it is: "%s"', (text) => expect(readElements(text).elements.watMetInbreng).toBe(true));

  it.each([
    'De huurdersvereniging gaf advies. Wat we ermee doen, horen de leden in de volgende nieuwsbrief.',
    'De ouderraad gaf een advies. Bij een bezoek heeft de ouderraad gehoord waarom het college het advies niet volgt.',
    'Bewoners reageerden op de schets. Op de website kunnen zij zien wat er met hun reactie is gedaan.',
  ])('the participants hearing the gemeente\'s answer is feedback: "%s"', (text) => expect(readElements(text).elements.terugkoppeling).toBe(true));

  it.each([
    'De jongerenraad gaf een advies over het jongerencentrum. De gemeenteraad krijgt het advies en onze reactie daarop via een raadsinformatiebrief.',
    'Op de avond kwamen veertig bewoners. Als terugkoppeling is het verslag van de avond naar de aanwezigen gestuurd.',
    'De ondernemers reageerden op het plan. Omwonenden kunnen na de bekendmaking van het besluit in beroep gaan.',
    'Vijftig inwoners vulden de enquête in. Zij kregen een bedankmail met de mededeling dat we hun antwoorden gaan bekijken.',
    'Volgens de nieuwe verordening moet de initiatiefnemer de omwonenden een terugkoppeling geven.',
    'Het advies van de seniorenraad over de verordening is op 3 maart ontvangen.',
  ])('handing over that answers nobody who took part is no feedback: "%s"', (text) => expect(readElements(text).elements.terugkoppeling).toBe(false));

  it.each([
    'De buurtbewoners gaven hun mening over de speelplek. Hun opmerkingen zijn meegenomen bij het uitwerken van het ontwerp.',
    'De jeugdraad gaf een advies over de sportpas. We nemen het advies mee in de nieuwe regeling.',
    'Ouders vulden een vragenlijst in. De antwoorden verwerken we in het concept van de nota.',
  ])('input only weighed or still to be worked in does not say what was done with it: "%s"', (text) =>
    expect(readElements(text).elements.watMetInbreng).toBe(false));

  it('taken along, and then what it changed, does', () =>
    expect(
      readElements('De buurtbewoners gaven hun mening over de speelplek. Hun opmerkingen zijn meegenomen in het ontwerp: de schommel komt verder van de weg.').elements
        .watMetInbreng,
    ).toBe(true));

  it.each([
    'Op de avond spraken we met omwonenden. De grootste zorg was het geluid van de pomp. De pomp komt daarom in een gesloten kast.',
    'De scouting vroeg om een eigen opslag. Het college gaat op dat verzoek in.',
    'De tennisclub vroeg de baan zelf te mogen onderhouden. Het college gaat daarmee akkoord.',
    'Het buurtteam verdeelde het budget over zes projecten. Het college volgt die verdeling.',
    'Het bewonersteam tekende een nieuw plein. De gemeente volgt het ontwerp van het team.',
    'Ontwerp A kreeg 58% van de stemmen en wordt in mei aangelegd.',
    'We nemen hun wens voor meer bankjes langs de wandelroute bij de vijver op in het bestek.',
    'Bewoners vroegen om een bredere stoep. De stoep wordt twee meter breed in plaats van anderhalve meter.',
  ])('a request granted, a choice followed, a change after the main concern: "%s"', (text) =>
    expect(readElements(text).elements.watMetInbreng).toBe(true));

  it('a letter from a new owner after the decision is no feedback, even after the input was used', () =>
    expect(
      readElements('De huurders vroegen of zij mochten blijven. Dat is in de koopakte vastgelegd. Na het besluit krijgen de huurders een brief van de nieuwe eigenaar.').elements.terugkoppeling,
    ).toBe(false));

  it.each([
    ['De buurtvereniging runt het wijkcentrum vanaf juli zelf.', 'zelfbeheer'],
    ['Het clubhuis wordt al jaren door de scouting zelf beheerd.', 'zelfbeheer'],
    ['Het bestuur van vrijwilligers bepaalt zelf de verhuur van de zaal.', 'zelfbeheer'],
    ['Met dit voorstel draagt de gemeente het beheer van de volkstuinen over aan de tuindersvereniging.', 'zelfbeheer'],
    ['Via het uitdaagrecht neemt de hengelclub het maaien van de oevers over.', 'zelfbeheer'],
    ['De dorpsraad beslist over de aanvragen uit het leefbaarheidsbudget.', 'meebeslissen'],
    ['Binnen de regels van de raad beslist het jeugdpanel welke activiteiten geld krijgen.', 'meebeslissen'],
    ['Binnen het budget heeft de ouderraad het laatste woord over de inrichting van het schoolplein.', 'meebeslissen'],
    ['Bij de stemming in de straat koos 72% voor een autovrije zondag.', 'meebeslissen'],
    ['Het college neemt de beslissingen van het wijkpanel over.', 'meebeslissen'],
  ])('"%s" describes the rung %s', (text, level) => expect(guessLevel(text)?.level).toBe(level));

  it.each([
    'De gemeente regelt het onderhoud van het park zelf.',
    'De hengelclub deed een beroep op het uitdaagrecht om de oevers te maaien. Het college wijst dat verzoek af, omdat het om een beschermd gebied gaat.',
    'In de nieuwe verordening staat het uitdaagrecht voor groepen vanaf vijf inwoners.',
  ])('"%s" is not zelfbeheer', (text) => expect(guessLevel(text)?.level).not.toBe('zelfbeheer'));

  it.each([
    'Wie is betrokken? Niet. Het gaat om een interne verhuizing van de buitendienst.',
    'Over de hondenbelasting 2027 vindt geen burgerparticipatie plaats, omdat de raad de tarieven bij de begroting vaststelt.',
    'Nu nog niet. Er is nog geen schetsontwerp, dus er valt nog niets te kiezen.',
    'Door het instortingsgevaar van de brug was er geen tijd voor participatie.',
    'Inspraak volgt na vaststelling van dit kader, bij het uitwerken van het inrichtingsplan.',
    'Over de tekst is in 2025 al met de wijkraden gesproken; daarom is nu niet opnieuw geparticipeerd.',
    'De legesverordening is niet voor inspraak vrijgegeven: volgens onze verordening is inspraak bij belastingen uitgesloten.',
    'Geen partcipatie i.v.m. de vertrouwelijke onderhandelingen.',
  ])('"%s" has no participation, with a reason', (text) => expect(kind(text)).toBe('geen-met-reden'));

  it('a reason said to be missing is none', () =>
    expect(kind('De initiatiefnemer meldt dat er geen participatie is geweest. Een toelichting daarop ontbreekt.')).toBe('geen-zonder-reden'));

  it.each([
    'Met de scholen en de bibliotheek is er sinds maart een maandelijks partneroverleg. Ouders zelf zijn nog niet betrokken; dat gebeurt na de zomer.',
    'Is er participatie geweest? Ja.\nMet wie? Met de bewoners van de Vinkenstraat.\nHoe? Een avond en een vragenlijst.\nWat is er met de inbreng gedaan? n.v.t.',
  ])('"%s" is participation, not none', (text) => expect(kind(text)).not.toMatch(/^geen/));

  it.each([
    'De jeugdraad gaf advies over het skatepark. Omdat jongeren het park zelf gebruiken, wilden we dat hun advies zwaar weegt.',
    'Niveau: coproduceren. De haven is van het hele dorp; daarom tekenen we het plan samen met de vissers en de horeca.',
    'De bibliotheek gaat vaker dicht op zondag. Dit is een besluit over de eigen organisatie; daarom informeren we de bezoekers alleen.',
    'Het wijkpanel verdeelt het groenbudget. We geven het panel deze rol, omdat de leden hun straten goed kennen.',
    'De vrijwilligers runnen het buurthuis vanaf mei zelf. We kiezen hiervoor omdat zij het huis al twee jaar draaiende houden.',
    'We kozen voor coproductie omdat de ondernemers het plan zelf mee moeten betalen. Het plan is samen met hen geschreven.',
    'De ouderraad is om advies gevraagd. We vroegen advies, omdat de route voor alle kinderen van de school van belang is.',
    'Volgens onze participatieverordening is het niveau bij dit project raadplegen. Bewoners gaven hun mening op een avond.',
  ])('a reason for the rung in other words: "%s"', (text) => expect(readElements(text).elements.niveauWaarom).toBe(true));

  it('a label "Niveau van participatie:" names the rung and is no reason', () => {
    const r = readElements('Niveau van participatie: raadplegen.\nBewoners gaven op de markt hun mening over de bankjes.');
    expect(r.elements.niveauWaarom).toBe(false);
    expect(guessLevel('Niveau van participatie: raadplegen.\nBewoners gaven op de markt hun mening over de bankjes.')?.level).toBe('raadplegen');
  });

  it.each([
    'Bewoners gaven hun mening over de speelplek.\nWat is er met de inbreng gedaan? De uitkomsten worden meegenomen bij de verdere planvorming.',
    'Bewoners gaven hun mening over de speelplek.\nWat doen we ermee? Dat is nu nog niet bekend; het plan komt in het voorjaar naar de raad.',
    'Bewoners gaven hun mening over de speelplek.\nWat gebeurt er met de reacties? We beantwoorden ze in een reactienota.',
    'Ouders denken mee over het schoolplein.\nWaarom zo? Ouders weten wat hun kinderen nodig hebben. Daarom willen we dat zij het plein mee ontwerpen.',
  ])('an answer under a use label, or a because under "Waarom", that says nothing done: "%s"', (text) =>
    expect(readElements(text).elements.watMetInbreng).toBe(false));

  it('counted wishes taken into the plan are used', () =>
    expect(readElements('Bewoners vroegen om bankjes en een watertappunt. Beide wensen zijn meegenomen in het inrichtingsplan.').elements.watMetInbreng).toBe(true));

  it.each([
    'Jongeren stemden op een nieuwe naam voor het park. De uitslag hebben we op ons TikTok- en Instagramaccount gezet.',
    'Bewoners reageerden op de schets. We beantwoorden alle reacties in een reactienota. Die sturen we naar iedereen die reageerde.',
    'De seniorenraad gaf advies over de bus. De wethouder heeft de uitkomst in januari besproken met de seniorenraad.',
    'We spraken met de besturen van de tennisclubs over de banen. De besturen kregen in mei een brief met de keuzes van het college.',
    'De adviesraad adviseert in april. We reageren op elk punt en sturen die reactie naar de adviesraad.',
  ])('feedback in other words: "%s"', (text) => expect(readElements(text).elements.terugkoppeling).toBe(true));

  it.each([
    ['Omdat het om een verkeersbesluit gaat, hebben we gekozen voor informeren. Bewoners kregen een brief.', 'informeren'],
    ['Het jeugdpanel gaf in maart zijn mening over de nieuwe sporthal.', 'raadplegen'],
    ['Het plan is aan de buurtvereniging voorgelegd met de vraag om een reactie.', 'raadplegen'],
    ['De conceptnota is zes weken voor inspraak vrijgegeven.', 'raadplegen'],
    ['Op de avond kunnen bewoners ideeën voor het plein aandragen.', 'raadplegen'],
    ['De wijkraad gaf op 3 mei schriftelijk advies over de parkeerplaatsen. Het college volgt dat advies.', 'adviseren'],
  ])('"%s" describes the rung %s', (text, level) => expect(guessLevel(text)?.level).toBe(level));

  it('a rung denied further back in the sentence is not that rung', () =>
    expect(guessLevel('Bewoners kregen een brief. Door de spoed was er geen ruimte om hen te laten adviseren.')?.level).not.toBe('adviseren'));

  it('a sentence is not cut after an abbreviation', () =>
    expect(readElements('De dorpsraad heeft een advies geschreven over de bus (advies d.d. 3 maart 2026).').evidence.wanneer).toBe('3 maart 2026'));

  it.each([
    'De cliëntenraad gaf advies over de pas. Wij nemen het advies over om de pas ook digitaal te maken.',
    'De wijkraad adviseerde de route langs het water. Het college kiest toch voor de route door het park.',
    'De voetbalclub vroeg om het kunstgras zelf te beheren. Het college wijst het verzoek af, omdat de velden ook door scholen worden gebruikt.',
    'Kinderen stemden in mei over de glijbaan. Het winnende ontwerp wordt in de zomer geplaatst.',
    'De raad stelt de visie vast zoals de werkgroep haar schreef.',
    'De stuurgroep van bewoners koos een inrichting. Het college voert de gekozen inrichting in 2027 uit.',
  ])('what was done with the input, said in other words: "%s"', (text) => expect(readElements(text).elements.watMetInbreng).toBe(true));

  it.each([
    'Het ontwerp volgt uit het vastgestelde verkeersplan. Omwonenden konden daarom niet meer meepraten over de inrichting. Op een inloopavond konden zij vragen stellen.',
    'De clubs kregen in juni een brief over de nieuwe tarieven. Omdat de raad de tarieven vaststelt, was er geen ruimte om over de hoogte mee te praten.',
  ])('told only, with no say, is informeren with its reason: "%s"', (text) => {
    expect(guessLevel(text)?.level).toBe('informeren');
    expect(readElements(text).elements.niveauWaarom).toBe(true);
  });

  it('what people bring in an atelier is no reason for the rung', () =>
    expect(
      readElements('Bewoners en de gemeente hebben het plan samen uitgewerkt in vier ateliers. De gemeente bracht de kennis over het riool in, de bewoners hun kennis van de straat.').elements.niveauWaarom,
    ).toBe(false));

  it('the same words to a council that took part are feedback', () =>
    expect(readElements('De Wmo-raad gaf advies over de eigen bijdrage. De Wmo-raad heeft ons antwoord per brief gekregen.').elements.terugkoppeling).toBe(true));
});

describe('the worked examples of PARTICIPATION.md still read as written', () => {
  it('example A (adviseren): every element, with its reason', () => {
    const r = readSectionText(
      'We hebben inwoners, ouders en de wijkraden betrokken bij het nieuwe speelruimtebeleid. Zij konden advies geven (adviseren), omdat zij goed weten wat er in hun buurt nodig is. Van 5 februari tot 20 maart 2025 hielden we een online enquête en 3 werksessies. 412 mensen deden mee. Veel mensen vroegen om meer plekken voor tieners. Dit hebben we overgenomen. De speeltuin aan de Molenhof blijft voorlopig; we kijken in 2026 opnieuw. Op 15 april 2025 lieten we de deelnemers via een nieuwsbrief weten wat we met hun advies doen.',
    );
    expect(r.guess?.level).toBe('adviseren');
    expect(r.elements).toEqual({ wie: true, niveauWaarom: true, watGedaan: true, watMetInbreng: true, terugkoppeling: true });
  });

  it('example B: no participation, with its reason', () => {
    const r = readSectionText(
      'Voor dit voorstel is geen participatie gedaan. Het gaat om een aanpassing die de wet verplicht. Het college heeft hierin geen ruimte om iets anders te kiezen. We informeren inwoners via de website en de gemeentepagina.',
    );
    expect(r.kind).toBe('geen-met-reden');
  });

  it('example C (Omgevingswet): the initiatiefnemer took the input over', () => {
    const r = readSectionText(
      'Voor dit bouwplan is participatie verplicht, omdat het op de lijst van de gemeenteraad staat. De initiatiefnemer, Bouwbedrijf X, heeft omwonenden uitgenodigd voor 2 avonden op 3 en 17 juni 2025. Omwonenden maakten zich zorgen over parkeren. De initiatiefnemer heeft daarom 8 extra parkeerplaatsen in het plan opgenomen. Het participatieverslag zit bij de aanvraag. Wij vinden dat de participatie voldoende is geweest. Belanghebbenden kunnen daarna nog reageren via de formele procedure.',
    );
    expect(r.elements.watMetInbreng).toBe(true);
    expect(r.elements.terugkoppeling).toBe(false);
  });

  it('example D (coproduceren, planned): minutes after each meeting are no feedback', () => {
    const r = readSectionText(
      'We gaan het nieuwe dorpsplein samen met het kernoverleg en de ondernemers ontwerpen (coproduceren). De raad geeft vooraf de kaders mee: een budget van € 250.000 en de verkeersveiligheid. Binnen die kaders volgt het college het gezamenlijke ontwerp. Vanaf september 2025 komt een werkgroep 4 keer bij elkaar. Na elke bijeenkomst delen we een kort verslag met alle inwoners. Het ontwerp komt in het voorjaar van 2026 naar de raad.',
    );
    expect(r.kind).toBe('gepland');
    expect(r.guess?.level).toBe('coproduceren');
    expect(r.elements.terugkoppeling).toBe(false);
    expect(r.evidence.wanneer).toBe('vanaf september 2025');
  });
});
