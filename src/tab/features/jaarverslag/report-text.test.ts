import { describe, expect, it } from 'vitest';
import { jaarverslagText as T } from './report-text.ts';

describe('the jaarverslag summary reads as plain B1 for 0, 1 and more', () => {
  it.each([
    [T.meetingsHeld(0, 2026), 'In 2026 is er nog geen vergadering gehouden.'],
    [T.meetingsHeld(1, 2026), 'In 2026 is 1 vergadering gehouden.'],
    [T.actionsLine(0, 0, 0), 'Er waren nog geen acties.'],
    [T.actionsLine(1, 0, 0), 'Er was 1 actie. Er is er nog geen klaar.'],
    [T.actionsLine(3, 3, 0), 'Er waren 3 acties. Ze zijn allemaal klaar.'],
    [T.actionsLine(4, 2, 1), 'Er waren 4 acties. Daarvan zijn er 2 klaar. 1 actie was later klaar dan afgesproken.'],
    [T.openLine(0, 0), 'Er staan geen acties meer open.'],
    [T.openLine(1, 1), 'Er staat nog 1 actie open. Die is te laat.'],
    [T.openLine(2, 0), 'Er staan nog 2 acties open.'],
    [T.resultsLine(0, 0), 'De werkgroep heeft nog geen resultaten vastgelegd.'],
    [T.resultsLine(1, 1), 'De werkgroep werkt aan 1 resultaat. Het is gereed.'],
    [T.verbeterLine(0, 0, 0), 'Er zijn geen verbeterpunten.'],
    [T.verbeterLine(2, 0, 0), 'Er zijn 2 verbeterpunten, nog zonder acties.'],
    [T.verbeterLine(1, 3, 2), 'Er is 1 verbeterpunt met 3 acties. Daarvan zijn er 2 uitgevoerd of onderdeel van de bedrijfsvoering.'],
  ])('%s', (text, expected) => {
    expect(text).toBe(expected);
    expect(text).not.toMatch(/\b0\b/);
  });

  it('never says "Klaar op": that reads as a due date', () => {
    expect((Object.values(T) as unknown[]).filter((v): v is string => typeof v === 'string').filter((v) => /klaar op/i.test(v))).toEqual([]);
    expect(T.dueDate).toBe('Uiterlijk');
  });
});
