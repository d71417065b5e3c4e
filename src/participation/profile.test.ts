import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError, describeError } from '../text/index.ts';
import { DEFAULT_PROFILE_NAME, LEVELS, defaultProfile, generateParagraph, isOtherProfile, levelsFor, parseProfile, profileIdentity, renderParagraphText } from './index.ts';
import type { Answers } from './index.ts';

const read = (p: string) => JSON.parse(readFileSync(new URL(`../../examples/${p}`, import.meta.url), 'utf8')) as unknown;

function fieldOf(json: unknown): string {
  try {
    parseProfile(json);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('PROFILE.INVALID');
    return String((e as AppError).details.field);
  }
  throw new Error('expected PROFILE.INVALID');
}

describe('parseProfile', () => {
  it('accepts the default profile example, equal to the default', () => {
    expect(parseProfile(read('profiel-standaard.json'))).toEqual(defaultProfile);
  });

  it('fills what a gemeente leaves out from the default', () => {
    const p = parseProfile({ gemeentenaam: 'Weert', niveaus: { adviseren: { label: 'meedenken' } } });
    expect(p.gemeentenaam).toBe('Weert');
    expect(p.niveaus.adviseren.label).toBe('meedenken');
    expect(p.niveaus.adviseren.zinAfgerond).toBe(defaultProfile.niveaus.adviseren.zinAfgerond);
    expect(levelsFor(p)[2]).toMatchObject({ id: 'adviseren', rank: 2, label: 'meedenken' });
  });

  it.each([
    [{ gemeentenaam: 3 }, 'gemeentenaam'],
    [{ gemeentenaam: '' }, 'gemeentenaam'],
    [{ kleur: 'rood' }, 'kleur'],
    [{ niveaus: { adviseren: { zinAfgerond: ['x'] } } }, 'niveaus.adviseren.zinAfgerond'],
    [{ niveaus: { ladder: {} } }, 'niveaus.ladder'],
    [{ bopa: { lijst: 'alles' } }, 'bopa.lijst'],
    [{ participatieadviseur: { naam: 'R', mail: 'geen-mail' } }, 'participatieadviseur.mail'],
    [{ methoden: { enquete: { een: 'een enquête', meer: 'veel enquêtes' } } }, 'methoden.enquete.meer'],
    [{ profielVersie: 2 }, 'profielVersie'],
    [[], '(het hele bestand)'],
    ['profiel', '(het hele bestand)'],
  ])('names the wrong field in %j', (json, field) => expect(fieldOf(json)).toBe(field));

  it('rejects the broken example with a Dutch message naming the field', () => {
    const field = fieldOf(read('profiel-kapot.json'));
    expect(field).toBe('niveaus.raadplegen.label');
    try {
      parseProfile(read('profiel-kapot.json'));
    } catch (e) {
      expect(describeError(e)).toBe(
        'Het gemeenteprofiel klopt niet bij het veld "niveaus.raadplegen.label". Vraag je beheerder het profiel te controleren.',
      );
    }
  });

  it('changes labels and standard sentences in the paragraph', () => {
    const answers = JSON.parse(readFileSync(new URL('../../examples/voorbeeld-b-leges.json', import.meta.url), 'utf8')) as Answers;
    const profile = parseProfile({
      stukken: { collegevoorstel: { geenParticipatie: 'Bij dit advies was er geen participatie.' } },
      kanalen: { gemeentepagina: 'Weert Extra' },
    });
    const text = renderParagraphText(generateParagraph(answers, profile));
    expect(text).toContain('Bij dit advies was er geen participatie.');
    expect(text).toContain('via de website en Weert Extra.');
  });

  it('exposes the ladder in order with labels and descriptions', () => {
    expect(LEVELS.map((l) => l.id)).toEqual(['informeren', 'raadplegen', 'adviseren', 'coproduceren', 'meebeslissen', 'zelfbeheer']);
    for (const l of LEVELS) expect(l.description.length).toBeGreaterThan(20);
  });
});

describe('profileIdentity', () => {
  it('names the built-in profile and gives it a stable fingerprint', () => {
    const a = profileIdentity(defaultProfile);
    expect(a.naam).toBe(DEFAULT_PROFILE_NAME);
    expect(a.versie).toMatch(/^#[0-9a-f]{12}$/);
    expect(profileIdentity(parseProfile({}))).toEqual(a);
  });

  it("uses the administrator's name and version when the profile has them", () => {
    expect(profileIdentity(parseProfile({ gemeentenaam: 'Weert', naam: 'Participatieprofiel Weert', versie: '2026.1' }))).toEqual({
      naam: 'Participatieprofiel Weert',
      versie: '2026.1',
    });
  });

  it('tells two versions of a profile apart even when nobody raised the version', () => {
    const v1 = profileIdentity(parseProfile({ gemeentenaam: 'Weert' }));
    const v2 = profileIdentity(parseProfile({ gemeentenaam: 'Weert', kanalen: { gemeentepagina: 'Weert Extra' } }));
    expect(v1.naam).toBe('Weert');
    expect(v2.naam).toBe('Weert');
    expect(v1.versie).not.toBe(v2.versie);
    expect(isOtherProfile(v1, v2)).toBe(true);
    expect(isOtherProfile(v1, { ...v1 })).toBe(false);
    // A paragraph from before profiles were recorded is not "another profile".
    expect(isOtherProfile(undefined, v1)).toBe(false);
  });
});
