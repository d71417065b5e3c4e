import { describe, expect, it } from 'vitest';
import { cached } from '../loader-cache.ts';
import type { GroupState, LoadProblem } from './types.ts';
import { assemble, settleGroup } from './assemble.ts';
import { newGroupState } from './cycle.ts';

const NOW = Date.parse('2026-12-01T08:00:00Z');
const window = { windowFrom: Date.parse('2026-12-01T00:00:00Z'), windowTo: Date.parse('2026-12-15T00:00:00Z'), withAgenda: true, withDigest: true };
const anna = { id: 'u-anna', displayName: 'Anna' };
const bert = { id: 'u-bert', displayName: 'Bert' };

function group(patch: Partial<GroupState> = {}): GroupState {
  return { ...newGroupState('g1', {}, true), naam: 'Werkgroep', members: [anna, bert], ownerIds: ['u-bert'], ownersOk: true, membersOk: true, ...patch };
}

describe('settleGroup', () => {
  it('keeps a complete directory read as the new entry', () => {
    const g = group();
    const problems: LoadProblem[] = [];
    settleGroup(g, true, (value) => cached(value, 0.5, NOW, 3_600_000), problems);
    expect(g.ids.directory?.value).toEqual({ naam: 'Werkgroep', ownerIds: ['u-bert'], members: [anna, bert] });
    expect(problems).toEqual([]);
  });

  it('falls back on the earlier copy for what could not be read, and says so', () => {
    const old = cached({ naam: 'Oud', ownerIds: ['u-anna'], members: [anna] }, 0.5, NOW - 7 * 3_600_000, 3_600_000);
    const g = group({ ids: { directory: old }, naam: undefined, members: [], membersOk: false });
    const problems: LoadProblem[] = [];
    settleGroup(g, true, () => undefined, problems);
    expect([g.naam, g.members, g.ownerIds]).toEqual(['Oud', [anna], ['u-bert']]);
    expect(problems).toEqual([{ werkgroepId: 'g1', resource: 'group', code: 'GRAPH.UNAVAILABLE', stale: true }]);
  });

  it('drops cache keys that have no entry', () => {
    const g = group({ ids: { planId: 'p', agenda: undefined } });
    settleGroup(g, true, () => undefined, []);
    expect(Object.keys(g.ids)).toEqual(['planId']);
  });
});

describe('assemble', () => {
  const meeting = (id: string, start: string) => ({ id, werkgroepId: 'g1', subject: 'Overleg', start, end: start.replace('T13', 'T14') });

  it('makes the werkgroep with its chair, members and MT-leden', () => {
    const g = group({ digest: { results: [{ id: 'r1', werkgroepId: 'g1', titel: 'R', verantwoordelijkMtLidId: 'u-mt2' } as never], verbeterpunten: [] } });
    const chunk = assemble([g], [{ id: 'u-anna', displayName: 'Anna' }, { id: 'u-mt2', displayName: 'MT 2' }], window, []);
    expect(chunk.werkgroepen).toEqual([{ id: 'g1', naam: 'Werkgroep', voorzitterId: 'u-bert', ledenIds: ['u-anna', 'u-bert'], mtLidIds: ['u-anna', 'u-mt2'] }]);
    expect(chunk.members.map((m) => m.id)).toEqual(['u-anna', 'u-bert', 'u-mt2']);
    expect(chunk.mtLidIds).toEqual(['u-anna', 'u-mt2']);
    expect(chunk.results).toHaveLength(1);
  });

  it('lets the first member chair a group without owners, and reports the missing owners', () => {
    const problems: LoadProblem[] = [];
    const chunk = assemble([group({ ownerIds: [] })], [], window, problems);
    expect(chunk.werkgroepen[0]!.voorzitterId).toBe('u-anna');
    expect(problems).toEqual([{ werkgroepId: 'g1', resource: 'owners', code: 'GRAPH.NOT_FOUND' }]);
  });

  it('leaves out a group nobody can chair', () => {
    expect(assemble([group({ ownerIds: [], members: [] })], [], window, []).werkgroepen).toEqual([]);
  });

  it('cuts meetings to the window and gives the agenda only of werkgroepen that meet in it', () => {
    const inside = meeting('m1', '2026-12-03T13:00:00Z');
    const later = meeting('m2', '2026-12-20T13:00:00Z');
    const agenda = [{ id: 'a1', werkgroepId: 'g1', vergaderingId: 'm1', titel: 'Punt', volgorde: 1 }];
    const meets = assemble([group({ calendar: { from: '', to: '', meetings: [inside, later] }, agenda })], [], window, []);
    expect(meets.meetings).toEqual([inside]);
    expect(meets.agenda).toEqual(agenda);
    const notInWindow = assemble([group({ calendar: { from: '', to: '', meetings: [later] }, agenda })], [], window, []);
    expect(notInWindow.agenda).toEqual([]);
  });
});
