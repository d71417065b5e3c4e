import { describe, expect, it } from 'vitest';
import { activeMeetings, isMeetingListInStep, meetingListTitle, planMeetingListSync } from './meeting-list.ts';
import type { MeetingListEntry } from './meeting-list.ts';
import type { Vergadering } from './types.ts';

const horizon = { from: '2026-12-01T00:00:00Z', to: '2028-01-01T00:00:00Z' };
const meeting = (id: string, start: string, extra: Partial<Vergadering> = {}): Vergadering => ({
  id,
  werkgroepId: 'g',
  seriesMasterId: 'm',
  subject: 'Overleg',
  start,
  end: new Date(Date.parse(start) + 90 * 60_000).toISOString(),
  joinUrl: 'https://teams.microsoft.com/l/meetup-join/x',
  ...extra,
});
const row = (itemId: string, v: Vergadering, cancelled = false): MeetingListEntry => ({ itemId, etag: `"${itemId},1"`, vergadering: v, cancelled });

const jan = meeting('o-jan', '2027-01-05T13:00:00.000Z');
const feb = meeting('o-feb', '2027-02-02T13:00:00.000Z');
const past = meeting('o-nov', '2026-11-03T13:00:00.000Z');

describe('planMeetingListSync', () => {
  it('creates a row per meeting in the horizon, earliest first', () => {
    const plan = planMeetingListSync([feb, jan, past], [], horizon);
    expect(plan.create.map((v) => v.id)).toEqual(['o-jan', 'o-feb']);
    expect(plan.update).toEqual([]);
    expect(plan.remove).toEqual([]);
  });

  it('writes nothing when the list says what the calendar says (SharePoint drops the milliseconds)', () => {
    const stored = row('1', { ...jan, start: '2027-01-05T13:00:00Z', end: '2027-01-05T14:30:00Z' });
    const plan = planMeetingListSync([jan], [stored], horizon);
    expect(isMeetingListInStep(plan)).toBe(true);
  });

  it.each([
    ['a moved meeting', { start: '2027-01-05T14:00:00.000Z', end: '2027-01-05T15:30:00.000Z' }],
    ['a new subject', { subject: 'Extra overleg' }],
    ['a new join link', { joinUrl: 'https://teams.microsoft.com/l/meetup-join/y' }],
    ['a join link taken away', { joinUrl: undefined }],
  ])('updates the row for %s', (_name, change) => {
    const now = { ...jan, ...change };
    const plan = planMeetingListSync([now], [row('1', jan)], horizon);
    expect(plan.update).toEqual([{ entry: row('1', jan), vergadering: now, cancelled: false }]);
    expect(plan.create).toEqual([]);
  });

  it('removes rows of meetings gone from the calendar, only inside the horizon', () => {
    const plan = planMeetingListSync([jan], [row('1', jan), row('2', feb), row('3', past)], horizon);
    expect(plan.remove.map((e) => e.itemId)).toEqual(['2']);
  });

  it('marks a meeting the caller cancelled instead of removing it, and keeps it marked later', () => {
    const first = planMeetingListSync([jan], [row('1', jan), row('2', feb)], horizon, { cancelledIds: ['o-feb'] });
    expect(first.update).toEqual([{ entry: row('2', feb), vergadering: feb, cancelled: true }]);
    expect(first.remove).toEqual([]);
    expect(isMeetingListInStep(planMeetingListSync([jan], [row('1', jan), row('2', feb, true)], horizon))).toBe(true);
  });

  it('clears the mark when the calendar has the meeting again', () => {
    const plan = planMeetingListSync([feb], [row('2', feb, true)], horizon);
    expect(plan.update).toEqual([{ entry: row('2', feb, true), vergadering: feb, cancelled: false }]);
  });

  it('keeps the oldest of two rows for one meeting and removes the other', () => {
    const plan = planMeetingListSync([jan], [row('12', jan), row('4', jan)], horizon);
    expect(plan.remove.map((e) => e.itemId)).toEqual(['12']);
    expect(plan.update).toEqual([]);
    expect(plan.create).toEqual([]);
  });

  it('after a series change: new occurrences in, old ones out', () => {
    const newJan = meeting('n-jan', '2027-01-13T09:00:00.000Z', { seriesMasterId: 'm' });
    const plan = planMeetingListSync([newJan], [row('1', jan), row('2', feb)], horizon);
    expect(plan.create).toEqual([newJan]);
    expect(plan.remove.map((e) => e.itemId).sort()).toEqual(['1', '2']);
  });

  it('does not change its inputs', () => {
    const entries = [row('2', feb), row('1', jan)];
    const copy = structuredClone(entries);
    planMeetingListSync([jan], entries, horizon);
    expect(entries).toEqual(copy);
  });
});

describe('activeMeetings', () => {
  it('leaves out cancelled rows', () => {
    expect(activeMeetings([row('1', jan), row('2', feb, true)])).toEqual([jan]);
  });
});

describe('meetingListTitle', () => {
  it.each([
    ['Overleg', 'Overleg'],
    ['', 'Vergadering'],
    ['   ', 'Vergadering'],
    ['x'.repeat(300), 'x'.repeat(255)],
  ])('%j → %j', (subject, title) => {
    expect(meetingListTitle(subject)).toBe(title);
  });

  it('does not rewrite a row whose Title had to differ from the subject', () => {
    const long = meeting('o-long', '2027-03-02T13:00:00.000Z', { subject: 'y'.repeat(300) });
    const stored = row('9', { ...long, subject: meetingListTitle(long.subject) });
    expect(isMeetingListInStep(planMeetingListSync([long], [stored], horizon))).toBe(true);
  });
});
