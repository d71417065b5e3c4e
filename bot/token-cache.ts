// Bot Framework sends the same service token on many requests until it expires. Verifying it (RS256 with a
// key rebuilt from PEM on every call) is a large share of each request. This remembers successful checks of
// the exact Authorization header for the exact serviceUrl, never past the token's own expiry and never longer
// than the SDK's key cache (10 minutes), so it accepts nothing the SDK's validator would refuse.

interface Validator {
  check(authHeader: string, body: { serviceUrl?: string }): Promise<unknown>;
}

function expiryMs(authHeader: string): number | undefined {
  const token = authHeader.startsWith('Bearer ') ? authHeader.slice(7) : authHeader;
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const exp = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Wraps the SDK's service token validator (an internal of @microsoft/teams.apps 2.0.16, pinned) with the cache.
 * Returns false when there is no validator to wrap (development mode, or an SDK that changed).
 */
export function cacheServiceTokenChecks(server: unknown, options: { maxEntries?: number; ttlMs?: number; now?: () => number } = {}): boolean {
  const validator = (server as { serviceTokenValidator?: Validator }).serviceTokenValidator;
  if (!validator || typeof validator.check !== 'function') return false;
  const original = validator.check.bind(validator);
  const max = options.maxEntries ?? 1000;
  const ttl = options.ttlMs ?? 10 * 60_000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { token: unknown; until: number }>();
  validator.check = async (authHeader, body) => {
    const key = `${body?.serviceUrl ?? ''}\n${authHeader}`;
    const t = now();
    const hit = cache.get(key);
    if (hit && hit.until > t) return hit.token;
    if (hit) cache.delete(key);
    const token = await original(authHeader, body);
    const exp = expiryMs(authHeader);
    if (exp !== undefined && exp > t) {
      if (cache.size >= max) cache.delete(cache.keys().next().value!);
      cache.set(key, { token, until: Math.min(exp, t + ttl) });
    }
    return token;
  };
  return true;
}
