// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/tab/app/app.tsx';
import type { TabContext } from '../../src/tab/app/host.ts';
import type { Actie } from '../../src/workgroups/index.ts';
import { MemoryTabData, werkgroepView } from './support/memory-data.ts';

const NOW = new Date('2026-11-23T09:00:00Z');
const context: TabContext = { inTeams: false, demo: true, groupId: 'g1', userId: 'u2', locale: 'nl-NL', theme: 'default', personal: false };

function actions(): Actie[] {
  return [
    { id: 't1', werkgroepId: 'g1', titel: 'Format ontwikkelen', trekkerId: 'u1', dueDate: '2026-11-18', status: 'open' },
    { id: 't2', werkgroepId: 'g1', titel: '<script>alert(1)</script>Leidraad toetsen', trekkerId: 'u3', dueDate: '2026-12-01', status: 'open' },
    { id: 't3', werkgroepId: 'g1', titel: 'Evaluatie voorbereiden', trekkerId: 'u2', dueDate: '2026-11-23', status: 'open' },
    { id: 't4', werkgroepId: 'g1', titel: 'Presentatie MT', trekkerId: 'u2', dueDate: '2026-11-01', status: 'klaar' },
  ];
}

function setup(data = new MemoryTabData(werkgroepView(), [], actions()), ctx: TabContext = context) {
  let themeHandler: ((t: 'default' | 'dark' | 'contrast') => void) | undefined;
  const utils = render(<App context={ctx} data={data} now={() => NOW} onThemeChange={(h) => (themeHandler = h)} />);
  return { data, ...utils, setTheme: (t: 'default' | 'dark' | 'contrast') => act(() => themeHandler?.(t)) };
}

beforeAll(() => {
  // happy-dom's Web Animations reject on cancel; Fluent falls back to no motion without element.animate.
  (Element.prototype as { animate?: unknown }).animate = undefined;
});

beforeEach(() => {
  window.location.hash = '#/overzicht';
  window.sessionStorage.clear();
});
afterEach(cleanup);

describe('Overzicht', () => {
  it('groups open actions by trekker, marks overdue and today, leaves done ones out', async () => {
    setup();
    const open = await screen.findByTestId('open-actions');
    await within(open).findByText('Format ontwikkelen');
    const groups = within(open).getAllByTestId('owner-group');
    expect(groups.map((g) => within(g).getByRole('heading', { level: 3 }).textContent)).toEqual([
      '<img src=x onerror=alert(1)>Bob',
      'Annemiek Jansen',
      'Pieter de Vries',
    ]);
    const late = within(open).getByText('Format ontwikkelen').closest('li')!;
    expect(within(late).getByText('Te laat')).toBeTruthy();
    const today = within(open).getByText('Evaluatie voorbereiden').closest('li')!;
    expect(within(today).getByText('Vandaag')).toBeTruthy();
    expect(within(open).queryByText('Presentatie MT')).toBeNull();
    expect(screen.getByText('Demo: je werkt buiten Teams')).toBeTruthy();
  });

  it('renders hostile titles and names as text, never as markup', async () => {
    const { container } = setup();
    await screen.findByText('<script>alert(1)</script>Leidraad toetsen');
    expect(container.querySelector('main script, main img')).toBeNull();
  });

  it('marks an action done and drops it from the open list', async () => {
    // The voorzitter may mark anyone's action done; a lid only their own (use-action-commands.test.tsx).
    const { data } = setup(undefined, { ...context, userId: 'u1' });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Markeer "Format ontwikkelen" als klaar' }));
    await waitFor(() => expect(screen.queryByText('Format ontwikkelen')).toBeNull());
    expect(data.actions.find((a) => a.id === 't1')!.status).toBe('klaar');
  });

  it('shows the conflict dialog with the other version when someone else changed the action', async () => {
    const { data } = setup(undefined, { ...context, userId: 'u1' });
    const user = userEvent.setup();
    await screen.findByText('Format ontwikkelen');
    data.editElsewhere('t1', { dueDate: '2026-12-24' });
    await user.click(screen.getByRole('button', { name: 'Markeer "Format ontwikkelen" als klaar' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByText('Iemand anders heeft dit net gewijzigd')).toBeTruthy();
    expect(within(dialog).getByText('Uiterlijk 24 december 2026')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Mijn versie opslaan' }));
    await waitFor(() => expect(data.actions.find((a) => a.id === 't1')!.status).toBe('klaar'));
    // The retry kept their due date: only my field (status) was written on top of their version.
    expect(data.actions.find((a) => a.id === 't1')!.dueDate).toBe('2026-12-24');
  });

  it('follows the Teams theme live', async () => {
    const { setTheme, container } = setup();
    await screen.findByText('Format ontwikkelen');
    setTheme('dark');
    await waitFor(() => expect(container.querySelector('[data-theme]')!.getAttribute('data-theme')).toBe('dark'));
    setTheme('contrast');
    await waitFor(() => expect(container.querySelector('[data-theme]')!.getAttribute('data-theme')).toBe('contrast'));
  });
});

describe('Vergadering', () => {
  it('keeps a typed action as a draft across a remount until it is saved', async () => {
    window.location.hash = '#/vergadering';
    const meeting = { id: 'e1', werkgroepId: 'g1', subject: 'Overleg', start: '2026-12-01T13:00:00Z', end: '2026-12-01T14:30:00Z', seriesMasterId: 's1' };
    const data = new MemoryTabData(werkgroepView(), [meeting], actions());
    const user = userEvent.setup();
    const first = setup(data);
    const form = await screen.findByRole('form', { name: 'Actie toevoegen' });
    await user.type(within(form).getByLabelText(/Wat moet er gebeuren/), 'Verslag delen');
    first.unmount();
    setup(data);
    const again = await screen.findByRole('form', { name: 'Actie toevoegen' });
    expect((within(again).getByLabelText(/Wat moet er gebeuren/) as HTMLInputElement).value).toBe('Verslag delen');
    await user.selectOptions(within(again).getByLabelText(/Trekker/), 'u2');
    await user.click(within(again).getByRole('button', { name: 'Actie toevoegen' }));
    await screen.findByText('Verslag delen', { selector: 'span' });
    expect(data.actions.at(-1)).toMatchObject({ titel: 'Verslag delen', trekkerId: 'u2', vergaderingId: 'e1', dueDate: '2026-12-15' });
    expect((within(again).getByLabelText(/Wat moet er gebeuren/) as HTMLInputElement).value).toBe('');
  });
});

describe('Mijn acties (personal tab)', () => {
  it('lists only my actions', async () => {
    window.location.hash = '';
    setup(undefined, { ...context, groupId: undefined, personal: true });
    const mine = await screen.findByTestId('mijn-acties');
    await within(mine).findByText('Evaluatie voorbereiden');
    expect(within(mine).queryByText('Format ontwikkelen')).toBeNull();
  });
});

describe('Configuratie (channel tab setup)', () => {
  it('prepares the werkgroep\'s lists and plan and says it is ready', async () => {
    window.location.hash = '';
    const data = new MemoryTabData(werkgroepView(), [], actions());
    setup(data, { ...context, frameContext: 'settings' });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Klaarzetten' }, { timeout: 5000 }));
    await screen.findByText('Alles staat klaar. Kies Opslaan om de tab toe te voegen.');
    for (const name of ['Agendapunten', 'Besluiten', 'Resultaten', 'Verbeterpunten']) expect(screen.getByText(name)).toBeTruthy();
  });
});
