// CLI: `tsx dev/graph-emulator/main.ts --port 8443 --data data/tenant.json [--reset] [--today YYYY-MM-DD]`
// Starts the emulator with the demo tenant (or the saved state), keeps a stable certificate next to
// the data file and prints the URL, the CA path and a dev token.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildEmulator, generateTls } from './index.ts';
import { demoTenantSeed } from '../demo-tenant/index.ts';
import { BOT_APPLICATION_PERMISSIONS } from '../../src/config/graph-permissions.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8443' },
    host: { type: 'string', default: '127.0.0.1' },
    data: { type: 'string', default: 'data/tenant.json' },
    reset: { type: 'boolean', default: false },
    today: { type: 'string' },
  },
});

const dataFile = resolve(values.data);
const dataDir = dirname(dataFile);
mkdirSync(dataDir, { recursive: true });
if (values.reset) rmSync(dataFile, { force: true });

// A stable certificate, so a browser or NODE_EXTRA_CA_CERTS set up once keeps working.
const keyPath = join(dataDir, 'graph-emulator-key.pem');
const caPath = join(dataDir, 'graph-emulator-ca.pem');
if (!existsSync(keyPath) || !existsSync(caPath)) {
  const fresh = await generateTls();
  writeFileSync(keyPath, fresh.key, { mode: 0o600 });
  writeFileSync(caPath, fresh.cert);
}
const tls = { key: readFileSync(keyPath, 'utf8'), cert: readFileSync(caPath, 'utf8') };

const emulator = buildEmulator({ seed: demoTenantSeed(values.today ? { today: values.today } : {}), persistFile: dataFile, tls });
const { url } = await emulator.listen(Number(values.port), values.host);
console.log(`Graph-emulator draait op ${url}/v1.0/`);
console.log(`CA-certificaat: ${caPath}`);
console.log(`Gegevens: ${dataFile}${values.reset ? ' (opnieuw gevuld)' : ''}`);
console.log(`Dev-token (app, 12 uur geldig): ${emulator.issueDevToken(undefined, { expiresInSeconds: 12 * 3600 })}`);
console.log(`Machtigingen van dit token (die van de bot): ${BOT_APPLICATION_PERMISSIONS.join(', ')}`);

const stop = (): void => {
  void emulator.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
