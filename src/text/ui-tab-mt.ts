/**
 * Dutch B1 text of the tab's MT view (MT-overzicht). Apart from ui-tab.ts because only that lazy page
 * uses it, so the tab's first page does not carry it.
 */
export const mtOverzichtText = {
  title: 'MT-overzicht',
  intro: 'Alles waar jij als MT-lid verantwoordelijk voor bent, uit al je werkgroepen.',
  notMt:
    'Dit overzicht is voor leden van het MT. Jij staat niet in de MT-groep, dus hier staat niets voor jou. Je eigen acties vind je onder Mijn acties.',
  noMtGroup: 'Er is geen MT-groep ingesteld. Vraag de beheerder van de app om de MT-groep in te stellen.',
  onlyYourWerkgroepen:
    'Je ziet alleen werkgroepen waar je zelf lid van bent. Microsoft 365 laat de planning en de teamsite van een werkgroep alleen aan leden zien. Wil je een werkgroep hier zien? Vraag de voorzitter om je aan het team toe te voegen. Het weekoverzicht van de bot laat wel alle werkgroepen zien.',
  noWerkgroepen:
    'Je bent nog geen lid van een werkgroep. De tab laat alleen werkgroepen zien waar je zelf lid van bent. Ben je MT-lid? Het weekoverzicht van de bot gaat wel over alle werkgroepen.',
  werkgroepen: 'Werkgroepen',
  werkgroepLine: (open: number, overdue: number) =>
    open === 0
      ? 'Geen open acties.'
      : `${open === 1 ? '1 open actie' : `${open} open acties`}${overdue === 0 ? ', geen te laat.' : overdue === 1 ? ', daarvan is 1 te laat.' : `, daarvan zijn er ${overdue} te laat.`}`,
  resultaten: 'Jouw resultaten',
  noResultaten: 'Er zijn geen resultaten waar jij verantwoordelijk voor bent.',
  pastDoorlooptijd: 'Doorlooptijd voorbij',
  overdue: 'Te late acties',
  noOverdue: 'Er zijn geen te late acties.',
  verbeterpunten: 'Verbeterpunten',
  noVerbeterpunten: 'Er zijn geen verbeterpunten waar jij verantwoordelijk voor bent.',
  verbeterStatus: (done: number, total: number) =>
    total === 0
      ? 'Nog geen acties.'
      : done === total
        ? total === 1
          ? 'De actie is uitgevoerd.'
          : `Alle ${total} acties zijn uitgevoerd.`
        : done === 0
          ? total === 1
            ? 'De actie is nog niet uitgevoerd.'
            : `Nog geen van de ${total} acties is uitgevoerd.`
          : `${done} van de ${total} acties ${done === 1 ? 'is' : 'zijn'} uitgevoerd.`,
} as const;
