// `npm run dev:addin`: serves the task pane over HTTPS on https://localhost:3000 for sideloading.
// Certificates come from office-addin-dev-certs (trusted by Office on Windows/Mac after its one-time
// install prompt); where that cannot run (e.g. Linux without a trust store), a self-signed pair is
// generated into .data/addin-certs/ instead, which the browser must be told to trust once.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { LOCAL_FRAME_ANCESTORS, securityHeaders } from '../../src/web/index.ts';

const certDir = fileURLToPath(new URL('../../.data/addin-certs/', import.meta.url));

async function officeDevCerts(): Promise<{ key: string | Buffer; cert: string | Buffer; ca?: string | Buffer } | null> {
  try {
    const devCerts = (await import('office-addin-dev-certs')) as unknown as {
      getHttpsServerOptions: (days?: number) => Promise<{ key: Buffer; cert: Buffer; ca: Buffer }>;
    };
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    console.warn(`office-addin-dev-certs niet beschikbaar (${(error as Error).message}); ik maak een eigen certificaat.`);
    return null;
  }
}

async function selfSignedCerts(): Promise<{ key: string; cert: string }> {
  const keyFile = `${certDir}localhost.key`;
  const certFile = `${certDir}localhost.crt`;
  if (existsSync(keyFile) && existsSync(certFile)) return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8') };
  const selfsigned = (await import('selfsigned')) as unknown as {
    generate: (attrs: { name: string; value: string }[], opts: object) => Promise<{ private: string; cert: string }> | { private: string; cert: string };
  };
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
    days: 30,
    keySize: 2048,
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }] }],
  });
  mkdirSync(certDir, { recursive: true });
  writeFileSync(keyFile, pems.private, { mode: 0o600 });
  writeFileSync(certFile, pems.cert);
  return { key: pems.private, cert: pems.cert };
}

const https = (await officeDevCerts()) ?? (await selfSignedCerts());
const server = await createServer({
  configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
  // The same security headers as production; localhost may frame the pane too (the demo page, tools).
  server: { https, host: 'localhost', port: 3000, strictPort: true, headers: securityHeaders({ kind: 'embed', extraAncestors: LOCAL_FRAME_ANCESTORS }) },
});
await server.listen();
console.log('Taakvenster:  https://localhost:3000/taskpane.html');
console.log('Demo:         https://localhost:3000/demo.html');
console.log('Manifest:     manifest/word-addin.xml (sideloaden in Word)');
