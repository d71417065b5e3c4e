// A local OpenID metadata + JWKS server and a signer, standing in for login.botframework.com in tests.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type JWTPayload } from 'jose';

export const ISSUER = 'https://api.botframework.com';

export interface LocalOpenId {
  metadataUrl: string;
  /** `withoutExp`: a token that never expires (no `exp` claim), which the bot must refuse anyway. */
  sign(claims: JWTPayload, options?: { expiresInSeconds?: number; key?: 'trusted' | 'stranger'; kid?: string; withoutExp?: boolean }): Promise<string>;
  close(): Promise<void>;
}

export async function startOpenId(): Promise<LocalOpenId> {
  const trusted = await generateKeyPair('RS256', { extractable: true });
  const stranger = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(trusted.publicKey)), kid: 'test-key-1', use: 'sig', alg: 'RS256' };
  let base = '';
  const server = createServer((req, res) => {
    if (req.url === '/v1/.well-known/openidconfiguration') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ issuer: ISSUER, jwks_uri: `${base}/v1/.well-known/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
    } else if (req.url === '/v1/.well-known/keys') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    metadataUrl: `${base}/v1/.well-known/openidconfiguration`,
    async sign(claims, options = {}) {
      const now = Math.floor(Date.now() / 1000);
      const exp = now + (options.expiresInSeconds ?? 3600);
      const jwt = new SignJWT({ ...claims })
        .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? 'test-key-1', typ: 'JWT' })
        .setIssuedAt(Math.min(now, exp - 60))
        .setNotBefore(Math.min(now, exp - 60) - 5);
      if (!options.withoutExp) jwt.setExpirationTime(exp);
      return jwt.sign(options.key === 'stranger' ? stranger.privateKey : trusted.privateKey);
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
