// @vitest-environment happy-dom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MemoryTabData, werkgroepView } from '../../../../tests/tab/support/memory-data.ts';
import { AppError, errorText } from '../../../text/index.ts';
import type { Vergadering } from '../../../workgroups/index.ts';
import type { MeetingSeriesInput } from '../../shared/data/tab-data.ts';
import { ConflictHost } from '../../shared/components/conflict-host.tsx';
import { TabEnvProvider } from '../../shared/tab-env.tsx';
import { amsterdamWallTime } from './move-form.tsx';
import { VergaderingPage } from './vergadering-page.tsx';

const NOW = new Date('2026-11-23T09:00:00Z');
const meeting = (id: string, start: string): Vergadering => ({
  id,
  werkgroepId: 'g1',
  seriesMasterId: 's1',
  subject: 'Overleg werkgroep',
  start,
  end: new Date(Date.parse(start) + 90 * 60_000).toISOString(),
});

/** The port with the series changes the page offers; each records what it was asked. */
class SeriesData extends MemoryTabData {
  updates: { seriesId: string; input: MeetingSeriesInput }[] = [];
  cancelled: string[] = [];
  failWith?: AppError;
  async updateMeetingSeries(_g: string, seriesId: string, input: MeetingSeriesInput) {
    this.updates.push({ seriesId, input });
    if (this.failWith) throw this.failWith;
  }
  async cancelMeeting(_g: string, v: Vergadering) {
    this.cancelled.push(v.id);
    this.meetings = this.meetings.filter((m) => m.id !== v.id);
  }
  moved: { id: string; start: string; end: string }[] = [];
  async moveMeeting(_g: string, v: Vergadering, change: { start: string; end: string }) {
    this.moved.push({ id: v.id, ...change });
    this.meetings = this.meetings.map((m) => (m.id === v.id ? { ...m, ...change } : m));
  }
  deletedSeries: string[] = [];
  async deleteMeetingSeries(_g: string, seriesId: string) {
    this.deletedSeries.push(seriesId);
    this.meetings = [];
  }
}

function setup(data: SeriesData) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <TabEnvProvider value={{ data, groupId: 'g1', werkgroep: werkgroepView(), demo: true, inTeams: false, now: () => NOW }}>
        <ConflictHost>
          <VergaderingPage />
        </ConflictHost>
      </TabEnvProvider>
    </FluentProvider>,
  );
}

beforeAll(() => {
  (Element.prototype as { animate?: unknown }).animate = undefined;
});
beforeEach(() => window.sessionStorage.clear());
afterEach(cleanup);

const dec = meeting('e-dec', '2026-12-01T13:00:00.000Z');
const jan = meeting('e-jan', '2027-01-05T13:00:00.000Z');

describe('VergaderingPage: changing the series', () => {
  it('opens the form with the series as it is and saves the change through the port', async () => {
    const data = new SeriesData(werkgroepView(), [dec, jan]);
    const user = userEvent.setup();
    setup(data);
    await user.click(await screen.findByRole('button', { name: 'Reeks wijzigen' }));
    const form = await screen.findByRole('form', { name: 'Reeks wijzigen' });
    expect((within(form).getByLabelText(/Welke in de maand/) as HTMLSelectElement).value).toBe('first');
    expect((within(form).getByLabelText(/^Dag/) as HTMLSelectElement).value).toBe('tuesday');
    expect((within(form).getByLabelText(/Begintijd/) as HTMLInputElement).value).toBe('14:00');
    await user.selectOptions(within(form).getByLabelText(/^Dag/), 'wednesday');
    await user.click(within(form).getByRole('button', { name: 'Reeks wijzigen' }));
    await screen.findByText('De vergaderreeks is gewijzigd in de agenda van de groep.');
    expect(data.updates).toEqual([
      {
        seriesId: 's1',
        input: { subject: 'Overleg werkgroep', rule: { index: 'first', weekday: 'wednesday', time: '14:00', durationMinutes: 90, startDate: '2026-11-23' } },
      },
    ]);
    expect(screen.queryByRole('form', { name: 'Reeks wijzigen' })).toBeNull();
  });

  it('closes the form and warns in Dutch when the calendar changed but the Vergaderingen list did not', async () => {
    const data = new SeriesData(werkgroepView(), [dec, jan]);
    data.failWith = new AppError('TAB.MEETING_LIST_NOT_UPDATED');
    const user = userEvent.setup();
    setup(data);
    await user.click(await screen.findByRole('button', { name: 'Reeks wijzigen' }));
    const form = await screen.findByRole('form', { name: 'Reeks wijzigen' });
    await user.click(within(form).getByRole('button', { name: 'Reeks wijzigen' }));
    await screen.findByText(errorText['TAB.MEETING_LIST_NOT_UPDATED']);
    expect(screen.queryByRole('form', { name: 'Reeks wijzigen' })).toBeNull();
    expect(data.updates).toHaveLength(1);
  });

  it('cancels one meeting after asking, and says so', async () => {
    const data = new SeriesData(werkgroepView(), [dec, jan]);
    const user = userEvent.setup();
    setup(data);
    await user.click(await screen.findByRole('button', { name: 'Gaat niet door' }));
    await screen.findByText(/Gaat de vergadering van dinsdag 1 december 2026 om 14:00 uur niet door\?/);
    await user.click(screen.getByRole('button', { name: 'Ja, vergadering afzeggen' }));
    await screen.findByText('De vergadering is afgezegd.');
    expect(data.cancelled).toEqual(['e-dec']);
  });
});

describe('VergaderingPage: one meeting to another day, or the series stopped', () => {
  it('moves the selected meeting to a new day and time in Amsterdam, keeping its length', async () => {
    const data = new SeriesData(werkgroepView(), [dec, jan]);
    const user = userEvent.setup();
    setup(data);
    await user.click(await screen.findByRole('button', { name: 'Verplaatsen' }));
    const form = await screen.findByRole('form', { name: 'Vergadering verplaatsen' });
    expect((within(form).getByLabelText(/Nieuwe datum/) as HTMLInputElement).value).toBe('2026-12-01');
    expect((within(form).getByLabelText(/Nieuwe begintijd/) as HTMLInputElement).value).toBe('14:00');
    const date = within(form).getByLabelText(/Nieuwe datum/);
    await user.clear(date);
    await user.type(date, '2026-12-03');
    await user.click(within(form).getByRole('button', { name: 'Vergadering verplaatsen' }));
    await screen.findByText('De vergadering is verplaatst.');
    expect(data.moved).toEqual([{ id: 'e-dec', start: '2026-12-03T13:00:00.000Z', end: '2026-12-03T14:30:00.000Z' }]);
  });

  it('stops the series after asking', async () => {
    const data = new SeriesData(werkgroepView(), [dec, jan]);
    const user = userEvent.setup();
    setup(data);
    await user.click(await screen.findByRole('button', { name: 'Reeks stoppen' }));
    await user.click(await screen.findByRole('button', { name: 'Ja, reeks stoppen' }));
    await screen.findByText('De vergaderreeks is gestopt.');
    expect(data.deletedSeries).toEqual(['s1']);
  });
});

describe('amsterdamWallTime', () => {
  it.each([
    ['2026-12-03', '14:00', '2026-12-03T13:00:00.000Z'],
    ['2027-06-09', '10:00', '2027-06-09T08:00:00.000Z'],
    ['2027-03-28', '14:00', '2027-03-28T12:00:00.000Z'], // the day summer time starts
    ['2026-10-25', '08:00', '2026-10-25T07:00:00.000Z'], // the day winter time starts
    ['2026-12-31', '23:30', '2026-12-31T22:30:00.000Z'],
  ])('%s %s in Amsterdam → %s', (date, time, instant) => {
    expect(amsterdamWallTime(date, time)).toBe(instant);
  });
});
