import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tabText } from './ui-tab.ts';
import { mtOverzichtText } from './ui-tab-mt.ts';

describe('tab texts', () => {
  it('say how many in plain words for 0, 1 and more', () => {
    expect([0, 1, 3].map(tabText.overzicht.actionsCount)).toEqual(['Geen open acties', '1 open actie', '3 open acties']);
    expect([
      [0, 0],
      [1, 0],
      [4, 1],
      [4, 2],
    ].map(([o, l]) => mtOverzichtText.werkgroepLine(o!, l!))).toEqual([
      'Geen open acties.',
      '1 open actie, geen te laat.',
      '4 open acties, daarvan is 1 te laat.',
      '4 open acties, daarvan zijn er 2 te laat.',
    ]);
    expect([
      [0, 0],
      [0, 1],
      [1, 1],
      [0, 5],
      [2, 5],
      [5, 5],
    ].map(([d, t]) => mtOverzichtText.verbeterStatus(d!, t!))).toEqual([
      'Nog geen acties.',
      'De actie is nog niet uitgevoerd.',
      'De actie is uitgevoerd.',
      'Nog geen van de 5 acties is uitgevoerd.',
      '2 van de 5 acties zijn uitgevoerd.',
      'Alle 5 acties zijn uitgevoerd.',
    ]);
  });

  it('use one word for the due date ("Uiterlijk") in the tab, the cards and the reminders', () => {
    for (const file of ['ui-tab.ts', 'ui-tab-mt.ts', 'ui-bot.ts', 'ui-workgroups.ts']) {
      const source = readFileSync(new URL(`./${file}`, import.meta.url), 'utf8');
      expect(source, file).not.toMatch(/klaar op|einddatum/i);
      expect(source, file).not.toMatch(/\w\((en|s)\)/);
    }
  });
});
