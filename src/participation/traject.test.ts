import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isOpsteller, parseAnswers, trajectFollowUps, trajectFromAnswers } from './index.ts';
import type { Answers, TrajectRecord } from './index.ts';

function example(name: string): Answers {
  const parsed = parseAnswers(JSON.parse(readFileSync(new URL(`../../examples/voorbeeld-${name}.json`, import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.answers;
}

const DOC = '6f1c2b9e-8a4d-4c1e-9b7a-2d3e4f5a6b7c';
const opsteller = { id: 'u-an', naam: 'An Peeters', email: 'an.peeters@weert.nl' };
const now = new Date('2026-12-02T10:00:00Z');
const meta = { documentId: DOC, opsteller, now, documentUrl: 'https://weert.sharepoint.com/sites/bestuur/Voorstel.docx', profiel: { naam: 'Weert', versie: '3' } };

describe('trajectFromAnswers', () => {
  it('maps a completed traject: level, period, participants, input, terugkoppeling', () => {
    const t = trajectFromAnswers(example('a-speelruimte'), meta);
    expect(t).toEqual({
      documentId: DOC,
      onderwerp: 'het nieuwe speelruimtebeleid',
      opsteller,
      soortStuk: 'raadsvoorstel',
      gekozenNiveau: 'adviseren',
      // Score 2+3+2+1 = 8 with ruime beleidsruimte: the Weert bands advise adviseren.
      geadviseerdNiveau: 'adviseren',
      status: 'afgerond',
      periodeStart: '2025-02-05',
      periodeEind: '2025-03-20',
      aantalDeelnemers: 412,
      watGedaanMetInbreng:
        'Veel mensen vroegen om meer plekken voor tieners: Overgenomen\nOmwonenden wilden de speeltuin aan de Molenhof houden: Deels overgenomen (De speeltuin aan de Molenhof blijft voorlopig; we kijken in 2026 opnieuw.)',
      inbrengOvergenomen: 'deels',
      terugkoppelingDatum: '2025-04-15',
      terugkoppelingKanaal: 'Nieuwsbrief',
      // The paragraph says "Op 15 april 2025 lieten we … weten": the register must not call it late.
      terugkoppelingGedaan: true,
      documentUrl: meta.documentUrl,
      profielNaam: 'Weert',
      profielVersie: '3',
      bijgewerkt: '2026-12-02T10:00:00.000Z',
    });
  });

  it('maps no participation to status geen with the reasons in plain words, and no level', () => {
    const t = trajectFromAnswers(example('b-leges'), meta);
    expect(t.status).toBe('geen');
    expect(t.gekozenNiveau).toBeUndefined();
    expect(t.geadviseerdNiveau).toBe('informeren');
    expect(t.redenGeen).toBe('Geen ruimte: we voeren regels van hogere overheden uit. De leges volgen een nieuw landelijk tarief.');
    expect(t.periodeStart).toBeUndefined();
    expect(t.terugkoppelingDatum).toBeUndefined();
  });

  it('takes a month as the whole month and a vervolg month as its first day', () => {
    const base = example('a-speelruimte');
    const answers: Answers = {
      ...base,
      q7_participatie: 'gepland',
      q11_periode: { van: '2027-02', tot: '2027-02' },
      q17_vervolg: { vervolg: true, datum: '2027-06' },
    };
    const t = trajectFromAnswers(answers, meta);
    expect(t.status).toBe('gepland');
    expect([t.periodeStart, t.periodeEind, t.vervolgDatum]).toEqual(['2027-02-01', '2027-02-28', '2027-06-01']);
    // q12–q14 are only asked after a completed traject: hidden answers are not used.
    expect(t.aantalDeelnemers).toBeUndefined();
    expect(t.watGedaanMetInbreng).toBeUndefined();
  });

  it('takes the first and last of separate dates as the period', () => {
    const answers: Answers = { ...example('a-speelruimte'), q11_periode: { data: ['2026-03-10', '2026-01-20', '2026-02-14'] } };
    const t = trajectFromAnswers(answers, meta);
    expect([t.periodeStart, t.periodeEind]).toEqual(['2026-01-20', '2026-03-10']);
  });

  it('reads input taken over entirely or not at all as ja or nee', () => {
    const a = example('a-speelruimte');
    expect(trajectFromAnswers({ ...a, q14_watMetInbreng: [{ uitkomst: 'overgenomen' }, { uitkomst: 'overgenomen' }] }, meta).inbrengOvergenomen).toBe('ja');
    expect(trajectFromAnswers({ ...a, q14_watMetInbreng: [{ uitkomst: 'niet', toelichting: 'Past niet in het budget.' }] }, meta).inbrengOvergenomen).toBe('nee');
  });

  it('never clears the follow-up fields, so an update does not undo what the opsteller marked', () => {
    const a = example('a-speelruimte');
    const t = trajectFromAnswers({ ...a, q15_terugkoppeling: { ...a.q15_terugkoppeling!, datum: '2027-01-15' } }, meta);
    expect(t).not.toHaveProperty('terugkoppelingGedaan');
    expect(t).not.toHaveProperty('evaluatieGehoord');
    expect(t).not.toHaveProperty('evaluatieAndersDoen');
  });

  it('marks the feedback done exactly where the paragraph tells it as given', () => {
    const a = example('a-speelruimte');
    const q15 = a.q15_terugkoppeling!;
    const gedaan = (over: Partial<Answers>) => trajectFromAnswers({ ...a, ...over }, meta).terugkoppelingGedaan;
    expect(gedaan({ q15_terugkoppeling: { ...q15, datum: '2026-12-02' } })).toBe(true);
    expect(gedaan({ q15_terugkoppeling: { ...q15, datum: '2026-12-03' } })).toBeUndefined();
    expect(gedaan({ q15_terugkoppeling: { terugkoppeling: true, kanaal: 'brief' } })).toBe(true);
    expect(gedaan({ q7_participatie: 'gepland', q15_terugkoppeling: { terugkoppeling: true, kanaal: 'brief' } })).toBeUndefined();
    expect(gedaan({ q15_terugkoppeling: { terugkoppeling: false } })).toBeUndefined();
    // Its follow-ups agree: no "terugkoppeling verlopen" for feedback the paragraph says was given.
    const told = { ...trajectFromAnswers({ ...a, q15_terugkoppeling: { ...q15, datum: '2026-11-20' } }, meta), itemId: '1', etag: '"1"' };
    expect(trajectFollowUps([told], new Date('2026-12-02T09:00:00Z')).map((f) => f.kind)).not.toContain('terugkoppeling-verlopen');
  });

  it('names the channel of an "anders" terugkoppeling by its description and adds the moment', () => {
    const a = example('a-speelruimte');
    const t = trajectFromAnswers({ ...a, q15_terugkoppeling: { terugkoppeling: true, kanaal: 'anders', omschrijving: 'Wijkkrant', moment: 'na elke bijeenkomst' } }, meta);
    expect(t.terugkoppelingKanaal).toBe('Wijkkrant, na elke bijeenkomst');
    expect(t.terugkoppelingDatum).toBeUndefined();
  });
});

function record(over: Partial<TrajectRecord> = {}): TrajectRecord {
  return {
    itemId: '1',
    etag: '"a,1"',
    documentId: DOC,
    onderwerp: 'het nieuwe speelruimtebeleid',
    opsteller,
    status: 'afgerond',
    terugkoppelingDatum: '2026-12-31',
    ...over,
  };
}

/** 10:00 Amsterdam time on a day (CET in winter). */
const at = (date: string, time = '10:00'): Date => new Date(`${date}T${time}:00+01:00`);
const keys = (trajecten: TrajectRecord[], date: string, time?: string) => trajectFollowUps(trajecten, at(date, time)).map((f) => f.key);

describe('trajectFollowUps', () => {
  it('reminds 5 working days before the terugkoppeling date, counting over Christmas', () => {
    // 31 Dec 2026 is a Thursday; back five working days skips 25 Dec (Kerst) and the weekend: 23 Dec.
    expect(keys([record()], '2026-12-22')).toEqual([]);
    expect(keys([record()], '2026-12-23')).toEqual([`traject:${DOC}:terugkoppeling-binnenkort:2026-12-31`]);
    expect(keys([record()], '2026-12-31')).toEqual([`traject:${DOC}:terugkoppeling-binnenkort:2026-12-31`]);
  });

  it('says nothing on a public holiday, a weekend or outside the sending hours', () => {
    expect(keys([record()], '2026-12-25')).toEqual([]);
    expect(keys([record()], '2026-12-27')).toEqual([]);
    expect(keys([record()], '2026-12-29', '07:30')).toEqual([]);
    expect(keys([record()], '2026-12-29', '17:30')).toEqual([]);
  });

  it('counts a date on a weekend from the next working day', () => {
    // Saturday 2 Jan 2027; 1 Jan is Nieuwjaarsdag, so the next working day is Monday 4 Jan; five back is 24 Dec.
    const t = record({ terugkoppelingDatum: '2027-01-02' });
    expect(keys([t], '2026-12-23')).toEqual([]);
    expect(keys([t], '2026-12-24')).toEqual([`traject:${DOC}:terugkoppeling-binnenkort:2027-01-02`]);
  });

  it('reminds again, under another key, once the date has passed and it is still not done', () => {
    expect(keys([record()], '2027-01-04')).toEqual([`traject:${DOC}:terugkoppeling-verlopen:2026-12-31`]);
  });

  it('stops reminding once the terugkoppeling is marked done and then asks for the evaluation', () => {
    const done = record({ terugkoppelingGedaan: true });
    expect(keys([done], '2027-01-04')).toEqual([`traject:${DOC}:evaluatie`]);
    expect(keys([{ ...done, evaluatieGehoord: 'ja' }], '2027-01-04')).toEqual([]);
  });

  it('asks for the evaluation of a completed traject without a planned terugkoppeling', () => {
    expect(keys([record({ terugkoppelingDatum: undefined })], '2026-12-02')).toEqual([`traject:${DOC}:evaluatie`]);
  });

  it('asks to update the document when a planned period has started, not before and not after it ended', () => {
    const t = record({ status: 'gepland', terugkoppelingDatum: undefined, periodeStart: '2027-01-11', periodeEind: '2027-02-26' });
    expect(keys([t], '2027-01-08')).toEqual([]);
    expect(keys([t], '2027-01-11')).toEqual([`traject:${DOC}:periode-gestart:2027-01-11`]);
    expect(keys([t], '2027-03-01')).toEqual([]);
  });

  it('leaves out trajects without participation or without an opsteller id, and sorts by key', () => {
    const geen = record({ documentId: 'b', status: 'geen', terugkoppelingDatum: '2026-12-31' });
    const anon = record({ documentId: 'c', opsteller: { naam: 'Onbekend' } });
    const other = record({ documentId: 'a', opsteller: { id: 'u-bo', naam: 'Bo' } });
    const due = trajectFollowUps([record(), geen, anon, other], at('2026-12-28'));
    expect(due.map((f) => [f.key, f.recipientId])).toEqual([
      [`traject:${DOC}:terugkoppeling-binnenkort:2026-12-31`, 'u-an'],
      ['traject:a:terugkoppeling-binnenkort:2026-12-31', 'u-bo'],
    ]);
  });

  it('takes the lead time and sending hours from the options', () => {
    const due = trajectFollowUps([record()], at('2026-12-30', '18:30'), { leadWorkingDays: 1, policy: { sendingHours: { start: '18:00', end: '20:00' } } });
    expect(due.map((f) => f.kind)).toEqual(['terugkoppeling-binnenkort']);
    expect(trajectFollowUps([record()], at('2026-12-29', '18:30'), { leadWorkingDays: 1, policy: { sendingHours: { start: '18:00', end: '20:00' } } })).toEqual([]);
  });
});

describe('isOpsteller', () => {
  it('is true only for the opsteller’s own id', () => {
    expect(isOpsteller(record(), 'u-an')).toBe(true);
    expect(isOpsteller(record(), 'u-bo')).toBe(false);
    expect(isOpsteller(record({ opsteller: { naam: 'Zonder id' } }), undefined)).toBe(false);
  });
});
