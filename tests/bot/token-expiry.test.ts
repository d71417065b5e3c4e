// A Bot Framework token without `exp` never expires; the SDK's validator (jsonwebtoken) accepts it when the
// signature is good. The bot refuses it before any handler runs, also when the same token comes again.
import type { JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amsterdamTime } from '../../src/workgroups/index.ts';
import { personalInstall, post } from './support/activities.ts';
import { APP_ID, startHarness, type Harness } from './support/harness.ts';
import { ISSUER } from './support/openid.ts';
import { G, werkgroepenSeed } from './support/werkgroepen-seed.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ seed: werkgroepenSeed(), now: amsterdamTime('2026-11-26', '08:00'), werkgroepIds: [G.weert] });
});
afterAll(async () => h?.close());

describe('Bot Framework tokens without exp', () => {
  it('are refused with 401 even with a good signature, and nothing is stored', async () => {
    const token = await h.openId.sign({ iss: ISSUER, aud: APP_ID, serviceurl: h.connectorUrl }, { withoutExp: true });
    for (let i = 0; i < 2; i++) {
      const res = await post(h.url, personalInstall({ serviceUrl: h.connectorUrl, userId: 'u-zonder-exp' }), token);
      expect(res.status).toBe(401);
    }
    expect(await h.store.findPersonalConversation('u-zonder-exp')).toBeUndefined();
    expect(h.connector.byConversation('a:personal-u-zonder-exp')).toHaveLength(0);
  });

  it('a token with exp, signed the same way, is accepted', async () => {
    const token = await h.openId.sign({ iss: ISSUER, aud: APP_ID, serviceurl: h.connectorUrl });
    expect((await post(h.url, personalInstall({ serviceUrl: h.connectorUrl, userId: 'u-met-exp' }), token)).status).toBe(200);
    expect(await h.store.findPersonalConversation('u-met-exp')).toBeDefined();
  });

  it.each([
    ['exp as text', { exp: '9999999999' }],
    ['exp null', { exp: null }],
  ])('%s is refused too', async (_name, extra) => {
    // A malformed exp on purpose, which the JWT payload type does not allow.
    const claims = { iss: ISSUER, aud: APP_ID, serviceurl: h.connectorUrl, ...extra } as unknown as JWTPayload;
    const token = await h.openId.sign(claims, { withoutExp: true });
    expect((await post(h.url, personalInstall({ serviceUrl: h.connectorUrl, userId: 'u-rare-exp' }), token)).status).toBe(401);
    expect(await h.store.findPersonalConversation('u-rare-exp')).toBeUndefined();
  });
});
