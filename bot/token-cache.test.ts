import { describe, expect, it } from 'vitest';
import { cacheServiceTokenChecks } from './token-cache.ts';

function jwt(exp: number): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `Bearer ${part({ alg: 'RS256' })}.${part({ exp })}.sig`;
}

function fakeServer(valid: (h: string) => boolean) {
  const calls: string[] = [];
  const server = {
    serviceTokenValidator: {
      async check(h: string, body: { serviceUrl?: string }) {
        calls.push(`${body.serviceUrl}|${h}`);
        if (!valid(h)) throw new Error('invalid');
        return { serviceUrl: body.serviceUrl };
      },
    },
  };
  return { server, calls };
}

describe('service token check cache', () => {
  const now = 1_800_000_000_000;

  it('verifies a token once per serviceUrl while it is valid', async () => {
    const { server, calls } = fakeServer(() => true);
    let t = now;
    expect(cacheServiceTokenChecks(server, { now: () => t })).toBe(true);
    const h = jwt(now / 1000 + 3600);
    await server.serviceTokenValidator.check(h, { serviceUrl: 'https://a/' });
    await server.serviceTokenValidator.check(h, { serviceUrl: 'https://a/' });
    expect(calls).toHaveLength(1);
    await server.serviceTokenValidator.check(h, { serviceUrl: 'https://b/' });
    expect(calls).toHaveLength(2);
    // After the SDK's key-cache lifetime the token is verified again.
    t = now + 11 * 60_000;
    await server.serviceTokenValidator.check(h, { serviceUrl: 'https://a/' });
    expect(calls).toHaveLength(3);
  });

  it('never serves a token past its expiry and never caches a refusal', async () => {
    const { server, calls } = fakeServer((h) => !h.endsWith('bad'));
    let t = now;
    cacheServiceTokenChecks(server, { now: () => t });
    const h = jwt(now / 1000 + 60);
    await server.serviceTokenValidator.check(h, { serviceUrl: 'https://a/' });
    t = now + 61_000;
    await server.serviceTokenValidator.check(h, { serviceUrl: 'https://a/' });
    expect(calls).toHaveLength(2);
    await expect(server.serviceTokenValidator.check('Bearer x.y.bad', { serviceUrl: 'https://a/' })).rejects.toThrow();
    await expect(server.serviceTokenValidator.check('Bearer x.y.bad', { serviceUrl: 'https://a/' })).rejects.toThrow();
    expect(calls).toHaveLength(4);
  });

  it('does nothing without a validator (development mode)', () => {
    expect(cacheServiceTokenChecks({})).toBe(false);
  });
});
