// Starts the real Azure Table Storage emulator (Azurite, npm) in this process, in memory, on a free loopback port.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface AzuriteTableServer {
  start(): Promise<void>;
  close(): Promise<void>;
  clean(): Promise<void>;
  getHttpServerAddress(): string;
}

// Azurite's published development account (documented by Microsoft for the emulator; not a secret).
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface RunningAzurite {
  connectionString: string;
  stop(): Promise<void>;
}

export async function startAzurite(): Promise<RunningAzurite> {
  const TableServer = (require('azurite/dist/src/table/TableServer.js') as { default: new (cfg: unknown) => AzuriteTableServer }).default;
  const TableConfiguration = (require('azurite/dist/src/table/TableConfiguration.js') as { default: new (...args: unknown[]) => unknown })
    .default;
  // host, port, keepAlive, dbPath (unused in memory), debugLog, accessLog, accessStream, debugPath, loose,
  // skipApiVersionCheck, cert, key, pwd, oauth, disableProductStyleUrl, inMemoryPersistence
  const config = new TableConfiguration('127.0.0.1', 0, undefined, 'unused', false, false, undefined, undefined, false, true, '', '', '', undefined, false, true);
  const server = new TableServer(config);
  await server.start();
  const url = server.getHttpServerAddress();
  return {
    connectionString: `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};TableEndpoint=${url}/${DEV_ACCOUNT};`,
    async stop() {
      await server.close();
      await server.clean();
    },
  };
}
