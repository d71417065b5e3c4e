import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TableClient } from '@azure/data-tables';
import { startAzurite, type RunningAzurite } from './azurite.test-support.ts';
import { runStoreContract } from './contract.test-support.ts';
import { openAzureTablesStore } from './azure-tables.ts';
import { SCHEMA_VERSION } from './types.ts';

let azurite: RunningAzurite;
beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(async () => {
  await azurite?.stop();
});

let n = 0;
runStoreContract('azure-tables (Azurite)', () =>
  openAzureTablesStore({ connectionString: azurite.connectionString, tablePrefix: `t${n++}x`, allowInsecureConnection: true }),
);

describe('azure tables adapter', () => {
  it('creates its tables once and records the schema version', async () => {
    const a = await openAzureTablesStore({ connectionString: azurite.connectionString, tablePrefix: 'mig', allowInsecureConnection: true });
    const b = await openAzureTablesStore({ connectionString: azurite.connectionString, tablePrefix: 'mig', allowInsecureConnection: true });
    expect(await a.schemaVersion()).toBe(SCHEMA_VERSION);
    await a.saveInstallation({ userId: 'u', status: 'installed', updatedAt: 'x' });
    expect(await b.getInstallation('u')).toBeDefined();
  });

  it('refuses tables written by a newer version', async () => {
    const meta = TableClient.fromConnectionString(azurite.connectionString, 'futuremeta', { allowInsecureConnection: true });
    await meta.createTable();
    await meta.upsertEntity({ partitionKey: 'meta', rowKey: 'schema', version: SCHEMA_VERSION + 1 });
    await expect(
      openAzureTablesStore({ connectionString: azurite.connectionString, tablePrefix: 'future', allowInsecureConnection: true }),
    ).rejects.toMatchObject({ code: 'STORE.SCHEMA_TOO_NEW' });
  });

  it('gives STORE.UNAVAILABLE when the service cannot be reached', async () => {
    await expect(
      openAzureTablesStore({
        connectionString: azurite.connectionString.replace(/127\.0\.0\.1:\d+/, '127.0.0.1:9'),
        tablePrefix: 'down',
        maxRetries: 0,
        allowInsecureConnection: true,
      }),
    ).rejects.toMatchObject({ code: 'STORE.UNAVAILABLE' });
  });
});

describe('azure tables configuration', () => {
  it('gives STORE.UNAVAILABLE for a malformed connection string', async () => {
    await expect(openAzureTablesStore({ connectionString: 'dit-is-geen-verbinding' })).rejects.toMatchObject({ code: 'STORE.UNAVAILABLE' });
  });
});
