// Choosing a municipality profile: a file or the administrator's URL, validated with parseProfile.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../../src/text/index.ts';
import { loadProfileFromFile, loadProfileFromUrl } from '../../addin/src/features/profile/load-profile.ts';

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/profiel.json') res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ profielVersie: 1, gemeentenaam: 'Bergen' }));
    else res.writeHead(404).end('nee');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const json = (value: unknown) => new Blob([JSON.stringify(value)], { type: 'application/json' });

describe('profile choice', () => {
  it('accepts a partial profile file and fills the rest from the default', async () => {
    const profile = await loadProfileFromFile(json({ profielVersie: 1, gemeentenaam: 'Weert' }));
    expect(profile.gemeentenaam).toBe('Weert');
    expect(profile.niveaus.adviseren.label.length).toBeGreaterThan(0);
  });

  it('rejects a wrong profile with a Dutch message naming the field', async () => {
    const error = await loadProfileFromFile(json({ profielVersie: 1, gemeentenaam: '' })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'PROFILE.INVALID', details: { field: 'gemeentenaam' } });
    expect(describeError(error)).toMatch(/profiel/i);
  });

  it('rejects a file that is not JSON', async () => {
    const error = await loadProfileFromFile(new Blob(['<xml/>'])).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'WORD.PROFILE_FILE' });
  });

  it('loads the administrator URL, and explains a failed download in Dutch', async () => {
    expect((await loadProfileFromUrl(`${base}/profiel.json`)).gemeentenaam).toBe('Bergen');
    const error = await loadProfileFromUrl(`${base}/weg.json`).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'WORD.PROFILE_FETCH' });
    expect(describeError(error)).toContain('gemeenteprofiel');
  });
});
