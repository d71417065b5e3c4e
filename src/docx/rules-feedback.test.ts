// One test per kind of rule for "wat met de inbreng" and "terugkoppeling" (issue 16, round 4), each
// with sentences written for this test, not taken from the scan-accuracy corpus: a rule must carry
// over to how other civil servants write the same thing.
import { describe, expect, it } from 'vitest';
import { readElements } from './classify.ts';

const used = (text: string): boolean => readElements(text).elements.watMetInbreng;

describe('what was done with the input: the input, then a clause that points back and says it is done', () => {
  it.each([
    'De buurt vroeg om een hondenpoepbak bij de speeltuin. Die betalen we uit het wijkbudget.',
    'We spraken met de scouting. Ze willen graag een vaste plek voor hun kampvuur, dat gaan we regelen.',
    'De meesten kozen voor de plek bij de kerk. Daar komt het nieuwe bankje te staan.',
    'De ouderraad vroeg om een tweede fietsenrek; dat plaatsen we voor de zomer.',
    'De wijkraad gaf op 3 mei zijn advies over de route. Het college volgt het.',
    'Van de drie ontwerpen won het ontwerp met de waterpartij. Dat wordt in het najaar aangelegd.',
    'Veel ouders wilden een zebrapad voor de school. Dat lukt dit jaar niet, omdat de provincie de weg beheert.',
    'Buurtbewoners wilden graag een trapveldje. Dat is er gekomen: in september is het veldje aangelegd.',
    'Veel mensen vroegen om een bankje bij de vijver. Er staan nu drie bankjes bij de vijver.',
    'Via een peiling konden inwoners kiezen uit drie namen voor het park. De naam Zonnehof kreeg de meeste stemmen. Het park gaat zo heten.',
    'Er kwamen 12 reacties. Die gingen vooral over de hoogte van de flat. Naar aanleiding daarvan is de flat een laag lager geworden.',
  ])('"%s" says what was done with the input', (text) => expect(used(text)).toBe(true));

  it.each([
    // The pointer names how people take part, not what was done with what they said.
    'We vragen bewoners wat zij vinden van de nieuwe inrichting. Dat doen we met een enquête en een inloopavond.',
    'Omwonenden kunnen tot juni hun ideeën geven. Dat doen we via een online kaart.',
    // A question asked is no wish; telling, weighing or looking into it is not carrying it out.
    'Bewoners vroegen wanneer de werkzaamheden starten. Dat komt in de nieuwsbrief.',
    'Omwonenden stelden veel vragen over de bouwhoogte. Deze komen aan bod in de volgende bijeenkomst.',
    'De huurders vroegen om betere isolatie. Dat gaan we onderzoeken.',
    'De jongeren wilden een eigen plek. Daar zoeken we samen met hen naar.',
  ])('"%s" only says how people take part', (text) => expect(used(text)).toBe(false));
});

describe('what was done with the input: what the people made or chose, carried out or adopted as they made it', () => {
  it.each([
    'Wat de speeltuincommissie voorstelde, voeren we zo uit.',
    'De raad stelt de dorpsvisie vast zoals de werkgroep hem heeft geschreven.',
    'Wat de kinderen in de ateliers tekenden, staat ongewijzigd in het speelruimteplan.',
    'Binnen de kaders mochten de bewoners kiezen uit drie plekken. Per straat plaatsen we de bak op de plek met de meeste stemmen.',
    'Bewoners kiezen in het najaar uit drie varianten. Het college voert de variant met de meeste stemmen uit.',
    'De meeste huurders hadden een voorkeur voor variant twee. Het college kiest ook voor variant twee.',
    'Er kwamen 90 reacties. Het college kiest voor de variant die de meeste steun kreeg.',
    'We spraken met de buurt. Er is gekozen voor de noordelijke route, conform de wens van de meeste bewoners.',
    'De kinderen tekenden hun ideeën. De ideeën van de kinderen zijn allemaal terug te zien in het ontwerp.',
    'De klankbordgroep heeft meegedacht over de plek van de zendmast. De mast is 80 meter naar het zuiden verschoven.',
    'Cliënten gaven in interviews aan dat de wachttijden te lang zijn. In het nieuwe beleid is de maximale wachttijd verkort tot vier weken.',
    'Niveau: meebeslissen. Bewoners stemmen over de kleur van de nieuwe bankjes; de kleur met de meeste stemmen wordt het.',
  ])('"%s" says what was done with the input', (text) => expect(used(text)).toBe(true));

  it.each([
    // A standing arrangement says who decides, not that a choice was adopted.
    'De dorpsraad beslist zelf over de besteding van het leefbaarheidsbudget.',
    // A vote still to come, with nothing said about carrying out its outcome.
    'Het niveau is meebeslissen. In het najaar stemmen de huurders over twee varianten voor de binnentuin.',
    // A plan made by the gemeente's own rules, not by the people.
    'De visie is vastgesteld zoals de wet het voorschrijft.',
    // The gemeente's own proposal followed is no use of input.
    'Het plan is uitgewerkt conform het voorstel van het college uit 2024.',
    // The input kept as a document, not acted on.
    'De twee adviezen staan integraal in bijlage 3.',
  ])('"%s" does not say what was done with the input', (text) => expect(used(text)).toBe(false));
});

describe('what was done with the input: a worry or finding, then the change it led to', () => {
  it.each([
    'Omwonenden vreesden meer verkeer in de straat. Daarom komt de inrit aan de achterkant.',
    'Ouders zijn ontevreden over de looproute naar school. We verleggen de route daarom langs het park.',
    'Het onderzoek liet zien dat de wachttijd te lang is. Daarom komen er twee extra consulenten.',
    'Opgehaald is vooral: meer groen en minder verkeer. Meer groen is als speerpunt in het wijkplan opgenomen.',
    'Er kwamen 40 reacties, vooral over parkeren bij de school. We maken bij de school tien extra parkeerplekken.',
    'Hun grootste wens, een overdekte fietsenstalling, zit niet in dit plan, omdat er geen ruimte is.',
    // A hedge inside the plan's content does not hedge the use.
    'Uit de gesprekken bleek dat mantelzorgers vaker respijtzorg willen. In de nieuwe regeling staat daarom dat zij zoveel mogelijk zelf een logeeradres kiezen.',
    'Er kwamen 60 reacties, bijna allemaal tegen de nieuwe route. Toch gaat de route door, omdat de brug te smal is.',
    // A "nog geen" in the because belongs to the reason, not to the use.
    'De clubs gaven advies. Het college volgt dat advies, op één punt na: de kantine komt later, omdat er nog geen geld is.',
    'Ruim 200 jongeren vulden een survey in. Op basis van de survey is het jongerencentrum voortaan ook op zaterdag open.',
  ])('"%s" says what was done with the input', (text) => expect(used(text)).toBe(true));
});

describe('what was done with the input: sentences that still say nothing done', () => {
  it.each([
    'Er kwamen 80 reacties. Hoe we de reacties verwerken, hangt af van het besluit van de raad.',
    'Inwoners konden tot 1 juni reageren. De reacties worden na de zomer verwerkt.',
    'Wat doen we ermee\nDe reacties zijn per buurt samengevat in bijlage 3.',
    'We spraken met vijf dorpsraden. Niet alle wensen konden worden gehonoreerd.',
    'Omwonenden kregen een brief. Inbreng was niet mogelijk: de bomen zijn ziek en moeten weg.',
    'Er kwamen 14 reacties. De initiatiefnemer heeft de reacties opgenomen in het participatieverslag.',
    // A way to take part is no change to the plan.
    'Bewoners vroegen om meer informatie. Daarnaast komt er een website waarop inwoners hun ideeën kunnen achterlaten.',
    // Why people are asked is no use of their input.
    'De jongerenraad kent de leefwereld van jongeren, daarom vragen we hun advies en niet alleen hun mening.',
    // The people who asked, named again, are not what they asked for.
    'We spraken in maart met de jongeren. De jongeren willen een plek om te chillen. Het jongerenwerk gaat daarover met hen in gesprek.',
    // Keeping people informed is no use either.
    'De ideeën gaan naar het ontwerpteam. Welke ideeën in het ontwerp komen, weten we nog niet. Via de nieuwsbrief blijven bewoners op de hoogte.',
  ])('"%s" does not say what was done with the input', (text) => expect(used(text)).toBe(false));
});

const fb = (text: string): boolean => readElements(text).elements.terugkoppeling;

describe('feedback: the gemeente tells the people what it did, pointing back to it', () => {
  it.each([
    'De speeltuinvereniging vroeg om een hek rond de zandbak. Dat komt er. De wethouder heeft dat in maart op de ledenavond aan de vereniging verteld.',
    'Het college wijst het verzoek van de stichting af, omdat het gebouw wordt verkocht. In oktober hebben we dit aan het stichtingsbestuur uitgelegd.',
    'Het college neemt de tien adviezen van de jeugdraad over. De jeugdraad hoort dit van de burgemeester in de eerstvolgende vergadering.',
    'De seniorenraad adviseerde een extra bankje bij de bushalte. De burgemeester heeft de seniorenraad in mei verteld dat het advies is overgenomen.',
    'Ruim 2.000 inwoners tekenden een petitie tegen de sluiting van de bieb. Het college houdt vast aan de sluiting, omdat het gebouw niet meer veilig is. De indieners van de petitie hebben dit in april van de wethouder gehoord.',
    'De huurdersorganisatie deed zes voorstellen. De wethouder heeft de huurdersorganisatie in een gesprek toegelicht wat we met elk voorstel doen.',
    'De Groene Tafel schreef het groenplan samen met de gemeente. Op 14 mei heeft de wethouder de Groene Tafel laten weten dat het college het plan ongewijzigd overneemt.',
  ])('"%s" is feedback', (text) => expect(fb(text)).toBe(true));
});

describe('feedback: the people receive the outcome through any channel', () => {
  it.each([
    'Bewoners vroegen om drempels. Die komen er. De bewoners hebben hierover een brief gehad.',
    'We spraken met de ondernemers over de markt. In de wijkkrant van mei staat welke ideeën zijn overgenomen en welke niet.',
    'In maart stemden 400 bewoners over drie ontwerpen voor het plein. De winnende ontwerpen zijn in april bekendgemaakt in de dorpskrant.',
    'Ruim 300 mensen gaven hun mening. Op 5 mei was er een wijkavond waar de gemeente liet zien wat er met alle reacties is gebeurd.',
    'De dorpsraad adviseerde om de bushalte te verplaatsen. Daarom komt de halte bij de school. De dorpsraad heeft in juni een brief gekregen met deze verwerking.',
    'De adviesraad bracht op 3 maart advies uit. Het college neemt het advies grotendeels over. De reactie op het advies is op 20 maart aan de adviesraad gestuurd.',
    'Weten de omwonenden wat er met hun reactie is gedaan? Ja, zij hebben het aangepaste ontwerp in maart gekregen.',
    // A "niet" inside the clause that is told denies nothing.
    'In april hielden we twee bewonersavonden. Bewoners vroegen om meer groen; daarom komen er tien bomen. In juni hebben we de bewoners uitgelegd waarom niet alle wensen zijn overgenomen.',
    'Hoe koppelen we terug\nNa het besluit houden we in elke straat een afsluitende bijeenkomst.',
    'In maart spraken we met de bewoners. Zij wilden meer parkeerplekken; die komen er. De wethouder schreef de bewoners een brief over de keuzes die zijn gemaakt.',
    'In maart spraken we met de bewoners. Zij wilden meer parkeerplekken; die komen er. In juni organiseerden we een terugkomavond voor alle deelnemers.',
    'We hielden een enquête onder bewoners.\nHoe informeren we de deelnemers?\nNa het besluit per brief.',
  ])('"%s" is feedback', (text) => expect(fb(text)).toBe(true));
});

describe('feedback: handing something over that answers nobody who took part', () => {
  it.each([
    // A finding shown, not handed over.
    'Er kwamen 300 reacties. De vragenlijst liet zien dat bewoners vooral last hebben van geluid in de nacht.',
    // A bare plan or draft merely sent round.
    'De wijkraden wilden meer handhavers op straat; die komen er. Na vaststelling ontvangen de wijkraden het plan.',
    'Er is een klankbordgroep met bewoners. Het conceptbesluit is per mail aan de klankbordgroep gestuurd, samen met een uitnodiging voor de laatste avond.',
    // The gemeente's answer attached to the proposal for the council.
    'De Wmo-raad heeft advies gegeven. Het advies en de reactie van het college zitten als bijlage bij dit voorstel.',
    // The minutes of an information meeting, answers to questions included.
    'Op 3 maart was er een informatieavond over de nieuwe school. Na afloop kregen alle bezoekers het verslag van de avond, met de antwoorden op de vragen.',
    'Op de informatieavond konden bewoners vragen stellen. De antwoorden staan in het verslag op de website.',
    // Denied inside the words that matched.
    'We spraken met 200 bewoners. Zij willen meer groen; dat komt er. We hebben de deelnemers niet apart laten weten wat er met hun inbreng is gedaan.',
    // News about the procedure.
    'Er was geen participatie nodig. Wel hebben wij de dorpsraad per mail laten weten dat het voorstel op de agenda van het college staat.',
    // The participants show their own work.
    'De leerlingenraad ontwierp samen met een architect het nieuwe schoolplein. Het ontwerp wordt zo uitgevoerd. In juni heeft de leerlingenraad het definitieve ontwerp zelf aan de hele school gepresenteerd.',
    // News of a decision where nobody took part is informing.
    'De bewoners van de Kerkstraat zijn per e-mail geïnformeerd over het besluit om de markt te verplaatsen.',
    // The document itself, not handed to anyone.
    'In de tabel hieronder staat wat de klankbordgroep heeft ingebracht en wat we ermee doen.',
  ])('"%s" is no feedback', (text) => expect(fb(text)).toBe(false));
});

describe('feedback (round 5): what was done with the input, handed to the people in any words', () => {
  it.each([
    'De buurt wilde een bredere stoep. Die komt er. Alle buurtbewoners kregen in mei een folder over deze aanpassing.',
    'Het speelplein krijgt een glijbaan, zoals de kinderen wilden. De ontwerper heeft de klas bezocht om uit te leggen wat er van hun ideeën in het plan zit en wat er met hun tekeningen is gebeurd.',
    'De cliëntenraad gaf drie adviezen. Twee nemen we over. De cliëntenraad heeft in april een brief gehad waarin staat hoe met elk advies is omgegaan.',
    'Er kwamen 50 reacties op de schets. Op de projectsite kunnen de insprekers per reactie zien wat de gemeente ermee doet.',
    'Omwonenden wilden minder verlichting. De lampen worden gedimd. Via de wijkkrant hebben de omwonenden gelezen welke wensen zijn overgenomen.',
    'Bewoners kozen de plek voor de bank. Na de raadsvergadering leggen we in het huis-aan-huisblad en op de website uit wat er met de uitslag van de stemming is gedaan.',
    'V: Wat wilden de huurders? A: Een fietsenhok. Dat komt er.\nV: Weten de huurders dat? A: Ja, via de bewonerscommissie in juni.',
  ])('"%s" is feedback', (text) => expect(fb(text)).toBe(true));

  it.each([
    // A wish to hear back is input, not feedback given.
    'Inwoners reageerden op de nota. Het meest genoemd: inwoners willen horen wat er met hun reacties gebeurt. Dat staat nu in de regels.',
    // The document itself, not handed to anyone.
    'De reacties zijn verwerkt. In het overzicht hieronder staat wat er met elke reactie is gedaan.',
    // Telling the council is no answer to the people.
    'Omwonenden wilden een hek; dat komt er. In de raadsinformatiebrief leest u wat er met de reacties is gedaan.',
  ])('"%s" is no feedback', (text) => expect(fb(text)).toBe(false));
});

describe('feedback (round 5): after the use, the people told about "it"', () => {
  it.each([
    'De ouders wilden een kiss-and-ride-strook. Die komt er niet, omdat de straat te smal is. Wij hebben dit in maart met de ouderraad besproken.',
    'De scouting vroeg om een vaste kampvuurplek. Die komt er. De scouting heeft dit inmiddels van de wijkregisseur gehoord.',
    'De seniorenraad adviseerde een extra bushalte. Het college neemt dat advies over. Het college heeft de seniorenraad in mei per brief geantwoord.',
    'De jeugdraad wilde een pannaveld. Dat komt er. Wie een telefoonnummer gaf, kreeg daarvan bericht.',
    'Het college volgt het advies van de dorpsraad grotendeels. De uitkomst is in juni met de dorpsraad besproken.',
  ])('"%s" is feedback', (text) => expect(fb(text)).toBe(true));

  it.each([
    // Before anything was done with the input, talking "it" through is taking part.
    'We hebben het plan in maart met de buurt besproken. Dit hebben we ook met de ondernemers besproken.',
    // The gemeente hearing something is input.
    'De bewoners wilden meer groen; dat komt er. Dat hebben we ook van de ondernemers gehoord.',
    // The participants' own plan shown, a plan shown to ask for reactions, minutes of every meeting.
    'Het Jongerenplatform maakte zelf een plan voor een jongerenplek. Het plan van het platform is in juni gepresenteerd.',
    'De initiatiefnemer heeft de buren thuis bezocht, de tekeningen laten zien en hen om hun reactie gevraagd.',
    'Er waren twee avonden met de bewoners. Het verslag van beide avonden is naar de deelnemers gestuurd.',
    'De Wmo-raad heeft advies gegeven. Het advies en de reactie van het college zitten in de bijlagen.',
  ])('"%s" is no feedback', (text) => expect(fb(text)).toBe(false));
});

describe('what was done with the input (round 5): the people\'s choice or work carried out, named as theirs', () => {
  it.each([
    'De leerlingenraad kiest zelf twee nieuwe speeltoestellen uit een catalogus. De gemeente bestelt en plaatst wat de leerlingenraad kiest.',
    'Bewoners mogen per straat een boomsoort kiezen. De gemeente plant de boom die de meeste bewoners kiezen.',
    'De nieuwe ommetjesroute loopt langs de beek, de route die de meeste bewoners intekenden.',
    'De Wmo-raad schreef samen met cliënten het nieuwe cliëntprofiel. Het college neemt het profiel over zonder wijzigingen.',
    'Een jury van vijf jongeren verdeelt het jongerenbudget; het college bekrachtigt die verdeling zonder ze te wijzigen.',
    'Het buurtplan is in vier avonden met de buurt geschreven. Het college onderschrijft het plan zoals het daar is opgesteld.',
    'Binnen het budget is het advies van de jongerenraad bindend voor het college.',
    'Bij de stemming over de naam van het plein deden 600 inwoners mee. "Lindeplein" won en wordt de nieuwe naam.',
    'De plek achter de sporthal scoorde in de peiling het best. Die plek kiest het college ook.',
  ])('"%s" says what was done with the input', (text) => expect(used(text)).toBe(true));

  it.each([
    // The people's choice still to come, with nothing about carrying it out.
    'Bewoners mogen in het najaar een boomsoort kiezen uit een lijst van vijf.',
    // The rung chosen is no change to what was asked.
    'De ouderraad wordt in mei om advies gevraagd over de nieuwe schoolregels. We kiezen voor adviseren, omdat de regels binnen de wet moeten blijven.',
    // Kept in an attachment, not acted on.
    'De jeugdraad gaf advies. Het advies en onze reactie zitten in de bijlagen.',
  ])('"%s" does not say what was done with the input', (text) => expect(used(text)).toBe(false));
});

describe('what was done with the input (round 5): a change made by whoever decides, pointing back to what was said', () => {
  it.each([
    // A compound names the same thing: "inschrijftermijn" … "de termijn".
    'De sportclubs vonden de inschrijftermijn te kort. De termijn gaat van vier naar acht weken.',
    'Omwonenden waren vooral bang voor geluid en vroegen om een kleiner aantal evenementen. Het aantal gaat van twaalf naar acht.',
    'Omwonenden vroegen om minder ramen aan de tuinkant. De initiatiefnemer heeft de ramen aan de tuinkant vervangen door dichte gevelplaten.',
    'Er kwamen zes reacties, vooral over vrachtverkeer op zondag. De ondernemer heeft daarop toegezegd op zondag geen vrachtwagens te laten rijden.',
    'De stichting hield een avond voor de buren. Zij vonden de schuur te hoog en zagen op tegen het geluid van de koeling. De stichting heeft daarop het plan aangepast: de schuur wordt een meter lager.',
    'De ontwikkelaar hield twee inloopavonden. Na de avonden is het gebouw tien meter verder van de weg gelegd.',
  ])('"%s" says what was done with the input', (text) => expect(used(text)).toBe(true));

  it.each([
    // A change with nothing said before it that people asked for.
    'De ontwikkelaar hield twee inloopavonden. Het gebouw heeft een groen dak.',
    'De gemeente heeft de planning aangepast: de werkzaamheden starten in mei.',
  ])('"%s" does not say what was done with the input', (text) => expect(used(text)).toBe(false));
});

describe('what was done with the input (round 5): words of use that still say nothing was done', () => {
  it.each([
    // The chance to have a say denied, with words between.
    'De omwonenden kregen een brief over de kap. Meedenken over de keuze van de bomen was niet mogelijk.',
    'Het waterschap wees de plek voor het gemaal aan. De gemeente heeft daarom geen ruimte om bewoners over de plek van het gemaal te laten meepraten.',
    // What it led to, or what it was used for, is not said.
    'Sportclubs en scholen gaven hun mening over de sportnota. Dit heeft geleid tot een breed gedragen nota.',
    'We voerden tien gesprekken met ondernemers. De gesprekken zijn gebruikt als input voor de visie.',
    // Whether, not what; a summary kept in an attachment.
    'Er kwamen 20 zienswijzen. Daarin staat ook per zienswijze of het plan is aangepast.',
    'Er zijn 300 ideeën ingediend. In de bijlage is een overzicht van alle ideeën opgenomen.',
    // A standing arrangement, and the agreements about it made, are no choice carried out.
    'Het niveau is meebeslissen: de wijkraad verdeelt het wijkbudget over de aanvragen. De afspraken daarover zijn in maart met de wijkraad gemaakt.',
  ])('"%s" does not say what was done with the input', (text) => expect(used(text)).toBe(false));

  it.each([
    // What was done, per advice, is said there.
    'De seniorenraad gaf drie adviezen. In de bijlage staat per advies wat we ermee hebben gedaan.',
  ])('"%s" says what was done with the input', (text) => expect(used(text)).toBe(true));
});

describe('what was done with the input (round 5): a pointer or the input itself says what became of it', () => {
  it.each([
    // A pointer back, not done, with its reason or a colon that gives it.
    'De buurtvereniging stelde voor de markt naar het kerkplein te verplaatsen. Dat gebeurt niet, omdat het plein te klein is.',
    'Het vaakst gevraagd werd een rotonde bij de school. Die komt er niet: de kruising is daarvoor te smal.',
    // A pointer back, done: advised in the perfect, a long gap, became a goal.
    'De gehandicaptenraad heeft de route getoetst en geadviseerd overal de stoepranden te verlagen. Dat doen we in 2027.',
    'De meeste meldingen gingen over de oversteek bij de bakker. Die oversteek wordt in het voorjaar als eerste aangepakt.',
    'Veel inwoners willen meer ruimte voor tiny houses. Dat is een van de speerpunten van de nieuwe woonvisie geworden.',
    'Twee onderwerpen kwamen steeds terug: schaduw en water. Beide zijn hoofddoelen in het groenplan.',
    // The input as the reason for the change, or taken along with a colon that says how.
    'Het plein krijgt meer bomen, omdat dat in bijna alle reacties stond.',
    'Hun wens voor langere openingstijden is meegenomen: vanaf mei is de bieb ook op zaterdag open.',
    // After a colon the telling clause goes on to say what was done.
    'De dorpsraad gaf in april advies. In juni hebben we de dorpsraad laten weten wat we ermee doen: de bushalte blijft, zoals de dorpsraad vroeg.',
    // A task word elsewhere does not deny that the advice was taken over.
    'Het college heeft het advies overgenomen, behalve de fontein, die te duur is in onderhoud.',
  ])('"%s" says what was done with the input', (text) => expect(used(text)).toBe(true));

  it.each([
    // The people took over a task; the gemeente took over nothing of theirs.
    'De buurtvereniging neemt het onderhoud van de moestuin vanaf volgend jaar over.',
    // A pointer that only weighs or tells.
    'Het vaakst gevraagd werd een rotonde bij de school. Dat bekijken we nog.',
  ])('"%s" does not say what was done with the input', (text) => expect(used(text)).toBe(false));
});

describe('what was done with the input (round 5): the answer to a wish, a main point or a disagreement, in other words', () => {
  it.each([
    // A wish quoted or listed a few sentences before its answer.
    'De jeugdraad pleit voor een skatebaan. Ouders willen vooral veilige fietsroutes. Enkele buren zijn tegen. Er komt een skatebaan achter de sporthal.',
    // A main point or conclusion, then "daarom".
    'Hun belangrijkste boodschap: de bus rijdt te weinig. Het vervoersplan zet daarom in op een belbus.',
    'We spraken met de ondernemers. Conclusie: te weinig laadplekken. We maken daarom vier extra laadplekken.',
    'Heel vaak werd genoemd dat de speeltuin te donker is. De speeltuin krijgt daarom extra lampen.',
    // Not agreeing, and the gemeente going ahead anyway.
    'De huurdersvereniging is het er niet mee eens, maar het college voert de nieuwe regeling toch in, omdat de wachtlijst te lang is.',
    // A change by whoever decides, in a compound, with a long gap.
    'Omwonenden maakten zich zorgen over het toezicht in de nacht. De zorgaanbieder heeft het aantal begeleiders voor de nacht van twee naar vier gebracht en regelt nachttoezicht.',
    // Kept, with its reason; asked for, and granted; weighed, and decided.
    'Ondernemers wilden op vrijdag een latere sluitingstijd; die blijft 22.00 uur, omdat de buurt al veel overlast heeft.',
    'Het college koos voor een bredere stoep, iets waar de ouders nadrukkelijk om hadden gevraagd.',
    'De wijkraad wil acht avonden, de horeca twaalf. Het college kiest voor tien, een middenweg tussen beide wensen.',
    'Op basis van wat we op de avonden hoorden, stellen we voor de flat niet hoger dan vier lagen te maken.',
    'De boeren hebben niet gekregen wat zij vroegen: de weg wordt toch afgesloten, omdat de brug te zwak is.',
    'Het college heeft de bezwaren gewogen en heeft de vergunning geweigerd.',
    'De scouting vroeg het beheer van het grasveld te mogen doen. Dat verzoek willigen we in.',
    'Het college stelt voor de afspraken uit het sportakkoord over te nemen in het sportbeleid.',
    'Samen maken betekent hier dat de werkgroep de tekst schrijft en dat het college die tekst overneemt.',
  ])('"%s" says what was done with the input', (text) => expect(used(text)).toBe(true));

  it.each([
    // A shared stem three sentences back is not the thing asked for.
    'Bewoners vroegen of zij het grasveld als speelplek mogen gebruiken. Ze willen het zelf maaien. We praten in mei met hen; daarna sluiten we een gebruiksovereenkomst.',
  ])('"%s" does not say what was done with the input', (text) => expect(used(text)).toBe(false));
});

describe('what was done with the input (round 5): adoption asked or hoped for is not done', () => {
  it.each([
    'De werkgroep schreef een buurtplan. De werkgroep vraagt dat het college het plan overneemt.',
  ])('"%s" does not say what was done with the input', (text) => expect(used(text)).toBe(false));
});

describe('feedback (round 5): what is told must be what became of their input', () => {
  it.each([
    // Any thing is not their input.
    'Tijdens een wandeling konden bewoners zien wat er met de bomen in het park gebeurt.',
    // Which roads were done, with no use said before: news of the works.
    'Via de wijkkrant lazen bewoners welke wegen in 2026 zijn aangepakt.',
    'De gemeente vernieuwt de riolering. Bewoners kregen een brief over de aanpassingen aan de weg.',
  ])('"%s" is no feedback', (text) => expect(fb(text)).toBe(false));

  it.each([
    'Bewoners konden op de website zien wat er met de uitkomst van de peiling is gebeurd.',
    'Er kwamen 40 zienswijzen. Alle indieners kregen een brief over de wijzigingen in het bestemmingsplan.',
    // A "niet" inside the clause told denies nothing.
    'De jongerenraad gaf advies. Met de jongerenraad is besproken welke adviezen wel en niet zijn overgenomen.',
  ])('"%s" is feedback', (text) => expect(fb(text)).toBe(true));
});
