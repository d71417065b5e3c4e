// Table keys over the service's limits get STORE.KEY_INVALID before any call; keys at the limit still work
// against Azurite, which enforces the same limits as the service.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAzurite, type RunningAzurite } from './azurite.test-support.ts';
import { MAX_TABLE_KEY_BYTES, checkTableKey, openAzureTablesStore } from './azure-tables.ts';
import type { BotStore, ConversationRef } from './types.ts';

let azurite: RunningAzurite;
let store: BotStore;
beforeAll(async () => {
  azurite = await startAzurite();
  store = await openAzureTablesStore({ connectionString: azurite.connectionString, tablePrefix: 'keys', allowInsecureConnection: true });
});
afterAll(async () => {
  await azurite?.stop();
});

/** An id whose base64url row key is exactly `chars` long (3 bytes → 4 characters). */
const idFor = (chars: number) => 'x'.repeat((chars / 4) * 3);
const ref = (conversationId: string): ConversationRef => ({
  conversationId,
  serviceUrl: 'https://smba.example/',
  tenantId: 'tenant-1',
  scope: 'personal',
  botId: '28:bot',
  userId: 'u1',
  installedAt: '2026-11-26T08:00:00Z',
});

describe('checkTableKey', () => {
  it.each([
    ['empty', '', true],
    ['512 code units (1 KiB in UTF-16)', 'a'.repeat(512), true],
    ['513 code units', 'a'.repeat(513), false],
    ['a slash', 'a/b', false],
    ['a backslash', 'a\\b', false],
    ['a hash', 'a#b', false],
    ['a question mark', 'a?b', false],
    ['a control character', 'a\u0001b', false],
    ['DEL', 'a\u007fb', false],
    ['a C1 control character', 'a\u0085b', false],
    ['base64url', 'AbC-_09', true],
  ])('%s → allowed %s', (_name, key, ok) => {
    if (ok) expect(checkTableKey('RowKey', key)).toBe(key);
    else expect(() => checkTableKey('RowKey', key)).toThrow(expect.objectContaining({ code: 'STORE.KEY_INVALID' }));
  });

  it('the limit is the documented 1 KiB', () => expect(MAX_TABLE_KEY_BYTES).toBe(1024));
});

describe('azure tables keys against Azurite', () => {
  it('stores an id whose key is exactly at the limit', async () => {
    const id = idFor(512);
    await store.saveConversation(ref(id));
    expect(await store.getConversation(id)).toMatchObject({ conversationId: id });
  });

  it('refuses a longer id with STORE.KEY_INVALID, not the service\'s 400, and stores nothing', async () => {
    const id = idFor(516);
    await expect(store.saveConversation(ref(id))).rejects.toMatchObject({ code: 'STORE.KEY_INVALID', details: { field: 'RowKey', reason: 'too-long' } });
    await expect(store.getConversation(id)).rejects.toMatchObject({ code: 'STORE.KEY_INVALID' });
    await expect(store.savePreferences({ userId: id, kinds: {}, updatedAt: '2026-11-26T08:00:00Z' })).rejects.toMatchObject({ code: 'STORE.KEY_INVALID' });
    await expect(store.saveSnooze({ actionId: id, until: '2026-11-30', createdAt: '2026-11-26T08:00:00Z' })).rejects.toMatchObject({ code: 'STORE.KEY_INVALID' });
    expect((await store.listConversations()).some((c) => c.conversationId === id)).toBe(false);
  });

  it('ids with characters the service refuses in keys are stored (they are encoded)', async () => {
    for (const id of ['19:abc/def#ghi?x\\y@thread.tacv2', 'a\u0001b']) {
      await store.saveConversation(ref(id));
      expect(await store.getConversation(id)).toMatchObject({ conversationId: id });
    }
  });
});
