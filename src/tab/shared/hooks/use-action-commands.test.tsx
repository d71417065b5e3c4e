// @vitest-environment happy-dom
import { act, cleanup, render, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../app/app.tsx';
import type { TabContext } from '../../app/host.ts';
import { AppError, describeError } from '../../../text/index.ts';
import type { Actie, Werkgroep } from '../../../workgroups/index.ts';
import { MemoryTabData, werkgroepView } from '../../../../tests/tab/support/memory-data.ts';
import { ConflictHost } from '../components/conflict-host.tsx';
import { TabEnvProvider } from '../tab-env.tsx';
import { mayActOnAction, useActionCommands } from './use-action-commands.tsx';

const NOW = new Date('2026-11-23T09:00:00Z');
// u1 is the voorzitter, u2 and u3 are leden, m1 is the werkgroep's MT-lid (tests/tab/support/memory-data.ts).
const werkgroep: Werkgroep = werkgroepView().werkgroep;

function actions(): Actie[] {
  return [
    { id: 't1', werkgroepId: 'g1', titel: 'Format ontwikkelen', trekkerId: 'u1', dueDate: '2026-11-18', status: 'open' },
    { id: 't2', werkgroepId: 'g1', titel: 'Leidraad toetsen', trekkerId: 'u3', coAssigneeIds: ['u2'], dueDate: '2026-12-01', status: 'open' },
    { id: 't3', werkgroepId: 'g1', titel: 'Evaluatie voorbereiden', trekkerId: 'u2', dueDate: '2026-11-23', status: 'open' },
  ];
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

describe('mayActOnAction: the bot cards\' rule in the tab', () => {
  const [byVoorzitter, shared, byPieter] = actions() as [Actie, Actie, Actie];
  it.each([
    ['the trekker', 'u2', byPieter, true],
    ['a co-assignee', 'u2', shared, true],
    ['the voorzitter, on anyone\'s action', 'u1', byPieter, true],
    ['the werkgroep\'s MT-lid', 'm1', byVoorzitter, true],
    ['a lid on the voorzitter\'s action', 'u2', byVoorzitter, false],
    ['a lid on another lid\'s action', 'u3', byPieter, false],
    ['nobody signed in', undefined, byPieter, false],
  ])('%s: %s', (_who, userId, actie, allowed) => {
    expect(mayActOnAction(userId, actie, werkgroep)).toBe(allowed);
  });

  it('without the werkgroep only an assignee may act; a voorzitter of another werkgroep never', () => {
    expect(mayActOnAction('u2', byPieter, undefined)).toBe(true);
    expect(mayActOnAction('u1', byPieter, undefined)).toBe(false);
    expect(mayActOnAction('u1', { ...byPieter, werkgroepId: 'g2' }, werkgroep)).toBe(false);
  });
});

describe('useActionCommands', () => {
  function hook(userId: string, data: MemoryTabData) {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <TabEnvProvider value={{ data, groupId: 'g1', userId, werkgroep: werkgroepView(), demo: true, inTeams: false, now: () => NOW }}>
        <ConflictHost>{children}</ConflictHost>
      </TabEnvProvider>
    );
    const changed: Actie[] = [];
    return { changed, ...renderHook(() => useActionCommands((a) => changed.push(a)), { wrapper }) };
  }

  it('refuses "Klaar" on an action the user may not change: nothing goes to Planner, a Dutch error instead', async () => {
    const data = new MemoryTabData(werkgroepView(), [], actions());
    const { result, changed } = hook('u3', data);
    await act(() => result.current.complete(data.actions[2]!));
    expect(data.actions[2]!.status).toBe('open');
    expect(changed).toEqual([]);
    expect(result.current.error).toBeInstanceOf(AppError);
    expect((result.current.error as AppError).code).toBe('WORKGROUPS.NOT_ALLOWED');
    expect(describeError(result.current.error)).toMatch(/^Je mag deze actie niet wijzigen/);
    await act(() => result.current.changeDue(data.actions[2]!, '2026-12-24'));
    expect(data.actions[2]!.dueDate).toBe('2026-11-23');
  });

  it('lets the trekker mark it done and keeps the done action for the confirmation', async () => {
    const data = new MemoryTabData(werkgroepView(), [], actions());
    const { result, changed } = hook('u2', data);
    await act(() => result.current.complete(data.actions[2]!));
    expect(data.actions[2]!.status).toBe('klaar');
    expect(changed.map((a) => a.id)).toEqual(['t3']);
    expect(result.current.error).toBeUndefined();
    expect(result.current.done?.id).toBe('t3');
  });
});

describe('Overzicht: who sees "Klaar"', () => {
  function setup(userId: string) {
    const data = new MemoryTabData(werkgroepView(), [], actions());
    const context: TabContext = { inTeams: false, demo: true, groupId: 'g1', userId, locale: 'nl-NL', theme: 'default', personal: false };
    render(<App context={context} data={data} now={() => NOW} onThemeChange={() => undefined} />);
    return data;
  }
  const item = (titel: string) => within(screen.getByTestId('open-actions')).getByText(titel).closest('li')!;

  it('a lid sees buttons only on their own actions and gets a confirmation after "Klaar"', async () => {
    const data = setup('u2');
    await screen.findByText('Format ontwikkelen');
    expect(within(item('Format ontwikkelen')).queryByRole('button')).toBeNull();
    expect(within(item('Leidraad toetsen')).getByRole('button', { name: 'Markeer "Leidraad toetsen" als klaar' })).toBeTruthy();
    const user = userEvent.setup();
    await user.click(within(item('Evaluatie voorbereiden')).getByRole('button', { name: 'Markeer "Evaluatie voorbereiden" als klaar' }));
    const status = await screen.findByTestId('action-done-message');
    expect(status.textContent).toContain('"Evaluatie voorbereiden" staat nu op klaar.');
    await waitFor(() => expect(data.actions.find((a) => a.id === 't3')!.status).toBe('klaar'));
  });

  it('the voorzitter and the MT-lid see "Klaar" on every open action', async () => {
    for (const userId of ['u1', 'm1']) {
      setup(userId);
      await screen.findByText('Format ontwikkelen');
      expect(within(screen.getByTestId('open-actions')).getAllByRole('button', { name: /als klaar$/ })).toHaveLength(3);
      cleanup();
    }
  });
});
