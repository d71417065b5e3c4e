// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TrajectRecord } from '../../src/participation/index.ts';
import { App } from '../../src/tab/app/app.tsx';
import type { TabContext } from '../../src/tab/app/host.ts';
import { MemoryTabData, werkgroepView } from './support/memory-data.ts';

const NOW = new Date('2026-11-23T09:00:00Z');
const context: TabContext = { inTeams: false, demo: true, groupId: 'g1', userId: 'u2', locale: 'nl-NL', theme: 'default', personal: false };

function record(id: string, x: Partial<TrajectRecord> = {}): TrajectRecord {
  return {
    itemId: `item-${id}`,
    etag: '"1"',
    documentId: id,
    onderwerp: `Onderwerp ${id}`,
    opsteller: { naam: 'Sanne de Vries' },
    status: 'afgerond',
    afdeling: 'Ruimte',
    gekozenNiveau: 'adviseren',
    periodeStart: '2026-02-01',
    periodeEind: '2026-04-30',
    ...x,
  } as TrajectRecord;
}

const TRAJECTEN: TrajectRecord[] = [
  record('park', {
    onderwerp: 'Herinrichting Stadspark',
    terugkoppelingDatum: '2026-05-15',
    aantalDeelnemers: 412,
    documentUrl: 'https://contoso.sharepoint.com/sites/participatie/Gedeelde%20documenten/park.docx',
  }),
  record('buurthuis', { onderwerp: 'Buurthuis De Kemp', afdeling: 'Sociaal', gekozenNiveau: 'raadplegen', terugkoppelingDatum: '2026-06-01', terugkoppelingGedaan: true }),
  record('kwaad', { onderwerp: '<img src=x onerror=alert(1)>Kwaad', documentUrl: 'javascript:alert(1)', status: 'gepland', periodeStart: '2026-12-01', periodeEind: '2027-01-31' }),
  record('oud', { onderwerp: 'Oud traject', periodeStart: '2024-02-01', periodeEind: '2024-03-01' }),
];

class RegisterData extends MemoryTabData {
  constructor(private readonly trajecten: TrajectRecord[]) {
    super(werkgroepView());
  }
  async listTrajecten() {
    this.calls.push('listTrajecten');
    return this.trajecten;
  }
}

beforeAll(() => {
  (Element.prototype as { animate?: unknown }).animate = undefined;
});
beforeEach(() => {
  window.location.hash = '#/participatie';
  window.sessionStorage.clear();
});
afterEach(cleanup);

function setup(data: MemoryTabData = new RegisterData(TRAJECTEN)) {
  return { data, ...render(<App context={context} data={data} now={() => NOW} onThemeChange={() => {}} />) };
}

const rowOf = (table: HTMLElement, text: string) => within(table).getByText(text).closest('tr')!;

describe('Participatie page', () => {
  it('is in the page navigation and lists this year\'s trajects, overdue terugkoppeling first and marked', async () => {
    setup();
    const nav = screen.getByRole('navigation', { name: 'Onderdelen' });
    expect(within(nav).getByRole('link', { name: 'Participatie' }).getAttribute('aria-current')).toBe('page');
    const table = await screen.findByTestId('trajecten', {}, { timeout: 10_000 });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => (r as HTMLTableRowElement).cells[0]!.textContent)).toEqual(['Herinrichting Stadspark', '<img src=x onerror=alert(1)>Kwaad', 'Buurthuis De Kemp']);
    const park = rowOf(table, 'Herinrichting Stadspark');
    expect(park.getAttribute('data-overdue')).toBe('true');
    expect(within(park).getByText('Te laat')).toBeTruthy();
    expect(within(rowOf(table, 'Buurthuis De Kemp')).getByText('Gedaan')).toBeTruthy();
    expect(screen.getByTestId('participatie-summary').textContent).toContain('3 van 4 trajecten');
    expect(screen.getByTestId('participatie-summary').textContent).toContain('1 traject wacht nog op terugkoppeling');
    // Header words stay whole: the table scrolls instead.
    expect(within(table).getByRole('columnheader', { name: 'Terugkoppeling' })).toBeTruthy();
  });

  it('links each document, but never with a script URL, and shows hostile text as text', async () => {
    const { container } = setup();
    const table = await screen.findByTestId('trajecten', {}, { timeout: 10_000 });
    const link = within(table).getByRole('link', { name: 'Herinrichting Stadspark (document openen)' });
    expect(link.getAttribute('href')).toBe('https://contoso.sharepoint.com/sites/participatie/Gedeelde%20documenten/park.docx');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(within(rowOf(table, '<img src=x onerror=alert(1)>Kwaad')).queryByRole('link')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.innerHTML).not.toContain('javascript:');
  });

  it('filters by afdeling, level, status and year', async () => {
    const user = userEvent.setup();
    setup();
    const table = await screen.findByTestId('trajecten', {}, { timeout: 10_000 });
    const shown = () => within(screen.getByTestId('trajecten')).getAllByRole('row').slice(1).map((r) => (r as HTMLTableRowElement).cells[0]!.textContent);
    await user.selectOptions(screen.getByLabelText('Afdeling'), 'Sociaal');
    expect(shown()).toEqual(['Buurthuis De Kemp']);
    await user.selectOptions(screen.getByLabelText('Afdeling'), '');
    await user.selectOptions(screen.getByLabelText('Status'), 'gepland');
    expect(shown()).toEqual(['<img src=x onerror=alert(1)>Kwaad']);
    await user.selectOptions(screen.getByLabelText('Status'), '');
    await user.selectOptions(screen.getByLabelText('Niveau'), 'raadplegen');
    expect(shown()).toEqual(['Buurthuis De Kemp']);
    await user.selectOptions(screen.getByLabelText('Niveau'), '');
    await user.selectOptions(screen.getByLabelText('Jaar'), '2024');
    expect(shown()).toEqual(['Oud traject']);
    await user.selectOptions(screen.getByLabelText('Jaar'), '0');
    expect(shown()).toHaveLength(4);
    expect(table).toBeTruthy();
  });

  it('says plainly when the register is not set up', async () => {
    setup(new MemoryTabData(werkgroepView()));
    expect(await screen.findByText(/Het participatieregister is nog niet ingesteld/, {}, { timeout: 10_000 })).toBeTruthy();
  });

  it('makes the raad report with the typed evaluation and the werkgroep results', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return `blob:test/${blobs.length}`;
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const data = new RegisterData(TRAJECTEN);
    data.results.push({ id: 'r1', werkgroepId: 'g1', nr: 1, titel: 'Leidraad interactief beleid', doel: '', doelgroep: [], watIsErGebeurd: '', methode: '', doorlooptijd: {}, capaciteit: '', verankering: '', status: 'gereed' });
    setup(data);
    await screen.findByTestId('trajecten', {}, { timeout: 10_000 });
    const section = screen.getByTestId('raad-report');
    await user.type(within(section).getByLabelText('Evaluatie (mag leeg blijven)'), 'De terugkoppeling moet beter.');
    await user.click(within(section).getByRole('button', { name: 'Jaarverslag maken' }));
    await waitFor(() => expect(within(section).getByTestId('raad-report-link')).toBeTruthy(), { timeout: 15_000 });
    expect(within(section).getByTestId('raad-report-link').getAttribute('download')).toBe('Jaarverslag participatie 2026 voor de raad.docx');
    expect(click).toHaveBeenCalled();
    const bytes = new Uint8Array(await blobs.at(-1)!.arrayBuffer());
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(value).toContain('Participatie in 2026');
    expect(value).toContain('Het participatieregister: 3 trajecten in dit jaar.');
    expect(value).toContain('De terugkoppeling moet beter.');
    expect(value).toContain('Leidraad interactief beleid');
    expect(value).toContain('[Vul hier in: wat gaat de gemeente volgend jaar anders doen');
    expect((await JSZip.loadAsync(bytes)).file('word/document.xml')).toBeTruthy();

    await user.click(within(section).getByRole('button', { name: 'Register downloaden (voor de participatiescan)' }));
    await waitFor(() => expect(blobs).toHaveLength(2));
    const register = JSON.parse(await blobs[1]!.text());
    expect(register.trajecten).toHaveLength(4);
    expect(register.trajecten[0]).not.toHaveProperty('etag');
    create.mockRestore();
    click.mockRestore();
  }, 30_000);
});
