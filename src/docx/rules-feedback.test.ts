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
  ])('"%s" says what was done with the input', (text) => expect(used(text)).toBe(true));

  it.each([
    // The pointer names how people take part, not what was done with what they said.
    'We vragen bewoners wat zij vinden van de nieuwe inrichting. Dat doen we met een enquête en een inloopavond.',
    'Omwonenden kunnen tot juni hun ideeën geven. Dat doen we via een online kaart.',
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
  ])('"%s" says what was done with the input', (text) => expect(used(text)).toBe(true));

  it.each([
    // A standing arrangement says who decides, not that a choice was adopted.
    'De dorpsraad beslist zelf over de besteding van het leefbaarheidsbudget.',
    // A plan made by the gemeente's own rules, not by the people.
    'De visie is vastgesteld zoals de wet het voorschrijft.',
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
  ])('"%s" says what was done with the input', (text) => expect(used(text)).toBe(true));
});

describe('what was done with the input: sentences that still say nothing done', () => {
  it.each([
    'Er kwamen 80 reacties. Hoe we de reacties verwerken, hangt af van het besluit van de raad.',
    'Wat doen we ermee\nDe reacties zijn per buurt samengevat in bijlage 3.',
    'We spraken met vijf dorpsraden. Niet alle wensen konden worden gehonoreerd.',
    'Omwonenden kregen een brief. Inbreng was niet mogelijk: de bomen zijn ziek en moeten weg.',
    'Er kwamen 14 reacties. De initiatiefnemer heeft de reacties opgenomen in het participatieverslag.',
    // A way to take part is no change to the plan.
    'Bewoners vroegen om meer informatie. Daarnaast komt er een website waarop inwoners hun ideeën kunnen achterlaten.',
    // Why people are asked is no use of their input.
    'De jongerenraad kent de leefwereld van jongeren, daarom vragen we hun advies en niet alleen hun mening.',
    // Keeping people informed is no use either.
    'De ideeën gaan naar het ontwerpteam. Welke ideeën in het ontwerp komen, weten we nog niet. Via de nieuwsbrief blijven bewoners op de hoogte.',
  ])('"%s" does not say what was done with the input', (text) => expect(used(text)).toBe(false));
});
