import type { Actie, Agendapunt, Besluit, Member, Resultaat, Verbeterpunt, Vergadering } from '../../../src/workgroups/index.ts';
import { ConflictError } from '../../../src/tab/shared/data/tab-data.ts';
import type { TabData, WerkgroepView } from '../../../src/tab/shared/data/tab-data.ts';

/**
 * An in-memory TabData for component tests (the role MSW plays elsewhere): real behaviour for reads
 * and writes, ETags that move on every write, so stale writes fail like Graph's 412.
 */
export class MemoryTabData implements TabData {
  calls: string[] = [];
  private v = 1;
  constructor(
    public view: WerkgroepView,
    public meetings: Vergadering[] = [],
    public actions: Actie[] = [],
    public results: Resultaat[] = [],
    public punten: Verbeterpunt[] = [],
    public agenda: Agendapunt[] = [],
    public besluiten: Besluit[] = [],
  ) {
    for (const a of actions) a.etag ??= this.etag();
  }
  private etag() {
    return `W/"${this.v++}"`;
  }
  /** Someone else edits the action: its ETag moves on. */
  editElsewhere(id: string, change: Partial<Actie>): void {
    const i = this.actions.findIndex((a) => a.id === id);
    this.actions[i] = { ...this.actions[i]!, ...change, etag: this.etag() };
  }
  async loadWerkgroep() {
    this.calls.push('loadWerkgroep');
    return this.view;
  }
  async listMyWerkgroepen() {
    return [{ id: this.view.werkgroep.id, naam: this.view.werkgroep.naam }];
  }
  async listMeetings() {
    return this.meetings;
  }
  async createMeetingSeries() {
    this.calls.push('createMeetingSeries');
  }
  async listAgendapunten(_g: string, vergaderingId: string) {
    return this.agenda.filter((a) => a.vergaderingId === vergaderingId);
  }
  async addAgendapunt(groupId: string, input: Omit<Agendapunt, 'id' | 'werkgroepId'>) {
    const item = { ...input, id: `a${this.v}`, werkgroepId: groupId, etag: this.etag() };
    this.agenda.push(item);
    return item;
  }
  async updateAgendapunt(_g: string, item: Agendapunt) {
    const saved = { ...item, etag: this.etag() };
    this.agenda = this.agenda.map((a) => (a.id === item.id ? saved : a));
    return saved;
  }
  async listBesluiten() {
    return this.besluiten;
  }
  async addBesluit(groupId: string, input: Omit<Besluit, 'id' | 'werkgroepId'>) {
    const b = { ...input, id: `b${this.v}`, werkgroepId: groupId, etag: this.etag() };
    this.besluiten.push(b);
    return b;
  }
  async listActions() {
    return this.actions.map((a) => ({ ...a }));
  }
  async createAction(groupId: string, input: { titel: string; trekkerId: string; dueDate: string; vergadering?: { id: string } }) {
    const a: Actie = { id: `t${this.v}`, werkgroepId: groupId, titel: input.titel, trekkerId: input.trekkerId, dueDate: input.dueDate, status: 'open', vergaderingId: input.vergadering?.id, etag: this.etag() };
    this.actions.push(a);
    return a;
  }
  private write(actie: Actie, change: Partial<Actie>): Actie {
    this.calls.push(`write:${actie.id}`);
    const current = this.actions.find((a) => a.id === actie.id)!;
    if (current.etag !== actie.etag) throw new ConflictError({ ...actie, ...change }, { ...current });
    const saved = { ...current, ...change, etag: this.etag() };
    this.actions = this.actions.map((a) => (a.id === actie.id ? saved : a));
    return saved;
  }
  async updateAction(actie: Actie, change: { dueDate?: string }) {
    return this.write(actie, change);
  }
  async completeAction(actie: Actie) {
    return this.write(actie, { status: 'klaar', completedAt: '2026-11-23T10:00:00Z' });
  }
  async getAction(id: string) {
    const actie = this.actions.find((a) => a.id === id);
    if (!actie) throw new Error('not found');
    return { actie, werkgroepNaam: this.view.werkgroep.naam };
  }
  async listMyActions(userId: string) {
    return this.actions.filter((a) => a.trekkerId === userId).map((actie) => ({ actie, werkgroepNaam: this.view.werkgroep.naam }));
  }
  async listResultaten() {
    return this.results;
  }
  async saveResultaat(_g: string, r: Resultaat) {
    return r;
  }
  async listVerbeterpunten() {
    return this.punten;
  }
  async saveVerbeterpunt(_g: string, p: Verbeterpunt) {
    return p;
  }
  async prepareWerkgroep() {
    return { lists: ['Agendapunten', 'Besluiten', 'Resultaten', 'Verbeterpunten'], planId: 'plan' };
  }
}

export const members: Member[] = [
  { id: 'u1', displayName: 'Annemiek Jansen' },
  { id: 'u2', displayName: 'Pieter de Vries' },
  { id: 'u3', displayName: '<img src=x onerror=alert(1)>Bob' },
];

export function werkgroepView(): WerkgroepView {
  return {
    werkgroep: { id: 'g1', naam: 'Werkgroep Interactief beleid', voorzitterId: 'u1', ledenIds: members.map((m) => m.id), mtLidIds: ['m1'] },
    members,
    mt: [{ id: 'm1', displayName: 'Marc Knaapen' }],
  };
}
