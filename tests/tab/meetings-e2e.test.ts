// End to end: the meeting page in headless Chromium against the Graph emulator. The series with an end
// date and chosen attendees, changing and stopping it, agenda items and besluiten edited, reordered by
// keyboard and removed (with a forced 412), the agenda in the invitation, and a meeting on a public holiday.
import { describe, expect, it } from 'vitest';
import { dutchHolidays } from '../../src/workgroups/index.ts';
import { cancellationsOf } from '../../dev/graph-emulator/routes-calendar.ts';
import { HOSTILE, IDS, tabTestSeed } from './support/seed.ts';
import { ARTIFACTS, addDays, amsterdamDay, expectAxeClean, useTabE2e } from '../support/tab-e2e.ts';
import { startTabStack } from './support/stack.ts';

const today = amsterdamDay(new Date());
/** The first public holiday at least a week ahead: a meeting is seeded on it. */
const holiday = [0, 1]
  .flatMap((y) => dutchHolidays(Number(today.slice(0, 4)) + y, { goedeVrijdag: true, bevrijdingsdag: 'lustrum' }))
  .find((h) => h.date >= addDays(today, 7))!;
const HOLIDAY_EVENT = 'holiday-meeting';

async function open(hash: string, theme = 'default'): Promise<void> {
  await e2e.page.goto(`${e2e.stack.url}/tab.html?theme=${theme}${hash}`);
  await e2e.page.getByRole('heading', { level: 1, name: 'Werkgroep Interactief beleid' }).waitFor({ timeout: 15_000 });
}

/** The picker's option texts once the meetings are loaded (the series has several, plus the extra one). */
async function meetingOptions(): Promise<string[]> {
  const picker = e2e.page.getByLabel('Kies een vergadering');
  await expect.poll(async () => (await picker.locator('option').count()) >= 3, { timeout: 15_000 }).toBe(true);
  return picker.locator('option').allTextContents();
}

/**
 * The options once the extra meeting on the holiday is among them. It may load after the series'
 * meetings; an option picked by its index before then can be a different meeting once it is in.
 */
async function meetingOptionsWithHoliday(): Promise<string[]> {
  await meetingOptions();
  const picker = e2e.page.getByLabel('Kies een vergadering');
  await expect.poll(async () => (await picker.locator('option').allTextContents()).some((o) => o.includes('feestdag')), { timeout: 15_000 }).toBe(true);
  return picker.locator('option').allTextContents();
}

const events = () => [...e2e.stack.emulator.state.events.values()].filter((e) => e.groupId === IDS.werkgroep);
const series = () => events().find((e) => e.recurrence);
function listRows(name: string): Record<string, unknown>[] {
  const list = [...e2e.stack.emulator.state.lists.values()].find((l) => l.displayName === name);
  return list ? [...e2e.stack.emulator.state.itemsOf(list.id).values()].map((i) => i.fields) : [];
}
const weekdayOf = (instant: unknown) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', weekday: 'long' }).format(new Date(String(instant))).toLowerCase();

const e2e = useTabE2e(() => {
  const seed = tabTestSeed({ now: new Date() });
  seed.events = [
    {
      id: HOLIDAY_EVENT,
      groupId: IDS.werkgroep,
      subject: 'Extra overleg werkgroep Interactief beleid',
      start: { dateTime: `${holiday.date}T14:00:00`, timeZone: 'W. Europe Standard Time' },
      end: { dateTime: `${holiday.date}T15:00:00`, timeZone: 'W. Europe Standard Time' },
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/extra',
    },
  ];
  return startTabStack(seed);
});

describe('meetings against the Graph emulator', { timeout: 90_000 }, () => {
  it('makes a series with an end date for chosen members, then changes its day, time and end', async () => {
    await open('#/vergadering');
    const form = e2e.page.getByRole('form', { name: 'Vergaderreeks maken' });
    await form.getByLabel('Welke in de maand').selectOption('first');
    await form.getByLabel('Dag').selectOption('tuesday');
    await form.getByLabel('Begintijd').fill('14:00');
    const end = addDays(today, 200);
    await form.getByLabel('Laatste vergadering uiterlijk op').fill(end);
    await form.getByLabel('Alleen de leden die ik kies').check();
    await form.getByRole('checkbox', { name: 'Pieter de Vries' }).uncheck();
    // Fatima has no mailbox: she can only be reached through "all members".
    expect(await form.getByRole('checkbox', { name: /^Fatima El Amrani \(geen e-mailadres/ }).isDisabled()).toBe(true);
    await e2e.page.screenshot({ path: `${ARTIFACTS}/tab-meetings-series-form.png`, fullPage: true });
    await expectAxeClean(e2e.page, 'series form with attendees');
    await form.getByRole('button', { name: 'Vergaderreeks maken' }).click();
    await e2e.page.getByText('De vergaderreeks staat in de agenda van de groep.').waitFor();

    const master = series()!;
    expect(master.recurrence!.range).toMatchObject({ type: 'endDate', endDate: end });
    expect(master.attendees.map((a) => a.emailAddress.address).sort()).toEqual(['annemiek.jansen@weert.example', 'bob@weert.example']);
    // The Vergaderingen list follows: the series' meetings up to the end date, and the extra meeting.
    const rows = listRows('Vergaderingen');
    const seriesRows = rows.filter((r) => r.SeriesMasterId === master.id);
    expect(seriesRows.length).toBeGreaterThanOrEqual(5);
    expect(seriesRows.every((r) => amsterdamDay(new Date(String(r.Begin))) <= end && weekdayOf(r.Begin) === 'tuesday')).toBe(true);
    expect(rows.some((r) => r.EventId === HOLIDAY_EVENT)).toBe(true);

    await e2e.page.getByTestId('series-end').getByText(/^De reeks loopt tot en met \d+ \w+ \d{4}\.$/).waitFor();
    await e2e.page.getByRole('button', { name: 'Reeks wijzigen' }).click();
    const change = e2e.page.getByRole('form', { name: 'Reeks wijzigen' });
    // The form starts from the series as it is, its end date included.
    expect(await change.getByLabel('Laatste vergadering uiterlijk op').inputValue()).toBe(end);
    await change.getByLabel('Dag').selectOption('thursday');
    await change.getByLabel('Begintijd').fill('15:00');
    const newEnd = addDays(today, 120);
    await change.getByLabel('Laatste vergadering uiterlijk op').fill(newEnd);
    await change.getByRole('button', { name: 'Reeks wijzigen' }).click();
    await e2e.page.getByText('De vergaderreeks is gewijzigd in de agenda van de groep.').waitFor();
    expect(series()!.recurrence).toMatchObject({ pattern: { daysOfWeek: ['thursday'] }, range: { type: 'endDate', endDate: newEnd } });
    const changed = listRows('Vergaderingen').filter((r) => r.SeriesMasterId === master.id);
    expect(changed.length).toBeGreaterThanOrEqual(3);
    expect(changed.every((r) => weekdayOf(r.Begin) === 'thursday' && amsterdamDay(new Date(String(r.Begin))) <= newEnd)).toBe(true);
  });

  it('edits, reorders by keyboard and removes agenda items; a 412 opens the conflict dialog; the agenda goes into the invitation', async () => {
    await open('#/vergadering');
    // A meeting of the series (not the extra one on the holiday).
    const picker = e2e.page.getByLabel('Kies een vergadering');
    const options = await meetingOptionsWithHoliday();
    const pick = options.findIndex((o, i) => i > 0 && !o.includes('feestdag'));
    await picker.selectOption({ index: pick });

    const add = e2e.page.getByRole('form', { name: 'Nieuw agendapunt' });
    for (const titel of ['Opening en mededelingen', HOSTILE.script, 'Rondvraag']) {
      await add.getByLabel('Nieuw agendapunt').fill(titel);
      await add.getByRole('button', { name: 'Toevoegen' }).click();
      await e2e.page.getByTestId('agenda-item').filter({ hasText: titel }).waitFor();
    }
    const titles = async () => (await e2e.page.getByTestId('agenda-item').allTextContents()).map((t) => t.replace(/^\d+\.\s*/, ''));

    // Keyboard: focus "Opening" ↓ and press Enter; it moves down and keeps the focus.
    await e2e.page.getByRole('button', { name: '"Opening en mededelingen" omlaag' }).focus();
    await e2e.page.keyboard.press('Enter');
    await expect.poll(async () => (await titles())[1]?.startsWith('Opening en mededelingen')).toBe(true);
    await expect.poll(() => e2e.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('"Opening en mededelingen" omlaag');
    const stored = () =>
      listRows('Agendapunten')
        .sort((a, b) => Number(a.Volgorde) - Number(b.Volgorde))
        .map((f) => f.Title);
    expect(stored()).toEqual([HOSTILE.script, 'Opening en mededelingen', 'Rondvraag']);

    // Edit, with someone else's change in between: the conflict dialog, then my version.
    await e2e.page.getByRole('button', { name: '"Rondvraag" wijzigen' }).click();
    const edit = e2e.page.getByRole('form', { name: '"Rondvraag" wijzigen' });
    await edit.getByLabel('Agendapunt').fill('Rondvraag en sluiting');
    await edit.getByLabel('Toelichting').fill('Uiterlijk 15.30 uur klaar.');
    const fault = e2e.stack.emulator.faults.add({ method: 'PATCH', path: /\/lists\/.+\/items\/.+\/fields$/, status: 412, times: 1 });
    await edit.getByRole('button', { name: 'Opslaan' }).click();
    const dialog = e2e.page.getByRole('alertdialog', { name: 'Iemand anders heeft dit net gewijzigd' });
    await dialog.waitFor();
    expect(fault.remaining).toBe(0);
    await e2e.page.waitForTimeout(600);
    await e2e.page.screenshot({ path: `${ARTIFACTS}/tab-meetings-agenda-conflict.png` });
    await dialog.getByRole('button', { name: 'Mijn versie opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await e2e.page.getByTestId('agenda-item').filter({ hasText: 'Rondvraag en sluiting' }).waitFor();
    await expect.poll(() => listRows('Agendapunten').find((f) => f.Title === 'Rondvraag en sluiting')?.Toelichting).toBe('Uiterlijk 15.30 uur klaar.');

    // Remove, after a confirmation.
    await e2e.page.getByRole('button', { name: '"Opening en mededelingen" verwijderen' }).click();
    await e2e.page.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await e2e.page.getByTestId('agenda-item').filter({ hasText: 'Opening en mededelingen' }).waitFor({ state: 'detached' });
    expect(stored()).toEqual([HOSTILE.script, 'Rondvraag en sluiting']);

    // The agenda into this meeting's invitation: an exception of the series with an escaped HTML body.
    await e2e.page.getByRole('button', { name: 'Agenda in de uitnodiging zetten' }).click();
    await e2e.page.getByText('De agenda staat in de uitnodiging van deze vergadering.').waitFor();
    const withAgenda = () =>
      events()
        .flatMap((e) => [e.body.content, ...Object.values(e.exceptions).map((x) => x.body?.content ?? '')])
        .find((b) => b.includes('Rondvraag en sluiting'));
    await expect.poll(withAgenda, { timeout: 5000 }).toBeDefined();
    const body = withAgenda()!;
    // It went to this one meeting (an exception of the series), not to the series itself.
    // After the series change the group may hold the old (ended) master next to the new one; the meeting can be in either.
    const masters = events().filter((e) => e.recurrence);
    expect(masters.some((m) => Object.values(m.exceptions).some((x) => x.body?.content === body))).toBe(true);
    expect(masters.some((m) => m.body.content === body)).toBe(false);
    expect(body).toContain('<ol>');
    expect(body).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;Evaluatie opstellen');
    expect(body).not.toContain('<script>');
    expect(series()!.body.content).not.toContain('Rondvraag');
    await e2e.page.screenshot({ path: `${ARTIFACTS}/tab-meetings-agenda.png`, fullPage: true });
    await expectAxeClean(e2e.page, 'agenda edited');
  });

  it('edits and removes besluiten; a 412 on removal lets me keep their version', async () => {
    await open('#/vergadering');
    const add = e2e.page.getByRole('form', { name: 'Nieuw besluit' });
    await add.getByLabel('Nieuw besluit').fill('De werkgroep stelt het format vast.');
    await add.getByRole('button', { name: 'Toevoegen' }).click();
    await e2e.page.getByTestId('besluit').filter({ hasText: 'De werkgroep stelt het format vast.' }).waitFor();

    await e2e.page.getByRole('button', { name: '"De werkgroep stelt het format vast." wijzigen' }).click();
    const edit = e2e.page.getByRole('form', { name: '"De werkgroep stelt het format vast." wijzigen' });
    await edit.getByLabel('Besluit').fill('De werkgroep stelt het format voor de resultaten vast.');
    await edit.getByRole('button', { name: 'Opslaan' }).click();
    await e2e.page.getByTestId('besluit').filter({ hasText: 'format voor de resultaten' }).waitFor();
    await expect.poll(() => listRows('Besluiten').map((f) => f.Title)).toEqual(['De werkgroep stelt het format voor de resultaten vast.']);

    const fault = e2e.stack.emulator.faults.add({ method: 'DELETE', path: /\/lists\/.+\/items\/.+$/, status: 412, times: 1 });
    await e2e.page.getByRole('button', { name: /format voor de resultaten vast\." verwijderen/ }).click();
    await e2e.page.getByRole('button', { name: 'Ja, verwijderen' }).click();
    const dialog = e2e.page.getByRole('alertdialog', { name: 'Iemand anders heeft dit net gewijzigd' });
    await dialog.waitFor();
    expect(fault.remaining).toBe(0);
    await dialog.getByText('Verwijderd').waitFor();
    await dialog.getByRole('button', { name: 'Hun versie houden' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(listRows('Besluiten')).toHaveLength(1);

    await e2e.page.getByRole('button', { name: /format voor de resultaten vast\." verwijderen/ }).click();
    await e2e.page.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await e2e.page.getByTestId('besluit').waitFor({ state: 'detached' });
    expect(listRows('Besluiten')).toHaveLength(0);
  });

  it('flags the meeting on a public holiday and moves it to the next day', async () => {
    await open('#/vergadering');
    const picker = e2e.page.getByLabel('Kies een vergadering');
    const label = (await meetingOptionsWithHoliday()).find((o) => o.includes('feestdag'))!;
    expect(label).toBeDefined();
    await picker.selectOption({ label });
    const warning = e2e.page.getByTestId('holiday-warning');
    await warning.getByText('een feestdag').waitFor();
    await e2e.page.screenshot({ path: `${ARTIFACTS}/tab-meetings-holiday.png`, fullPage: true });
    await expectAxeClean(e2e.page, 'holiday warning');
    await warning.getByRole('button', { name: 'Verplaatsen' }).click();
    const move = e2e.page.getByRole('form', { name: 'Vergadering verplaatsen' });
    // The form starts on the holiday itself and says so.
    await move.getByText(/^Let op: dit is .+, een feestdag\.$/).waitFor();
    // The next day that is no holiday itself (Eerste Kerstdag is followed by Tweede Kerstdag).
    const holidays = new Set([0, 1].flatMap((y) => dutchHolidays(Number(holiday.date.slice(0, 4)) + y, { goedeVrijdag: true, bevrijdingsdag: 'lustrum' })).map((h) => h.date));
    let next = addDays(holiday.date, 1);
    while (holidays.has(next)) next = addDays(next, 1);
    await move.getByLabel('Nieuwe datum').fill(next);
    await move.getByRole('button', { name: 'Vergadering verplaatsen' }).click();
    await e2e.page.getByText('De vergadering is verplaatst.').waitFor();
    const moved = events().find((e) => e.id === HOLIDAY_EVENT)!;
    expect(amsterdamDay(new Date(moved.startUtc))).toBe(next);
    await expect.poll(() => Date.parse(String(listRows('Vergaderingen').find((r) => r.EventId === HOLIDAY_EVENT)?.Begin))).toBe(moved.startUtc);
    await e2e.page.getByTestId('holiday-warning').waitFor({ state: 'detached' });
  });

  it('passes axe in dark and high contrast with items on the page', async () => {
    for (const theme of ['dark', 'contrast']) {
      await open('#/vergadering', theme);
      await e2e.page.getByTestId('agenda').waitFor();
      await e2e.page.waitForLoadState('networkidle');
      await e2e.page.screenshot({ path: `${ARTIFACTS}/tab-meetings-${theme}.png`, fullPage: true });
      await expectAxeClean(e2e.page, `vergadering (${theme})`);
    }
  });

  it('calls off one meeting with /cancel: the attendees get a message, the list marks it cancelled', async () => {
    await open('#/vergadering');
    const picker = e2e.page.getByLabel('Kies een vergadering');
    const options = await meetingOptions();
    const pick = options.findIndex((o, i) => i > 1 && !o.includes('feestdag'));
    await picker.selectOption({ index: pick });
    const before = cancellationsOf(e2e.stack.emulator.state).length;
    await e2e.page.getByRole('button', { name: 'Gaat niet door' }).click();
    await e2e.page.getByRole('button', { name: 'Ja, vergadering afzeggen' }).click();
    await e2e.page.getByText('De vergadering is afgezegd.').waitFor();
    const sent = cancellationsOf(e2e.stack.emulator.state).slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ comment: 'Deze vergadering gaat niet door.', attendees: ['annemiek.jansen@weert.example', 'bob@weert.example'] });
    expect(series()!.cancelled).toContain(sent[0]!.date);
    await expect.poll(() => listRows('Vergaderingen').find((r) => r.EventId === sent[0]!.eventId)?.Geannuleerd).toBe(true);
  });

  it('stops the whole series: gone from the calendar and from the Vergaderingen list', async () => {
    await open('#/vergadering');
    const masterId = series()!.id;
    const before = cancellationsOf(e2e.stack.emulator.state).length;
    await e2e.page.getByRole('button', { name: 'Reeks stoppen' }).click();
    await e2e.page.getByRole('button', { name: 'Ja, reeks stoppen' }).click();
    await e2e.page.getByText('De vergaderreeks is gestopt.').waitFor();
    expect(series()).toBeUndefined();
    expect(cancellationsOf(e2e.stack.emulator.state).slice(before)).toEqual([
      expect.objectContaining({ eventId: masterId, comment: expect.stringContaining('Alle vergaderingen van deze reeks gaan niet door') }),
    ]);
    // Only the meeting called off earlier may stay, marked cancelled, so the bot never reminds of it.
    expect(listRows('Vergaderingen').filter((r) => r.SeriesMasterId === masterId && r.Geannuleerd !== true)).toEqual([]);
    expect(listRows('Vergaderingen').some((r) => r.EventId === HOLIDAY_EVENT)).toBe(true);
    expect(e2e.problems).toEqual([]);
  });
});
